import {
  findPinned,
  PINNED_KEY,
  PINNED_LABEL,
  pinnedBody,
  pinRecorded,
  planPinned,
} from "../metrics/pinned.ts";
import type { IssueNode, RepoId } from "../tracking/model.ts";
import type { JobDeps } from "./deps.ts";

export type PinnedOutcome = "created" | "updated" | "unchanged";

/** Pins it; false when GitHub would not (three pinned already, or an error), said by the gateway. */
async function pinOnce(repo: RepoId, node: IssueNode, deps: Pick<JobDeps, "gateway">): Promise<boolean> {
  const before = deps.gateway.skipped.length;
  await deps.gateway.apply([{ op: "pinIssue", repo, node }]);
  return deps.gateway.skipped.length === before;
}

/**
 * Keeps the repository's one pinned follow-through issue showing `markdown`. It is pinned until a pin
 * succeeds (recorded in its marker), then never again, so a person may unpin it.
 */
export async function publishPinned(
  repo: RepoId,
  markdown: string,
  deps: Pick<JobDeps, "client" | "gateway" | "botLogin">,
): Promise<{ outcome: PinnedOutcome; number: number | null }> {
  // Listed by its label, not searched: the search index lags, and a lag would file a second one.
  const existing = findPinned(await deps.client.issuesWithLabel(repo, PINNED_LABEL), deps.botLogin);
  const made = existing
    ? undefined
    : (await deps.gateway.apply(planPinned(repo, null, markdown))).get(PINNED_KEY);
  const node = existing ?? made;
  // A dry run creates nothing.
  if (!node) return { outcome: "created", number: null };
  const pinned = (existing !== null && pinRecorded(existing)) || (await pinOnce(repo, node, deps));
  const current = { number: node.number, body: existing?.body ?? pinnedBody(markdown) };
  const ops = planPinned(repo, current, markdown, pinned);
  await deps.gateway.apply(ops);
  const outcome: PinnedOutcome = existing ? (ops.length > 0 ? "updated" : "unchanged") : "created";
  return { outcome, number: node.number };
}
