import type { Operation, RepoId } from "./model.ts";
import type { SyncChange } from "./sync/comment.ts";

/** Comment, close and record: how the sync closes an issue, whatever the reason. */
export function closeWithComment(
  issue: { repo: RepoId; number: number; title: string },
  body: string,
  reason: "completed" | "not_planned",
): { operations: Operation[]; change: SyncChange } {
  const { repo, number } = issue;
  return {
    operations: [
      { op: "comment", repo, issue: { existing: number }, body },
      { op: "updateIssue", repo, issue: { existing: number }, state: "closed", stateReason: reason },
    ],
    change: {
      kind: reason === "completed" ? "closed" : "removed",
      title: issue.title,
      issue: number,
      repo,
    },
  };
}
