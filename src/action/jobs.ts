import * as core from "@actions/core";
import { DateTime } from "luxon";
import { parse as parseYaml } from "yaml";
import { validateConfig } from "../config/load.ts";
import type { Config } from "../config/schema.ts";
import { Gateway, toExisting } from "../github/gateway.ts";
import type { Logger } from "../github/octokit.ts";
import { conclusionOf, reviewPullRequest, reviewSummary } from "../github/review.ts";
import { sweep } from "../github/sweep.ts";
import {
  type Deps,
  fromPullRequestFiles,
  fromPushCommits,
  syncIssueState,
  syncMerge,
} from "../github/sync.ts";
import type { RepoId } from "../tracking/model.ts";
import { sweepSettings } from "../tracking/reminders.ts";
import type { Inputs } from "./inputs.ts";
import { actionOctokit } from "./octokit.ts";
import type { EventPayload } from "./run.ts";
import { sweepSummary } from "./summary.ts";

/** The Action's jobs, loaded only when an event calls for one (the entry stays small and starts fast). */

const log: Logger = { info: (m) => core.info(m), warn: (m) => core.warning(m), debug: (m) => core.debug(m) };

export type Job = "sweep" | "sync" | "track" | "review";

export interface JobContext {
  job: Job;
  inputs: Inputs;
  repo: RepoId;
  payload: EventPayload;
  env: NodeJS.ProcessEnv;
  now: () => Date;
}

async function loadConfig(gateway: Gateway, repo: RepoId, inputs: Inputs): Promise<Config> {
  const text = await gateway.fileText(repo, inputs.configPath);
  let raw: unknown = {};
  if (text !== null) {
    try {
      raw = parseYaml(text) ?? {};
    } catch (error) {
      throw new Error(`${inputs.configPath} is not valid YAML: ${(error as Error).message}`);
    }
  }
  if (raw && typeof raw === "object" && "_extends" in raw) {
    throw new Error(
      `${inputs.configPath}: _extends is read by the App only; in the Action, write the settings in this file`,
    );
  }
  const loaded = validateConfig(raw, inputs.configPath);
  if (!loaded.ok) throw new Error(loaded.message);
  // Inputs left empty keep what the file says.
  const config = structuredClone(loaded.config);
  if (inputs.reminderInterval) config.reminders.interval = inputs.reminderInterval;
  if (inputs.timezone) config.reminders.timezone = inputs.timezone;
  if (inputs.mentionOwners !== null) config.reminders["mention-owners"] = inputs.mentionOwners;
  const checked = validateConfig(config, "the Action's inputs");
  if (!checked.ok) throw new Error(checked.message);
  return checked.config;
}

export async function runJob({ job, inputs, repo, payload, env, now }: JobContext): Promise<void> {
  const serverUrl = env.GITHUB_SERVER_URL || "https://github.com";
  const octokit = actionOctokit(inputs.token, env);
  const reader = new Gateway({ octokit, log, budget: inputs.maxRequests });
  const config = await loadConfig(reader, repo, inputs);
  // Dry run is decided here, once: every write goes through this gateway.
  const gateway = new Gateway({
    octokit,
    log,
    budget: inputs.maxRequests - reader.requests,
    dryRun: inputs.dryRun || config["dry-run"],
  });
  const deps: Deps = { gateway, config, botLogin: inputs.botLogin, log, now };

  if (job === "sweep") {
    const timezone = config.reminders.timezone;
    if (!DateTime.now().setZone(timezone).isValid) throw new Error(`"${timezone}" is not an IANA time zone`);
    const result = await sweep({
      gateway,
      repo,
      config,
      settings: sweepSettings(config),
      trusted: [inputs.botLogin],
      now: DateTime.fromJSDate(now(), { zone: timezone }),
      serverUrl,
      log,
    });
    core.setOutput("trackers", result.trackers.length);
    core.setOutput("open-items", result.openItems);
    core.setOutput("overdue-items", result.overdueItems);
    core.setOutput("reminders-posted", result.remindersPosted);
    core.setOutput("trackers-reopened", result.reopened);
    core.setOutput("trackers-closed", result.closed);
    core.setOutput("details", JSON.stringify(result));
    if (env.GITHUB_STEP_SUMMARY)
      await core.summary.addRaw(sweepSummary(result, `${repo.owner}/${repo.repo}`, serverUrl)).write();
    core.info(
      `${result.trackers.length} tracker(s), ${result.openItems} open item(s), ${result.overdueItems} overdue; ${reader.requests + gateway.requests} request(s)`,
    );
  } else if (job === "sync") {
    const files = fromPushCommits(payload.commits ?? []);
    // The pull request the push came from, if any, is told what was filed.
    const pulls = await gateway.call<{ number: number; merge_commit_sha: string | null }[]>(
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
      { ...repo, commit_sha: payload.after },
    );
    const sha = payload.after ?? "";
    const pr = pulls.find((p) => p.merge_commit_sha === sha)?.number ?? null;
    await syncMerge({ source: repo, sha, pullRequest: pr, serverUrl, files }, deps);
  } else if (job === "review") {
    const pr = payload.pull_request;
    if (!pr) throw new Error("the pull_request event has no pull_request");
    const files = await gateway.pullRequestFiles(repo, pr.number);
    const reports = await reviewPullRequest({
      gateway,
      repo,
      pullRequest: pr.number,
      headSha: pr.head.sha,
      files: fromPullRequestFiles(files),
      config,
      botLogin: inputs.botLogin,
      serverUrl,
      now,
      log,
    });
    // Workflow commands: GitHub shows them as annotations on the report's lines.
    for (const r of reports) {
      for (const f of r.findings) {
        const properties = { file: r.path, startLine: f.line, title: `postmortem ${f.rule}` };
        const text = f.suggestion ? `${f.message}\n${f.suggestion}` : f.message;
        if (f.severity === "error") core.error(text, properties);
        else if (f.severity === "warning") core.warning(text, properties);
        else core.notice(text, properties);
      }
    }
    if (env.GITHUB_STEP_SUMMARY)
      await core.summary.addRaw(`## Postmortem review\n\n${reviewSummary(reports)}\n`).write();
    if (conclusionOf(reports, config.review["fail-on"]) === "failure") {
      core.setFailed(
        `the postmortem review found problems at the "${config.review["fail-on"]}" level or worse`,
      );
    }
  } else {
    await syncIssueState(
      repo,
      toExisting(repo, payload.issue as Parameters<typeof toExisting>[1]),
      serverUrl,
      deps,
    );
  }
}
