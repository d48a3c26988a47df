import * as core from "@actions/core";
import { fromPullRequestFiles } from "../../jobs/changes.ts";
import { reviewPullRequest } from "../../jobs/review.ts";
import { conclusionOf } from "../../review/index.ts";
import { type ReviewedReport, reviewSummary } from "../../review/summary.ts";
import type { ActionJob } from "../setup.ts";
import { writeJobSummary } from "../summary.ts";

/** Workflow commands: GitHub shows them as annotations on the report's lines. */
function annotate(reports: ReviewedReport[]): void {
  for (const r of reports) {
    for (const f of r.findings) {
      const properties = { file: r.path, startLine: f.line, title: `postmortem ${f.rule}` };
      const text = f.suggestion ? `${f.message}\n${f.suggestion}` : f.message;
      if (f.severity === "error") core.error(text, properties);
      else if (f.severity === "warning") core.warning(text, properties);
      else core.notice(text, properties);
    }
  }
}

/** A pull request: its reports reviewed, as annotations and a job summary; the step fails at `fail-on`. */
export async function reviewJob(
  { repo, payload, serverUrl, deps }: ActionJob,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const pr = payload.pull_request;
  if (!pr) throw new Error("the pull_request event has no pull_request");
  const files = fromPullRequestFiles(await deps.client.pullRequestFiles(repo, pr.number));
  const target = { repo, pullRequest: pr.number, headSha: pr.head.sha, files, serverUrl };
  const reports = await reviewPullRequest(target, deps);
  annotate(reports);
  writeJobSummary(env, `## Postmortem review\n\n${reviewSummary(reports)}\n`);
  const failOn = deps.config.review["fail-on"];
  if (
    conclusionOf(
      reports.flatMap((r) => r.findings),
      failOn,
    ) === "failure"
  )
    core.setFailed(`the postmortem review found problems at the "${failOn}" level or worse`);
}
