import { DateTime } from "luxon";
import type { TrackerEntry, TrackerMarker } from "../marker.ts";
import { type IssueSnapshot, type IssueState, issueKey, type RepoId } from "../model.ts";
import { entryRepo } from "../refresh.ts";
import { type Deadline, deadline } from "./deadline.ts";
import type { SweepSettings } from "./settings.ts";

/** Where each item of a tracker stands at the sweep's clock. */
export interface ItemStatus {
  entry: TrackerEntry;
  repo: RepoId;
  state: IssueState | "done" | "missing";
  /** The day it is due, in the configured time zone (yyyy-MM-dd). */
  due: string;
  deadline: Deadline;
  /** Whole calendar days past the due date (0 when not overdue). */
  daysOverdue: number;
  /** Whole calendar days until the due date (negative once past). */
  daysLeft: number;
  closedAt: string | null;
  assignees: string[];
}

/** Calendar days from one day to another in a time zone: DST changes do not shift the count. */
export function daysBetween(fromDay: string, to: DateTime, zone: string): number {
  const from = DateTime.fromISO(fromDay, { zone }).startOf("day");
  return Math.floor(to.setZone(zone).startOf("day").diff(from, "days").days);
}

/** An item's due day: its own, else the tighter of its severity's and priority's policies, else the default. */
export function dueDay(
  entry: TrackerEntry,
  merged: string,
  settings: SweepSettings,
  severity?: string,
): string {
  return deadline(entry, { merged, severity: severity ?? null }, settings.deadlines, settings.timezone).day;
}

export function itemStatuses(
  marker: TrackerMarker,
  target: RepoId,
  items: ReadonlyMap<string, IssueSnapshot | null>,
  now: DateTime,
  settings: SweepSettings,
): ItemStatus[] {
  const facts = { merged: marker.merged, severity: marker.severity ?? null };
  return marker.items.map((entry) => {
    const repo = entryRepo(entry, target);
    const d = deadline(entry, facts, settings.deadlines, settings.timezone);
    const base = { entry, repo, due: d.day, deadline: d, daysOverdue: 0, closedAt: null, assignees: [] };
    const daysLeft = -daysBetween(d.day, now, settings.timezone);
    if (entry.done) return { ...base, state: "done", daysLeft };
    const snapshot = entry.issue === null ? undefined : items.get(issueKey(repo, entry.issue));
    if (snapshot === null) return { ...base, state: "missing", daysLeft };
    const state = snapshot?.state ?? "open";
    return {
      ...base,
      state,
      daysLeft,
      daysOverdue: state === "open" ? Math.max(0, -daysLeft) : 0,
      closedAt: snapshot?.closedAt ?? null,
      assignees: snapshot?.assignees ?? [],
    };
  });
}

/** Open and due within the coming interval (or today), not yet overdue. */
export function dueSoon(s: ItemStatus, intervalDays: number): boolean {
  return s.state === "open" && s.daysOverdue === 0 && s.daysLeft <= intervalDays;
}
