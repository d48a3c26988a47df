import type { IssueState } from "./model.ts";

/**
 * The hidden marker in every issue body we write. It is how our own issues are found again, and the
 * tracker's marker holds the index of the report's items, so nothing needs a search.
 */

export interface ActionMarker {
  v: 1;
  kind: "action";
  report: string;
  key: string;
}

export interface TrackerEntry {
  key: string;
  title: string;
  /** The issue that tracks the item: ours, or an existing one the report pointed at. */
  issue: number | null;
  /** `owner/repo` when the issue lives in another repository than the tracker. */
  repo?: string;
  /** Checked in the report: done, with no issue of its own. */
  done?: boolean;
  due?: string | null;
  priority?: string | null;
  owners?: string[];
  /** When the item first appeared in a merged report: due-date policies count from it. */
  added?: string;
  /** The report pointed at this existing issue; it is not ours. */
  ref?: true;
  /** A referenced issue that could not be commented on or labelled: GitHub's answer. Tried again. */
  unreached?: string;
  /** Last seen state of a referenced issue (ours are read live). */
  state?: IssueState;
}

export interface TrackerMarker {
  v: 1;
  kind: "tracker";
  report: string;
  /** Where the report lives (`owner/repo`), its title, the pull request that merged it, and its facts. */
  source: string;
  title: string;
  pr: number | null;
  severity?: string;
  date?: string;
  /** The merge commit last synced: a redelivered webhook for it changes nothing. */
  sha: string;
  /** When the report was first merged, which due-date policies count from. */
  merged: string;
  /** When the last follow-up comment was posted. */
  followUp?: string | null;
  /** The report's owners (front matter `owners`): mentioned for items without owners, and on escalation. */
  owners?: string[];
  /** What the sweep has sent, so that a second run sends nothing twice. */
  sweep?: SweepRecord;
  items: TrackerEntry[];
}

/** The sweep's memory, kept in the tracker's marker and written only after what it records was posted. */
export interface SweepRecord {
  /** The last reminder on each item's issue, by item key, and the due day it was about. */
  reminded?: Record<string, { kind: "before" | "overdue"; at: string; due: string }>;
  /** Items whose escalation the digest posted. */
  escalated?: string[];
  /** Items closed as not planned whose closer was asked for a reason. */
  asked?: string[];
  /** The reason given for each item closed as not planned, by item key. */
  reasons?: Record<string, string>;
  /** Resolved items at the last digest: with no change and nothing overdue or due soon, no digest. */
  digestResolved?: number;
  /** When the effectiveness review reopened the tracker; once set, it is never reopened again. */
  review?: string;
}

export type Marker = ActionMarker | TrackerMarker;

const open = "<!-- postmortem-tracker ";
const close = " -->";

/** JSON in an HTML comment: "--" may not appear, so it is escaped inside strings (the only place it can be). */
export function renderMarker(marker: Marker): string {
  return `${open}${JSON.stringify(marker).replace(/--/g, "-\\u002d")}${close}`;
}

export function parseMarker(body: string | null | undefined): Marker | null {
  if (!body) return null;
  const start = body.lastIndexOf(open);
  if (start < 0) return null;
  const end = body.indexOf(close, start + open.length);
  if (end < 0) return null;
  try {
    const value = JSON.parse(body.slice(start + open.length, end)) as Partial<Marker>;
    if (value?.v !== 1 || typeof value.report !== "string") return null;
    if (value.kind === "action" && typeof value.key === "string") return value as ActionMarker;
    if (value.kind === "tracker" && Array.isArray(value.items)) return value as TrackerMarker;
    return null;
  } catch {
    return null;
  }
}
