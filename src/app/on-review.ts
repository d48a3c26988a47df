import type { Probot } from "probot";
import { fromPullRequestFiles } from "../jobs/changes.ts";
import { publishReview, reviewPullRequest } from "../jobs/review.ts";
import { isReportPath } from "../tracking/paths.ts";
import { type AppEnv, handle, serverUrl } from "./handler.ts";

/** A pull request opened or pushed to: one check run per head commit, when it changes a report. */
export function onReview(app: Pick<Probot, "on">, env: AppEnv): void {
  app.on(["pull_request.opened", "pull_request.synchronize", "pull_request.reopened"], async (context) => {
    const pr = context.payload.pull_request;
    await handle(context, env, { lock: false }, async (deps, repo) => {
      const files = fromPullRequestFiles(await deps.client.pullRequestFiles(repo, pr.number));
      if (!files.some((f) => !f.removed && isReportPath(f.path, deps.config))) return;
      const target = {
        repo,
        pullRequest: pr.number,
        headSha: pr.head.sha,
        files,
        serverUrl: serverUrl(context.payload.repository.html_url),
      };
      await publishReview(target, await reviewPullRequest(target, deps), deps);
    });
  });
}
