import type { Report } from "../report/index.ts";
import { type Finding, type ReviewOptions, reviewReport } from "../review/index.ts";

/** `lint`: the review's findings per file, for a terminal, as JSON, or as GitHub annotations. */

export interface Linted {
  report: Report;
  findings: Finding[];
}

export function lintReports(reports: Report[], options: ReviewOptions = {}): Linted[] {
  // A report that could not be read has only its error to show, not a review of nothing.
  return reports.map((report) => ({
    report,
    findings:
      report.prose.length === 0 && report.errors.length > 0
        ? report.errors.map((e) => ({
            rule: "report",
            severity: "error" as const,
            message: e.message,
            line: e.line ?? 1,
          }))
        : reviewReport(report, options),
  }));
}

/** A workflow command: GitHub shows it as an annotation on the file's line. */
export function annotation(file: string, f: Finding): string {
  const level = f.severity === "notice" ? "notice" : f.severity;
  const esc = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const prop = (s: string) => esc(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
  const text = f.suggestion ? `${f.message}\n${f.suggestion}` : f.message;
  return `::${level} file=${prop(file)},line=${f.line},title=${prop(`postmortem ${f.rule}`)}::${esc(text)}`;
}

export function lintText(results: Linted[]): string {
  const out: string[] = [];
  for (const { report, findings } of results) {
    if (findings.length === 0) {
      out.push(`${report.path}: no findings`);
      continue;
    }
    for (const f of findings) {
      out.push(`${report.path}:${f.line}: ${f.severity} [${f.rule}] ${f.message}`);
      if (f.suggestion) out.push(`    ${f.suggestion}`);
    }
  }
  const count = (s: string) =>
    results.reduce((n, r) => n + r.findings.filter((f) => f.severity === s).length, 0);
  out.push(`${count("error")} error(s), ${count("warning")} warning(s), ${count("notice")} notice(s)`);
  return out.join("\n");
}
