import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import packageJson from "../../package.json" with { type: "json" };
import {
  CONFIG_PATH,
  type ConfigResult,
  defaultConfig,
  parseConfigText,
  reviewOptions,
  sectionNames,
} from "../config/load.ts";
import type { Config } from "../config/schema.ts";
import { parseReport, type Report } from "../report/index.ts";
import { conclusionOf } from "../review/index.ts";
import { deadlineRules } from "../tracking/reminders/deadline.ts";
import { annotation, lintReports, lintText } from "./lint.ts";
import { isUnreadable, readText, unreadable } from "./read.ts";
import { diagnosticLine, reportJson, reportTable } from "./render.ts";
import { reportTemplate, slug } from "./template.ts";

export interface Io {
  stdout: { write(text: string): unknown; columns?: number; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env?: NodeJS.ProcessEnv;
  now?: () => DateTime;
  /** Space out requests as GitHub asks (default on; off against a local server). */
  throttle?: boolean;
}

const usage = `Usage: postmortem-tracker <command> [options] FILE...
       postmortem-tracker --version | --help

Commands:
  plan FILE...        Show the action items each postmortem report would track.
  lint FILE...        Review each report against the postmortem process (exit 1 on errors).
  new "TITLE"         Write a new report from the template, in postmortems/ (or --dir DIR).
  new --from-issue OWNER/REPO#N
                      Draft the report from an incident's issue: its title, date, severity, owners
                      and timeline (token from GITHUB_TOKEN or GH_TOKEN; GITHUB_API_URL for Enterprise).
  report              The follow-through of tracked action items (--org ORG or --repo OWNER/REPO),
                      read with GITHUB_TOKEN (or GH_TOKEN; GITHUB_API_URL for GitHub Enterprise).

Options:
  --json              Print JSON instead of text (an array when several files are given).
  --config FILE       The configuration to use (default: .github/postmortem-tracker.yml, if there is one).
  --dir DIR           With new: the folder for the report (default: postmortems, or draft.directory).
  --from-issue REF    With new: the incident's issue, OWNER/REPO#N or its URL.
  --since DATE        With report: only incidents on or after this day.
  --format FORMAT     With report: markdown (default), json or html.
  --output FILE       With report: write the report to FILE instead of stdout.
  --bot LOGIN         With report: the account that files the trackers (default github-actions[bot]).
  -h, --help          Show this help.
  -v, --version       Show the version.

Inside GitHub Actions (GITHUB_ACTIONS=true), lint also prints its findings as annotations.
`;

/** The repository's configuration, when the CLI runs at its root (or --config names one). */
function localConfig(explicit: string | undefined): ConfigResult {
  const file = explicit ?? CONFIG_PATH;
  if (!existsSync(file)) {
    return explicit ? { ok: false, message: `${file}: no such file` } : { ok: true, config: defaultConfig };
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    // As ever: a file that cannot be read (a folder, no permission) gets the message of one that does not parse.
    return { ok: false, message: `${file} is not valid YAML: ${(error as Error).message.split("\n")[0]}` };
  }
  return parseConfigText(text, file);
}

function readReport(file: string, config: Config = defaultConfig): Report {
  const read = readText(file);
  if ("reason" in read) return unreadable(file, read.reason);
  return parseReport(read.text, { path: file, sectionNames: sectionNames(config) });
}

/** Text output: a file that cannot be read is one line on stderr, not an empty table. */
function readable(reports: Report[], io: Io): Report[] {
  for (const r of reports.filter(isUnreadable))
    for (const e of r.errors) io.stderr.write(`${diagnosticLine(e)}\n`);
  return reports.filter((r) => !isUnreadable(r));
}

function plan(files: string[], json: boolean, io: Io, config: Config): number {
  const reports = files.map((f) => readReport(f, config));
  if (json) {
    const now = (io.now ?? (() => DateTime.local()))();
    const at = { rules: deadlineRules(config), merged: now.toISO() ?? "" };
    const out = reports.map((r) => reportJson(r, at));
    io.stdout.write(`${JSON.stringify(out.length === 1 ? out[0] : out, null, 2)}\n`);
  } else {
    // On a terminal the table fits its width; elsewhere (pipes, scripts) every column, in full.
    const width = io.stdout.isTTY ? (io.stdout.columns ?? 100) : null;
    const shown = readable(reports, io);
    if (shown.length > 0) io.stdout.write(`${shown.map((r) => reportTable(r, width)).join("\n\n")}\n`);
  }
  return reports.some((r) => r.errors.length > 0) ? 1 : 0;
}

function lint(files: string[], json: boolean, io: Io, config: Config): number {
  const results = lintReports(
    files.map((f) => readReport(f, config)),
    reviewOptions(config),
  );
  if (json) {
    const out = results.map(({ report, findings }) => ({ file: report.path, findings }));
    io.stdout.write(`${JSON.stringify(out.length === 1 ? out[0] : out, null, 2)}\n`);
  } else {
    const shown = new Set(
      readable(
        results.map((r) => r.report),
        io,
      ),
    );
    const read = results.filter((r) => shown.has(r.report));
    if (read.length > 0) io.stdout.write(`${lintText(read)}\n`);
    // Inside Actions the findings are also annotations (not with --json, whose output must stay JSON).
    if ((io.env ?? process.env).GITHUB_ACTIONS === "true") {
      for (const { report, findings } of read)
        for (const f of findings) io.stdout.write(`${annotation(report.path, f)}\n`);
    }
  }
  // A report that does not parse always fails; otherwise the same rule as the review check, at the configured level.
  if (results.some((r) => r.report.errors.length > 0)) return 1;
  const findings = results.flatMap((r) => r.findings);
  return conclusionOf(findings, config.review["fail-on"]) === "failure" ? 1 : 0;
}

function create(title: string, dir: string, io: Io): number {
  const now = (io.now ?? (() => DateTime.local()))();
  const file = join(dir, `${now.toISODate()}-${slug(title)}.md`);
  if (existsSync(file)) {
    io.stderr.write(`postmortem-tracker new: ${file} exists already; nothing was written\n`);
    return 1;
  }
  try {
    mkdirSync(dirname(file), { recursive: true });
    // "wx": never overwrite, even if the file appeared since the check above.
    writeFileSync(file, reportTemplate(title, now), { flag: "wx" });
  } catch (error) {
    io.stderr.write(`postmortem-tracker new: cannot write ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  io.stdout.write(`${file}\n`);
  const date = now.startOf("second").toISO({ suppressMilliseconds: true });
  io.stderr.write(`Set the incident's start time in ${file}'s front matter (date:); it now says ${date}.\n`);
  return 0;
}

/** `report`: the config's tracker label, the clock and the environment wired to the command. */
async function reportCommand(values: Record<string, string | boolean | undefined>, io: Io): Promise<number> {
  const { report } = await import("./report.ts");
  const loaded = localConfig(values.config as string | undefined);
  if (!loaded.ok) {
    io.stderr.write(`postmortem-tracker: ${loaded.message}\n`);
    return 2;
  }
  const clock = io.now;
  const now = clock ? () => clock().toJSDate() : () => new Date();
  const env = io.env ?? process.env;
  const throttle = io.throttle ?? true;
  const options = {
    ...(values as Record<string, string | undefined>),
    label: loaded.config.labels.tracker,
    deadlines: deadlineRules(loaded.config),
  };
  return report(options, { stdout: io.stdout, stderr: io.stderr, env, now, throttle });
}

const options = {
  json: { type: "boolean" },
  config: { type: "string" },
  dir: { type: "string" },
  "from-issue": { type: "string" },
  org: { type: "string" },
  repo: { type: "string" },
  since: { type: "string" },
  format: { type: "string" },
  output: { type: "string" },
  bot: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

/** Runs one command line; returns the exit code (0 fine, 1 errors in a report, 2 bad usage). */
export async function main(argv: string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true });
  } catch (error) {
    io.stderr.write(`postmortem-tracker: ${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const [command, ...files] = parsed.positionals;
  if (parsed.values.version) {
    io.stdout.write(`postmortem-tracker ${packageJson.version}\n`);
    return 0;
  }
  if (parsed.values.help || command === "help") {
    io.stdout.write(usage);
    return 0;
  }
  if (command === "plan") {
    if (files.length === 0) {
      io.stderr.write(`postmortem-tracker plan: name at least one report file\n\n${usage}`);
      return 2;
    }
    const loaded = localConfig(parsed.values.config);
    if (!loaded.ok) {
      io.stderr.write(`postmortem-tracker: ${loaded.message}\n`);
      return 2;
    }
    return plan(files, parsed.values.json === true, io, loaded.config);
  }
  if (command === "lint") {
    if (files.length === 0) {
      io.stderr.write(`postmortem-tracker lint: name at least one report file\n\n${usage}`);
      return 2;
    }
    const loaded = localConfig(parsed.values.config);
    if (!loaded.ok) {
      io.stderr.write(`postmortem-tracker: ${loaded.message}\n`);
      return 2;
    }
    return lint(files, parsed.values.json === true, io, loaded.config);
  }
  if (command === "new" && parsed.values["from-issue"] !== undefined) {
    const loaded = localConfig(parsed.values.config);
    if (!loaded.ok) {
      io.stderr.write(`postmortem-tracker: ${loaded.message}\n`);
      return 2;
    }
    const { draftFromIssue } = await import("./from-issue.ts");
    const options = { dir: parsed.values.dir, config: loaded.config, env: io.env ?? process.env };
    return draftFromIssue(parsed.values["from-issue"], options, io);
  }
  if (command === "report") return reportCommand(parsed.values, io);
  if (command === "new") {
    const title = files.join(" ").trim();
    if (title === "") {
      io.stderr.write(
        `postmortem-tracker new: give the report a title, e.g. new "Checkout outage"\n\n${usage}`,
      );
      return 2;
    }
    return create(title, parsed.values.dir ?? "postmortems", io);
  }
  io.stderr.write(`${command ? `postmortem-tracker: unknown command "${command}"\n\n` : ""}${usage}`);
  return 2;
}
