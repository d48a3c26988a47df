import { type DraftOutcome, draftPostmortem } from "../../jobs/draft.ts";
import { draftRequest } from "../../tracking/draft/trigger.ts";
import type { ActionJob } from "../setup.ts";

/** `/postmortem` or the label on an issue: the postmortem drafted in a draft pull request. */
export async function draftJob({ repo, payload, serverUrl, deps }: ActionJob, env: NodeJS.ProcessEnv) {
  const request = draftRequest(env.GITHUB_EVENT_NAME ?? "", payload, deps.config, deps.botLogin);
  if (!request) {
    deps.log.info("not a request for a postmortem's draft");
    return;
  }
  const base = payload.repository?.default_branch ?? "main";
  const outcome = await draftPostmortem(request, { repo, base, serverUrl }, deps);
  deps.log.info(`${said(outcome, base)} (${deps.client.requests} requests)`);
}

function said(outcome: DraftOutcome, base: string): string {
  if (outcome.result === "refused") return `@${outcome.login} may not draft a postmortem here: told so`;
  if (outcome.result === "unchanged") return `${outcome.path} is on ${base} already: no draft`;
  return `${outcome.result === "opened" ? "drafted" : "already drafted"} in ${outcome.url ?? "(dry run)"}`;
}
