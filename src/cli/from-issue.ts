import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Config } from "../config/schema.ts";
import { GitHubClient } from "../github/client.ts";
import { buildDraft } from "../tracking/draft/build.ts";
import { draftSettings } from "../tracking/draft/settings.ts";
import type { RepoId } from "../tracking/model.ts";
import { cliOctokit } from "./octokit.ts";

/** `new --from-issue OWNER/REPO#N`: the draft the App would open, written here instead. */

export interface Output {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** `acme/platform#42`, or the issue's URL. */
export function parseIssueRef(text: string): { repo: RepoId; number: number } | null {
  const m =
    /^([\w.-]+)\/([\w.-]+)#(\d+)$/.exec(text.trim()) ??
    /^https?:\/\/[^/]+\/([\w.-]+)\/([\w.-]+)\/issues\/(\d+)\/?$/.exec(text.trim());
  return m?.[1] && m[2] ? { repo: { owner: m[1], repo: m[2] }, number: Number(m[3]) } : null;
}

/** Reads the issue and its timeline (token from GITHUB_TOKEN or GH_TOKEN), writes the draft; the exit code. */
export async function draftFromIssue(
  ref: string,
  options: { dir: string | undefined; config: Config; env: NodeJS.ProcessEnv },
  io: Output,
): Promise<number> {
  const target = parseIssueRef(ref);
  if (!target) {
    io.stderr.write(`postmortem-tracker new: --from-issue takes OWNER/REPO#NUMBER, not "${ref}"\n`);
    return 2;
  }
  const token = options.env.GITHUB_TOKEN || options.env.GH_TOKEN;
  const client = new GitHubClient({ octokit: cliOctokit(token, options.env) });
  let text: string;
  let path: string;
  try {
    const issue = await client.incident(target.repo, target.number);
    const events = await client.timeline(target.repo, target.number);
    const settings = {
      ...draftSettings(options.config, ""),
      directory: options.dir ?? options.config.draft.directory,
    };
    ({ text, path } = buildDraft(issue, events, settings));
  } catch (error) {
    const hint = token ? "" : " (no GITHUB_TOKEN or GH_TOKEN is set)";
    io.stderr.write(`postmortem-tracker new: cannot read ${ref}: ${(error as Error).message}${hint}\n`);
    return 1;
  }
  try {
    mkdirSync(dirname(path), { recursive: true });
    // "wx": a report someone started is never overwritten.
    writeFileSync(path, text, { flag: "wx" });
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === "EEXIST";
    io.stderr.write(
      `postmortem-tracker new: ${exists ? `${path} exists already; nothing was written` : `cannot write ${path}: ${(error as Error).message}`}\n`,
    );
    return 1;
  }
  io.stdout.write(`${path}\n`);
  io.stderr.write(
    `Drafted from ${ref} (${client.requests} requests). Fill in what only people know, then set status: final.\n`,
  );
  return 0;
}
