import type { Probot } from "probot";
import { type RestIssue, toExisting } from "../github/client.ts";
import { syncTrackerEdit } from "../jobs/tracker-edit.ts";
import { type AppEnv, handle, serverUrl } from "./handler.ts";

/** A person edited an issue's body: when it is one of our trackers, ticked items close their issues. */
export function onTrackerEdit(app: Pick<Probot, "on">, env: AppEnv): void {
  app.on("issues.edited", async (context) => {
    const { issue, repository, sender, changes } = context.payload;
    const before = changes.body?.from;
    if (before === undefined || !issue.body?.includes("<!-- postmortem-tracker ")) return;
    if (sender.login === (await env.botLogin())) return;
    await handle(context, env, { lock: true }, async (deps, repo) => {
      const tracker = toExisting(repo, issue as unknown as RestIssue);
      await syncTrackerEdit(tracker, before, sender.login, serverUrl(repository.html_url), deps);
    });
  });
}
