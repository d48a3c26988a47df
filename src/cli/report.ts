import { writeFileSync } from "node:fs";
import { GitHubClient } from "../github/client.ts";
import { errorText } from "../github/octokit.ts";
import { type FollowThroughScope, followThroughReport } from "../jobs/follow-through.ts";
import { followThroughHtml, followThroughJson, followThroughMarkdown } from "../metrics/index.ts";
import { parseRepoName } from "../tracking/model.ts";
import type { DeadlineRules } from "../tracking/reminders/deadline.ts";
import { cliOctokit } from "./octokit.ts";

/** `postmortem-tracker report`: the follow-through of an organisation's or a repository's postmortems. */

export interface ReportOptions {
  org?: string | undefined;
  repo?: string | undefined;
  since?: string | undefined;
  format?: string | undefined;
  output?: string | undefined;
  label?: string | undefined;
  /** The config's deadline policies and time zone, for items with no due date of their own. */
  deadlines?: DeadlineRules | undefined;
  bot?: string | undefined;
}

export interface ReportIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  now: () => Date;
  throttle: boolean;
}

const RENDER = { markdown: followThroughMarkdown, json: followThroughJson, html: followThroughHtml } as const;

function check(o: ReportOptions, env: NodeJS.ProcessEnv): string | null {
  if (!(env.GITHUB_TOKEN || env.GH_TOKEN))
    return "set GITHUB_TOKEN (or GH_TOKEN) to a token that can read issues";
  if (!o.org === !o.repo) return "name either --org ORG or --repo OWNER/REPO";
  if (o.repo && !/^[^/\s]+\/[^/\s]+$/.test(o.repo)) return `--repo must be OWNER/REPO, not "${o.repo}"`;
  if (o.since && !/^\d{4}-\d{2}-\d{2}$/.test(o.since))
    return `--since must be a date like 2026-01-31, not "${o.since}"`;
  if (!Object.hasOwn(RENDER, o.format ?? "markdown"))
    return `--format must be markdown, json or html, not "${o.format}"`;
  return null;
}

/** On a terminal one line rewritten in place; elsewhere one line per batch. */
function progress(stderr: ReportIo["stderr"]): (line: string) => void {
  return stderr.isTTY ? (line) => stderr.write(`\r\x1b[K${line}`) : (line) => stderr.write(`${line}\n`);
}

export async function report(o: ReportOptions, io: ReportIo): Promise<number> {
  const problem = check(o, io.env);
  if (problem) {
    io.stderr.write(`postmortem-tracker report: ${problem}\n`);
    return 2;
  }
  const token = (io.env.GITHUB_TOKEN || io.env.GH_TOKEN) as string;
  const client = new GitHubClient({ octokit: cliOctokit(token, io.env, io.throttle) });
  const scope: FollowThroughScope = o.org ? { org: o.org } : { repo: parseRepoName(o.repo ?? "") };
  try {
    const result = await followThroughReport(
      {
        scope,
        trackerLabel: o.label ?? "postmortem-tracker",
        since: o.since ?? null,
        deadlines: o.deadlines,
      },
      { client, botLogin: o.bot ?? "github-actions[bot]", now: io.now, progress: progress(io.stderr) },
    );
    const text = RENDER[(o.format ?? "markdown") as keyof typeof RENDER](result.report);
    if (o.output) writeFileSync(o.output, text);
    else io.stdout.write(text);
    if (io.stderr.isTTY) io.stderr.write("\n");
    io.stderr.write(
      `${result.report.trackers} tracker(s), ${result.items} item issue(s); ${client.requests} request(s)${o.output ? `; wrote ${o.output}` : ""}\n`,
    );
    return 0;
  } catch (error) {
    io.stderr.write(`postmortem-tracker report: ${errorText(error)} (after ${client.requests} request(s))\n`);
    return 1;
  }
}
