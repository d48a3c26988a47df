import { findPinned, PINNED_KEY, PINNED_LABEL, planPinned } from "../metrics/pinned.ts";
import type { RepoId } from "../tracking/model.ts";
import type { JobDeps } from "./deps.ts";

export type PinnedOutcome = "created" | "updated" | "unchanged";

/** Keeps the repository's one pinned follow-through issue showing `markdown`. */
export async function publishPinned(
  repo: RepoId,
  markdown: string,
  deps: Pick<JobDeps, "client" | "gateway" | "botLogin">,
): Promise<{ outcome: PinnedOutcome; number: number | null }> {
  // Listed by its label, not searched: the search index lags, and a lag would file a second one.
  const existing = findPinned(await deps.client.issuesWithLabel(repo, PINNED_LABEL), deps.botLogin);
  const ops = planPinned(repo, existing, markdown);
  const created = await deps.gateway.apply(ops);
  const made = created.get(PINNED_KEY);
  if (made) await deps.gateway.apply([{ op: "pinIssue", repo, node: made }]);
  const outcome: PinnedOutcome = existing ? (ops.length > 0 ? "updated" : "unchanged") : "created";
  return { outcome, number: existing?.number ?? made?.number ?? null };
}
