import type { DateTime } from "luxon";
import type { SweepRecord } from "../marker.ts";
import type { ExistingIssue } from "../model.ts";
import { names } from "./people.ts";
import type { SweepSettings } from "./settings.ts";

/**
 * The review of effectiveness: some days after a tracker closed with every item resolved, the sweep
 * reopens it once with a checklist. A person closing it ends the review; it is never reopened again.
 * A tracker closed more than twice that long ago (before the review existed) is left alone.
 */
export function reviewDue(
  tracker: ExistingIssue,
  record: SweepRecord,
  settings: SweepSettings,
  now: DateTime,
): boolean {
  const days = settings.effectivenessReview;
  if (days === null || record.review || tracker.state !== "closed" || !tracker.closedAt) return false;
  const since = (now.toMillis() - Date.parse(tracker.closedAt)) / 86_400_000;
  return since >= days && since < 2 * days;
}

/** Reopened for review and not closed again since. */
export const awaitingReview = (tracker: ExistingIssue, record: SweepRecord) =>
  record.review !== undefined && tracker.state === "open";

export function reviewComment(days: number, owners: readonly string[], mention: boolean): string {
  const what = `very action item of this postmortem was resolved ${days} days ago. Time to review whether they worked:`;
  return [
    owners.length > 0 ? `${names(owners, mention)}: e${what}` : `E${what}`,
    "",
    "- [ ] Did the actions prevent a recurrence?",
    "- [ ] Related incidents since: link them here.",
    "- [ ] What to keep, and what to change.",
    "",
    "Close this issue when the review is done; it will not be reopened again.",
  ].join("\n");
}
