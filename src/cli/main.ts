import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseReport, type Report } from "../report/index.ts";
import { reportJson, reportTable } from "./render.ts";

export interface Io {
  stdout: { write(text: string): unknown; columns?: number; isTTY?: boolean };
  stderr: { write(text: string): unknown };
}

const usage = `Usage: postmortem-tracker <command> [options] FILE...

Commands:
  plan FILE...   Show the action items each postmortem report would track.

Options:
  --json         Print JSON instead of a table (an array when several files are given).
  -h, --help     Show this help.
`;

function readReport(file: string): Report {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : String(error);
    return {
      path: file,
      title: "",
      frontMatter: {},
      sections: [],
      items: [],
      warnings: [],
      errors: [{ severity: "error", message: `cannot read the file: ${reason}`, file }],
    };
  }
  return parseReport(text, { path: file });
}

function plan(files: string[], json: boolean, io: Io): number {
  const reports = files.map(readReport);
  if (json) {
    const out = reports.map(reportJson);
    io.stdout.write(`${JSON.stringify(out.length === 1 ? out[0] : out, null, 2)}\n`);
  } else {
    const width = io.stdout.isTTY ? (io.stdout.columns ?? 100) : 200;
    io.stdout.write(`${reports.map((r) => reportTable(r, width)).join("\n\n")}\n`);
  }
  return reports.some((r) => r.errors.length > 0) ? 1 : 0;
}

/** Runs one command line; returns the exit code (0 parsed, 1 errors in a report, 2 bad usage). */
export async function main(argv: string[], io: Io): Promise<number> {
  let parsed: ReturnType<
    typeof parseArgs<{
      options: { json: { type: "boolean" }; help: { type: "boolean"; short: "h" } };
      allowPositionals: true;
    }>
  >;
  try {
    parsed = parseArgs({
      args: argv,
      options: { json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
    });
  } catch (error) {
    io.stderr.write(`postmortem-tracker: ${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const [command, ...files] = parsed.positionals;
  if (parsed.values.help) {
    io.stdout.write(usage);
    return 0;
  }
  if (command === "plan") {
    if (files.length === 0) {
      io.stderr.write(`postmortem-tracker plan: name at least one report file\n\n${usage}`);
      return 2;
    }
    return plan(files, parsed.values.json === true, io);
  }
  io.stderr.write(`${command ? `postmortem-tracker: unknown command "${command}"\n\n` : ""}${usage}`);
  return 2;
}
