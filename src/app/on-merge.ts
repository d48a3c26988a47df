import type { Probot } from "probot";
import { fromPullRequestFiles } from "../jobs/changes.ts";
import { noticeOnce } from "../jobs/notice.ts";
import { syncMerge } from "../jobs/sync.ts";
import { isReportPath } from "../tracking/paths.ts";
import { type AppEnv, type ConfigFailure, handle, serverUrl } from "./handler.ts";

const CONFIG_NOTICE = "<!-- postmortem-tracker config -->";

/** A merged pull request into the default branch: the reports it changed are synced. */
export function onMerge(app: Pick<Probot, "on">, env: AppEnv): void {
  app.on("pull_request.closed", async (context) => {
    const pr = context.payload.pull_request;
    const repository = context.payload.repository;
    if (!pr.merged || !pr.merge_commit_sha || pr.base.ref !== repository.default_branch) return;
    const sha = pr.merge_commit_sha;
    // The pull request is told once why nothing was filed.
    const onBadConfig: ConfigFailure = (message, deps) =>
      noticeOnce(
        deps,
        { repo: context.repo(), pullRequest: pr.number },
        `Nothing was filed for this merge: ${message}\n\n${CONFIG_NOTICE}`,
        message,
      );
    await handle(context, env, { lock: true, onBadConfig }, async (deps, repo) => {
      const files = fromPullRequestFiles(await deps.client.pullRequestFiles(repo, pr.number));
      if (!files.some((f) => !f.removed && isReportPath(f.path, deps.config))) return;
      const change = {
        source: repo,
        sha,
        pullRequest: pr.number,
        serverUrl: serverUrl(repository.html_url),
        files,
        branch: pr.base.ref,
      };
      await syncMerge(change, deps);
    });
  });
}
