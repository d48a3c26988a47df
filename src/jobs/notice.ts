import type { RepoId } from "../tracking/model.ts";
import type { JobDeps } from "./deps.ts";

/**
 * Says something on a pull request once: a comment of our own account that contains `seen` is looked
 * for first, on every page of the conversation.
 */
export async function noticeOnce(
  deps: Pick<JobDeps, "client" | "gateway" | "botLogin">,
  where: { repo: RepoId; pullRequest: number },
  body: string,
  seen: string,
): Promise<void> {
  const comments = await deps.client.comments(where.repo, where.pullRequest);
  if (comments.some((c) => c.author === deps.botLogin && c.body.includes(seen))) return;
  await deps.gateway.apply([
    { op: "comment", repo: where.repo, issue: { existing: where.pullRequest }, body },
  ]);
}
