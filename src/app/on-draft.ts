import type { Probot } from "probot";
import { draftPostmortem } from "../jobs/draft.ts";
import { draftRequest } from "../tracking/draft/trigger.ts";
import { type AppEnv, handle, serverUrl } from "./handler.ts";

/** `/postmortem` on an issue, or its label: a draft pull request with the issue's postmortem. */
export function onDraft(app: Pick<Probot, "on">, env: AppEnv): void {
  app.on(["issue_comment.created", "issues.labeled"], async (context) => {
    const { payload } = context;
    // Most comments are no command: they cost no config read.
    if ("comment" in payload && !payload.comment.body.trimStart().startsWith("/")) return;
    // Nor do pull requests, nor labels that bots (ours, as it files issues) add.
    if (payload.issue.pull_request || payload.sender.type === "Bot") return;
    await handle(context, env, { lock: true }, async (deps, repo) => {
      const request = draftRequest(context.name, payload, deps.config, deps.botLogin);
      if (!request) return;
      const place = {
        repo,
        base: payload.repository.default_branch,
        serverUrl: serverUrl(payload.repository.html_url),
      };
      await draftPostmortem(request, place, deps);
    });
  });
}
