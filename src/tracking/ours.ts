import type { LabelSpec } from "./labels.ts";
import type { ActionMarker, Marker, TrackerMarker } from "./marker.ts";
import { parseMarker } from "./marker.ts";
import type { ExistingIssue } from "./model.ts";

/** Which issues are ours, and small facts about them shared by the planners. */

export interface Ours<M> {
  issue: ExistingIssue;
  marker: M;
}

/**
 * Written by our account, or by any App account (`[bot]`, a login no person can have): the Action
 * writes as github-actions[bot] even when `bot-login` names the App that files the trackers. For
 * what we find again to update (the pinned report, a draft's reply), never for trusting a marker.
 */
export const writtenByAnApp = (login: string, botLogin: string) =>
  login.toLowerCase() === botLogin.toLowerCase() || login.endsWith("[bot]");

/** The marker of an issue our own bot account wrote; a marker anyone else pasted is not trusted. */
export function ourMarker(issue: ExistingIssue, botLogin: string): Marker | null {
  return issue.author === botLogin ? parseMarker(issue.body) : null;
}

/** A tracker of ours, or null. */
export function ourTracker(issue: ExistingIssue, botLogin: string): Ours<TrackerMarker> | null {
  const marker = ourMarker(issue, botLogin);
  return marker?.kind === "tracker" ? { issue, marker } : null;
}

/** Our own issues for this report, in number order: its first tracker and its action issues. */
export function ourIssues(existing: ExistingIssue[], botLogin: string, paths: string[]) {
  const trackers: Ours<TrackerMarker>[] = [];
  const actions: Ours<ActionMarker>[] = [];
  for (const issue of [...existing].sort((a, b) => a.number - b.number)) {
    const marker = ourMarker(issue, botLogin);
    if (!marker || !paths.includes(marker.report)) continue;
    if (marker.kind === "tracker") trackers.push({ issue, marker });
    else actions.push({ issue, marker });
  }
  return { tracker: trackers[0] ?? null, actions };
}

export const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Our labels replace their earlier values; labels people added stay. */
export function mergeLabels(current: string[], wanted: LabelSpec[]): string[] {
  const names = wanted.map((l) => l.name);
  const ours = /^(?:priority|type): /;
  return [...new Set([...current.filter((l) => !ours.test(l) || names.includes(l)), ...names])];
}
