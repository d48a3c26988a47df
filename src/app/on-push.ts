import type { Probot } from "probot";
import { fromPushCommits } from "../jobs/changes.ts";
import { syncMerge } from "../jobs/sync.ts";
import { isReportPath } from "../tracking/paths.ts";
import { type AppEnv, handle, serverUrl } from "./handler.ts";

/** A push to the default branch made without a pull request: its reports are synced. */
export function onPush(app: Pick<Probot, "on">, env: AppEnv): void {
  app.on("push", async (context) => {
    const { payload } = context;
    const repository = payload.repository;
    const toDefault = payload.ref === `refs/heads/${repository.default_branch}`;
    if (payload.deleted || !toDefault || payload.commits.length === 0) return;
    const files = fromPushCommits(payload.commits);
    await handle(context, env, { lock: true }, async (deps, repo) => {
      if (!files.some((f) => !f.removed && isReportPath(f.path, deps.config))) return;
      // A merged pull request is synced from its own event, which can also comment on it.
      const pulls = await deps.client.pullsOfCommit(repo, payload.after);
      if (pulls.some((p) => p.merged_at && p.merge_commit_sha === payload.after)) return;
      const change = {
        source: repo,
        sha: payload.after,
        pullRequest: null,
        serverUrl: serverUrl(repository.html_url),
        files,
        branch: repository.default_branch,
      };
      await syncMerge(change, deps);
    });
  });
}
