import type { Probot } from "probot";
import { type RestIssue, toExisting } from "../github/client.ts";
import { syncIssueState } from "../jobs/issue-state.ts";
import { type AppEnv, handle, serverUrl } from "./handler.ts";

/** An issue closed or reopened by a person: the trackers that list it follow at once. */
export function onIssueState(app: Pick<Probot, "on">, env: AppEnv): void {
  app.on(["issues.closed", "issues.reopened"], async (context) => {
    const { issue, repository, sender } = context.payload;
    if (issue.labels?.length === 0) return;
    const repo = context.repo();
    // Our own closings are planned with the tracker already; the lock keeps the order of events.
    await env.lock(`${repo.owner}/${repo.repo}`, async () => {
      if (sender.login === (await env.botLogin())) return;
      await handle(context, env, { lock: false }, (deps) =>
        syncIssueState(
          repo,
          toExisting(repo, issue as unknown as RestIssue),
          serverUrl(repository.html_url),
          deps,
        ).then(() => undefined),
      );
    });
  });
}
