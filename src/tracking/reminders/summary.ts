import type { DateTime } from "luxon";
import type { TrackerMarker } from "../marker.ts";
import type { ExistingIssue } from "../model.ts";
import { awaitingReview } from "./review.ts";
import { parseDuration, type SweepSettings } from "./settings.ts";
import { dueSoon, type ItemStatus } from "./status.ts";

/** What the sweep found of one tracker, for the job summary, the outputs and the chat digest. */
export interface TrackerSummary {
  number: number;
  title: string;
  report: string;
  total: number;
  open: number;
  overdue: number;
  resolved: number;
  /** The open item most overdue, in days. */
  oldestOverdue: number;
  missing: number[];
  reopened: boolean;
  closed: boolean;
  followUp: boolean;
  /** Reminders posted on the items' issues. */
  itemReminders: number;
  /** Reopened now for the review of effectiveness. */
  reviewOpened: boolean;
  /** Open for the review of effectiveness, waiting for a person to close it. */
  awaitingReview: boolean;
  /** Open, or closed within the last interval: the job summary counts only these. */
  current: boolean;
  /** Items overdue or due soon, for the chat digest. */
  attention: { title: string; issue: number | null; owners: string[]; due: string; overdue: number }[];
}

interface SummaryInput {
  tracker: ExistingIssue;
  marker: TrackerMarker;
  now: DateTime;
  settings: SweepSettings;
}

function current(input: SummaryInput, closesNow: boolean): boolean {
  const { tracker, now, settings } = input;
  if (tracker.state === "open" || closesNow || !tracker.closedAt) return true;
  return now.toMillis() - Date.parse(tracker.closedAt) < parseDuration(settings.interval).toMillis();
}

export function summaryOf(
  statuses: ItemStatus[],
  input: SummaryInput,
  done: { reopen: boolean; closes: boolean; followUp: boolean; review: boolean },
  itemReminders: number,
): TrackerSummary {
  const open = statuses.filter((s) => s.state === "open");
  const overdue = open.filter((s) => s.daysOverdue > 0);
  const days = parseDuration(input.settings.interval).as("days");
  return {
    number: input.tracker.number,
    title: input.marker.title,
    report: input.marker.report,
    total: statuses.length,
    open: open.length,
    overdue: overdue.length,
    resolved: statuses.filter((s) => s.state !== "open" && s.state !== "missing").length,
    oldestOverdue: Math.max(0, ...overdue.map((s) => s.daysOverdue)),
    missing: statuses.filter((s) => s.state === "missing").map((s) => s.entry.issue ?? 0),
    reopened: done.reopen,
    closed: done.closes,
    followUp: done.followUp,
    itemReminders,
    reviewOpened: done.review,
    awaitingReview:
      done.review || (awaitingReview(input.tracker, input.marker.sweep ?? {}) && open.length === 0),
    current: done.reopen || done.review || current(input, done.closes),
    attention: open
      .filter((s) => s.daysOverdue > 0 || dueSoon(s, days))
      .map((s) => ({
        title: s.entry.title,
        issue: s.entry.issue,
        owners:
          s.assignees.length > 0
            ? s.assignees.map((a) => `@${a}`)
            : (s.entry.owners ?? input.marker.owners ?? []),
        due: s.due,
        overdue: s.daysOverdue,
      })),
  };
}
