import type { TrackerMarker } from "./marker.ts";
import type { ExistingIssue, Operation } from "./model.ts";
import { checklistLines } from "./render.ts";

/**
 * A person ticked or unticked items in the tracker's checklist: each such item's issue is closed as
 * completed or reopened, with a comment naming who did it. The checklist's lines follow the marker's
 * entries in order; only our items' issues in the tracker's repository are changed.
 */
export function planTicks(input: {
  tracker: ExistingIssue;
  marker: TrackerMarker;
  /** The body before the edit (the event's `changes.body.from`). */
  before: string;
  sender: string;
}): Operation[] {
  const { tracker, marker } = input;
  const was = checklistLines(input.before);
  const now = checklistLines(tracker.body);
  if (was.length !== marker.items.length || now.length !== marker.items.length) return [];
  return marker.items.flatMap((entry, i): Operation[] => {
    const ticked = (line: string | undefined) => line?.startsWith("- [x] ") ?? false;
    if (entry.issue === null || entry.repo || entry.done || ticked(was[i]) === ticked(now[i])) return [];
    const issue = { existing: entry.issue };
    const repo = tracker.repo;
    const done = ticked(now[i]);
    return [
      {
        op: "comment",
        repo,
        issue,
        body: `${done ? "Checked off" : "Unchecked"} in the follow-up #${tracker.number} by @${input.sender}, so this issue is ${done ? "closed as completed" : "reopened"}.`,
      },
      {
        op: "updateIssue",
        repo,
        issue,
        state: done ? "closed" : "open",
        stateReason: done ? "completed" : "reopened",
      },
    ];
  });
}
