import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import * as core from "@actions/core";
import { followThroughReport } from "../../jobs/follow-through.ts";
import { publishPinned } from "../../jobs/follow-through-issue.ts";
import { followThroughHtml, followThroughMarkdown } from "../../metrics/index.ts";
import { repoName } from "../../tracking/model.ts";
import { deadlineRules } from "../../tracking/reminders/deadline.ts";
import type { ActionJob } from "../setup.ts";
import { writeJobSummary } from "../summary.ts";

/** The follow-through report of this repository: job summary, optionally a Pages file and the pinned issue. */
export async function reportJob({ repo, inputs, deps }: ActionJob, env: NodeJS.ProcessEnv): Promise<void> {
  const result = await followThroughReport(
    {
      scope: { repo },
      trackerLabel: deps.config.labels.tracker,
      deadlines: deadlineRules(deps.config),
    },
    { client: deps.client, botLogin: deps.botLogin, now: deps.now, progress: (line) => core.info(line) },
  );
  const markdown = followThroughMarkdown(result.report);
  writeJobSummary(env, markdown);
  if (inputs.reportHtml) {
    const file = resolve(env.GITHUB_WORKSPACE ?? ".", inputs.reportHtml);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, followThroughHtml(result.report, `Postmortem follow-through: ${repoName(repo)}`));
    core.info(`wrote ${file}`);
  }
  if (inputs.reportIssue) {
    const pinned = await publishPinned(repo, markdown, deps);
    core.info(`pinned follow-through issue: ${pinned.outcome}${pinned.number ? ` (#${pinned.number})` : ""}`);
    if (pinned.number) core.setOutput("report-issue", pinned.number);
  }
  core.setOutput("completion-rate", result.report.totals.completionRate ?? "");
  core.setOutput("trackers", result.report.trackers);
  core.setOutput("open-items", result.report.totals.open);
  core.setOutput("overdue-items", result.report.totals.overdue);
  core.info(
    `${result.report.trackers} tracker(s), ${result.items} item issue(s); ${deps.client.requests} request(s)`,
  );
}
