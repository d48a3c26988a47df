import type { ExistingIssue, Operation } from "../tracking/model.ts";
import { ourTracker } from "../tracking/ours.ts";
import { planTicks } from "../tracking/ticks.ts";
import type { JobDeps } from "./deps.ts";
import { syncIssueState } from "./issue-state.ts";

/**
 * A tracker's body was edited by a person: ticked or unticked items close or reopen their issues,
 * then the trackers that list them are rewritten from the issues' new states.
 */
export async function syncTrackerEdit(
  tracker: ExistingIssue,
  before: string,
  sender: string,
  serverUrl: string,
  deps: JobDeps,
): Promise<Operation[]> {
  const ours = ourTracker(tracker, deps.botLogin);
  if (!ours || sender === deps.botLogin) return [];
  const ops = planTicks({ tracker, marker: ours.marker, before, sender });
  if (ops.length === 0) return [];
  await deps.gateway.apply(ops);
  // The trackers that list the first changed item follow its new state (the listing reads the others).
  const first = ops.find((op) => op.op === "updateIssue");
  if (first?.op !== "updateIssue") return ops;
  const closed = first.state === "closed";
  const item: ExistingIssue = {
    ...tracker,
    number: first.issue.existing,
    state: closed ? "closed" : "open",
    stateReason: closed ? (first.stateReason ?? "completed") : null,
  };
  const done = [...ops, ...(await syncIssueState(tracker.repo, item, serverUrl, deps))];
  return done;
}
