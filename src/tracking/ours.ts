import type { LabelSpec } from "./labels.ts";
import type { ActionMarker, TrackerMarker } from "./marker.ts";
import { parseMarker } from "./marker.ts";
import type { ExistingIssue } from "./model.ts";
import type { ItemState } from "./render.ts";

/** Which issues are ours, and small facts about them shared by the planners. */

export interface Ours<M> {
  issue: ExistingIssue;
  marker: M;
}

/** Our own issues for this report: written by our bot account, with our marker. Nothing else is trusted. */
export function ourIssues(existing: ExistingIssue[], botLogin: string, paths: string[]) {
  const trackers: Ours<TrackerMarker>[] = [];
  const actions: Ours<ActionMarker>[] = [];
  for (const issue of [...existing].sort((a, b) => a.number - b.number)) {
    if (issue.author !== botLogin) continue;
    const marker = parseMarker(issue.body);
    if (!marker || !paths.includes(marker.report)) continue;
    if (marker.kind === "tracker") trackers.push({ issue, marker });
    else actions.push({ issue, marker });
  }
  return { tracker: trackers[0] ?? null, actions };
}

export const stateOf = (issue: ExistingIssue): ItemState =>
  issue.state === "open" ? "open" : issue.stateReason === "not_planned" ? "not_planned" : "completed";

export const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Our labels replace their earlier values; labels people added stay. */
export function mergeLabels(current: string[], wanted: LabelSpec[]): string[] {
  const names = wanted.map((l) => l.name);
  const ours = /^(?:priority|type): /;
  return [...new Set([...current.filter((l) => !ours.test(l) || names.includes(l)), ...names])];
}
