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

/** Word-wraps `text` into lines of at most `width` characters (a longer word is cut). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = [...word];
    const room = [...line].length + (line ? 1 : 0);
    if (line && room + rest.length > width) {
      lines.push(line);
      line = "";
    }
    while (rest.length > width) {
      lines.push(rest.slice(0, width).join(""));
      rest = rest.slice(width);
    }
    line = line ? `${line} ${rest.join("")}` : rest.join("");
  }
  return [...lines, line];
}

const pad = (text: string, width: number) => text + " ".repeat(Math.max(0, width - [...text].length));

const HEADER = ["line", "state", "owners", "due", "priority", "type", "ref", "group", "item"];
/** The item text gets at least this many characters on a terminal before optional columns go. */
const MIN_ITEM = 40;

function cells(item: ActionItem): string[] {
  return [
    String(item.line),
    item.checked ? "done" : "open",
    item.owners.join(", ") || "-",
    item.due ?? "-",
    item.priority ?? "-",
    item.type ?? "-",
    refText(item.ref) ?? "-",
    item.group ?? "-",
    item.title,
  ];
}

function columnWidths(rows: string[][]): number[] {
  return HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => [...(r[i] ?? "")].length)));
}

/**
 * Which columns a terminal of `width` shows, in order: line, state and the item first, then the
 * metadata columns that say something (not all "-"), as many as leave the item MIN_ITEM characters.
 */
function terminalColumns(rows: string[][], widths: number[], width: number): number[] {
  const item = HEADER.length - 1;
  const optional = [2, 3, 4, 5, 6, 7].filter((i) => rows.some((r) => r[i] !== "-"));
  const used = (cols: number[]) => cols.reduce((sum, i) => sum + (widths[i] ?? 0) + 2, 2);
  const room = Math.min(widths[item] ?? 0, MIN_ITEM);
  while (optional.length > 0 && used([0, 1, ...optional]) + room > width) optional.pop();
  return [0, 1, item, ...optional];
}

/**
 * A plain-text table: one row per item, columns as wide as their widest cell. `terminalWidth` null
 * (not a terminal) prints every column in a fixed order with the item last and in full, for scripts.
 */
export function reportTable(report: Report, terminalWidth: number | null): string {
  const out: string[] = [`${report.path}: ${report.title}`];
  if (report.items.length === 0) {
    out.push("  no action items");
  } else {
    const rows = report.items.map(cells);
    const widths = columnWidths(rows);
    const item = HEADER.length - 1;
    const columns =
      terminalWidth === null ? HEADER.map((_, i) => i) : terminalColumns(rows, widths, terminalWidth);
    if (terminalWidth !== null) {
      const others = columns.filter((i) => i !== item).reduce((sum, i) => sum + (widths[i] ?? 0) + 2, 2);
      widths[item] = Math.min(widths[item] ?? 0, Math.max(MIN_ITEM, terminalWidth - others - 2));
    }
    for (const row of [HEADER, ...rows]) {
      // On a terminal a long item wraps inside its column; elsewhere it stays on one line.
      const text = row[item] ?? "";
      const parts = terminalWidth === null ? [text] : wrap(text, widths[item] ?? MIN_ITEM);
      parts.forEach((part, n) => {
        const line = columns.map((i) => (i === item ? part : n === 0 ? (row[i] ?? "") : ""));
        const padded = line.map((cell, k) =>
          k === line.length - 1 ? cell : pad(cell, widths[columns[k] ?? 0] ?? 0),
        );
        out.push(`  ${padded.join("  ")}`.trimEnd());
      });
    }
  }
  for (const d of [...report.errors, ...report.warnings]) out.push(`  ${diagnosticLine(d)}`);
  return out.join("\n");
}
