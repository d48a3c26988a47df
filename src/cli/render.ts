import type { ActionItem, Diagnostic, IssueRef, Report } from "../report/index.ts";
import { type DeadlineRules, deadlineBy } from "../tracking/reminders/deadline.ts";

/** How a report reads on a terminal and in JSON. */

export function refText(ref: IssueRef | null): string | null {
  if (!ref) return null;
  return ref.owner && ref.repo ? `${ref.owner}/${ref.repo}#${ref.number}` : `#${ref.number}`;
}

/** How due dates would be set if the report merged now: the policy and the report's severity. */
export interface DeadlineContext {
  rules: DeadlineRules;
  merged: string;
}

function severityOf(report: Report): string | number | null {
  const s = report.frontMatter.severity;
  return typeof s === "string" || typeof s === "number" ? s : null;
}

/** The item's due date if merged now, and where it comes from (`report` or `policy`). */
function dueJson(report: Report, item: ActionItem, at: DeadlineContext) {
  const d = deadlineBy(item, { merged: at.merged, severity: severityOf(report) }, at.rules);
  return { dueDate: d.day, dueSource: d.source, duePolicy: d.policy };
}

export function itemJson(item: ActionItem) {
  return {
    key: item.key,
    title: item.title,
    text: item.text,
    line: item.line,
    checked: item.checked,
    owners: item.owners,
    due: item.due,
    priority: item.priority,
    type: item.type,
    ref: refText(item.ref),
    group: item.group,
  };
}

const diagnosticJson = (d: Diagnostic) => ({ line: d.line ?? null, message: d.message });

export function reportJson(report: Report, at?: DeadlineContext) {
  return {
    file: report.path,
    title: report.title,
    items: report.items.map((item) => ({ ...itemJson(item), ...(at ? dueJson(report, item, at) : {}) })),
    warnings: report.warnings.map(diagnosticJson),
    errors: report.errors.map(diagnosticJson),
  };
}

export function diagnosticLine(d: Diagnostic): string {
  return `${d.file}${d.line ? `:${d.line}` : ""}: ${d.severity}: ${d.message}`;
}

function truncate(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(1, width - 1)).join("")}…`;
}

const pad = (text: string, width: number) => text + " ".repeat(Math.max(0, width - [...text].length));

/** A plain-text table: one row per item, columns as wide as their widest cell. */
export function reportTable(report: Report, terminalWidth: number): string {
  const out: string[] = [`${report.path}: ${report.title}`];
  if (report.items.length === 0) {
    out.push("  no action items");
  } else {
    const header = ["line", "state", "owners", "due", "priority", "type", "ref", "group", "item"];
    const rows = report.items.map((item) => [
      String(item.line),
      item.checked ? "done" : "open",
      item.owners.join(", ") || "-",
      item.due ?? "-",
      item.priority ?? "-",
      item.type ?? "-",
      refText(item.ref) ?? "-",
      item.group ?? "-",
      item.title,
    ]);
    const widths = header
      .slice(0, -1)
      .map((h, i) => Math.max(h.length, ...rows.map((r) => [...(r[i] ?? "")].length)));
    const fixed = widths.reduce((sum, w) => sum + w + 2, 2);
    const titleWidth = Math.max(20, terminalWidth - fixed);
    for (const row of [header, ...rows]) {
      const cells = row.slice(0, -1).map((cell, i) => pad(cell, widths[i] ?? 0));
      out.push(`  ${cells.join("  ")}  ${truncate(row[row.length - 1] ?? "", titleWidth)}`.trimEnd());
    }
  }
  for (const d of [...report.errors, ...report.warnings]) out.push(`  ${diagnosticLine(d)}`);
  return out.join("\n");
}
