import { fromPushCommits } from "../../jobs/changes.ts";
import { syncMerge } from "../../jobs/sync.ts";
import type { ActionJob } from "../setup.ts";

/** A push to the default branch: its reports are synced, and the pull request it came from is told. */
export async function syncJob({ repo, payload, serverUrl, deps }: ActionJob): Promise<void> {
  const files = fromPushCommits(payload.commits ?? []);
  const sha = payload.after ?? "";
  const pulls = await deps.client.pullsOfCommit(repo, sha);
  const pullRequest = pulls.find((p) => p.merge_commit_sha === sha)?.number ?? null;
  const branch = payload.repository?.default_branch;
  await syncMerge({ source: repo, sha, pullRequest, serverUrl, files, ...(branch ? { branch } : {}) }, deps);
}
