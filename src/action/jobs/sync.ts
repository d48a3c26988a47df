import * as core from "@actions/core";
import { fromPushCommits } from "../../jobs/changes.ts";
import { syncMerge } from "../../jobs/sync.ts";
import type { ActionJob } from "../setup.ts";
import { syncSummary, writeJobSummary } from "../summary.ts";

/** A push to the default branch: its reports are synced, and the pull request it came from is told. */
export async function syncJob(
  { repo, payload, serverUrl, deps }: ActionJob,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const files = fromPushCommits(payload.commits ?? []);
  const sha = payload.after ?? "";
  const pulls = await deps.client.pullsOfCommit(repo, sha);
  const pullRequest = pulls.find((p) => p.merge_commit_sha === sha)?.number ?? null;
  const branch = payload.repository?.default_branch;
  const change = { source: repo, sha, pullRequest, serverUrl, files, ...(branch ? { branch } : {}) };
  const results = await syncMerge(change, deps);
  const count = (kind: string) =>
    results.reduce((n, r) => n + r.operations.filter((op) => op.op === kind).length, 0);
  core.setOutput("reports", results.length);
  core.setOutput("issues-created", count("createIssue"));
  core.setOutput("issues-updated", count("updateIssue"));
  core.setOutput("blocked", results.filter((r) => r.blocked !== null).length);
  writeJobSummary(env, syncSummary(results, `${repo.owner}/${repo.repo}`));
}
