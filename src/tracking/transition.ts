import type { IssueUpdate, Operation, RepoId } from "./model.ts";

/**
 * The one rule for a tracker's state, shared by the sync, the refresh and the sweep: closed (with a
 * comment) once every item is resolved, reopened when one is open again, else left as it is.
 */
export function trackerTransition(
  tracker: { repo: RepoId; number: number | null; open: boolean },
  allResolved: boolean,
  closing: string,
): { comment: Operation | null; state: Pick<IssueUpdate, "state" | "stateReason"> } {
  if (allResolved && tracker.open) {
    return {
      comment:
        tracker.number === null
          ? null
          : { op: "comment", repo: tracker.repo, issue: { existing: tracker.number }, body: closing },
      state: { state: "closed", stateReason: "completed" },
    };
  }
  if (!allResolved && !tracker.open)
    return { comment: null, state: { state: "open", stateReason: "reopened" } };
  return { comment: null, state: {} };
}
