import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { run } from "../../src/action/run.ts";
import { repoRoot } from "../helpers.ts";
import type { FakeGitHub } from "../support/fake-github.ts";
import { seedRepoTracker } from "../support/seed-tracker.ts";

export const REPO = "acme/platform";
export const BOT = "github-actions[bot]";

export interface ActionRun {
  code: number;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
}

/**
 * Runs the Action the way the runner does: INPUT_* variables, an event file, a summary file and an
 * output file. In process by default, with the job functions and no write throttling (the local fake
 * answers at once); `bundle` runs `node dist/index.js` in a child process instead, as the runner does.
 */
export async function runAction(
  api: string,
  event: string,
  payload: object,
  inputs: Record<string, string> = {},
  now = "2026-11-20T09:00:00Z",
  how: "in-process" | "bundle" = "in-process",
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), "pmt-action-"));
  const eventPath = join(dir, "event.json");
  const summaryPath = join(dir, "summary.md");
  const outputPath = join(dir, "output.txt");
  writeFileSync(eventPath, JSON.stringify(payload));
  writeFileSync(summaryPath, "");
  writeFileSync(outputPath, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: REPO,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_API_URL: api,
    GITHUB_GRAPHQL_URL: `${api}/graphql`,
    GITHUB_SERVER_URL: "https://github.com",
    POSTMORTEM_TRACKER_NOW: now,
    "INPUT_GITHUB-TOKEN": "ghs_test",
    "INPUT_CONFIG-PATH": ".github/postmortem-tracker.yml",
    "INPUT_REMINDER-INTERVAL": "",
    INPUT_TIMEZONE: "",
    "INPUT_DRY-RUN": "false",
    "INPUT_MAX-REQUESTS": "500",
    "INPUT_MENTION-OWNERS": "",
    "INPUT_BOT-LOGIN": BOT,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const { code, stdout } = how === "bundle" ? await runBundle(env, dir) : await runInProcess(env);
  const outputs: Record<string, string> = {};
  // GITHUB_OUTPUT holds name<<DELIMITER / value / DELIMITER blocks.
  const text = readFileSync(outputPath, "utf8");
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1] ?? ""] = m[3] ?? "";
  return { code, stdout, summary: readFileSync(summaryPath, "utf8"), outputs };
}

async function runBundle(
  env: Record<string, string>,
  cwd: string,
): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [join(repoRoot, "dist/index.js")], {
      env,
      cwd,
    });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string };
    return { code: e.code ?? 1, stdout: e.stdout ?? "" };
  }
}

/**
 * @actions/core writes outputs to the file process.env names, workflow commands to stdout, and a
 * failure to process.exitCode: all three are pointed at this run and put back afterwards.
 */
async function runInProcess(env: Record<string, string>): Promise<{ code: number; stdout: string }> {
  const saved = {
    output: process.env.GITHUB_OUTPUT,
    exitCode: process.exitCode,
    write: process.stdout.write,
  };
  let stdout = "";
  process.env.GITHUB_OUTPUT = env.GITHUB_OUTPUT;
  process.exitCode = undefined;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    return true;
  }) as typeof process.stdout.write;
  try {
    await run(env, { throttle: false });
    return { code: process.exitCode === undefined ? 0 : Number(process.exitCode), stdout };
  } finally {
    process.stdout.write = saved.write;
    process.exitCode = saved.exitCode;
    if (saved.output === undefined) delete process.env.GITHUB_OUTPUT;
    else process.env.GITHUB_OUTPUT = saved.output;
  }
}

/** A tracker as the sync leaves it, with its items, written by the workflow's bot. */
export function seedTracker(
  fake: FakeGitHub,
  options: Omit<Parameters<typeof seedRepoTracker>[1], "repo" | "bot">,
) {
  return seedRepoTracker(fake, { ...options, repo: REPO, bot: BOT });
}
