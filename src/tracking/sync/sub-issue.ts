import type { TrackerMarker } from "../marker.ts";
import type { ExistingIssue } from "../model.ts";
import type { Ours } from "../ours.ts";

/**
 * Whether an issue of ours still has to be made a sub-issue of its tracker. Where the API says
 * (`parent`), until it is one: an addition that failed is tried again by the next sync. Where it
 * does not, once: when the issue is new to the tracker. One that a person moved under another
 * issue stays there.
 */
export function wantsParent(issue: ExistingIssue, newToTracker: boolean): boolean {
  return issue.parent === undefined ? newToTracker : issue.parent === null;
}

/**
 * Whether a merge the tracker recorded left something undone: an issue it lists that is not yet its
 * sub-issue, or a referenced issue that could not be reached. Then a redelivery tries again.
 */
export function leftUndone(tracker: Ours<TrackerMarker>, actions: Ours<unknown>[]): boolean {
  const { items } = tracker.marker;
  if (items.some((e) => e.unreached)) return true;
  const listed = new Set(items.flatMap((e) => (e.issue !== null && !e.ref ? [e.issue] : [])));
  return actions.some((a) => listed.has(a.issue.number) && wantsParent(a.issue, false));
}
