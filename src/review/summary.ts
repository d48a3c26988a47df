import type { SyncChange } from "../tracking/sync/comment.ts";
import { cell, fitBody } from "../tracking/text.ts";
import type { Finding } from "./types.ts";

/** One report of a pull request as the review saw it: findings, and what its merge would file. */
export interface ReviewedReport {
  path: string;
  title: string;
  findings: Finding[];
  /** What the merge would do, each with the item's due date as text ("2026-12-18, from the SEV-1 policy"). */
  preview: (SyncChange & { due?: string })[];
  items: number;
  blocked: string | null;
}

const LIMIT = 65_000;
const quote = (text: string) => `"${text.length > 80 ? `${text.slice(0, 79)}…` : text}"`;

/** What the merge will do to each item's issue, naming the issue it matched. */
const verbs: Record<SyncChange["kind"], (c: SyncChange) => string> = {
  created: () => "new issue",
  split: (c) => `new issue, split of #${c.related}`,
  updated: (c) => (c.was ? `edit of #${c.issue} (was: ${quote(c.was)})` : `update #${c.issue}`),
  closed: (c) => `close #${c.issue} (checked)`,
  removed: (c) => `removed: close #${c.issue} as not planned`,
  merged: (c) => `merged into #${c.related}: close #${c.issue} as not planned`,
  linked: (c) => `link existing issue #${c.issue}`,
};

function findingsTable(findings: Finding[]): string[] {
  if (findings.length === 0) return ["No findings.", ""];
  return [
    "| Line | Level | Rule | Finding |",
    "| --- | --- | --- | --- |",
    ...findings.map(
      (f) =>
        `| ${f.line} | ${f.severity} | ${f.rule} | ${cell(f.message)}${f.suggestion ? ` (${cell(f.suggestion)})` : ""} |`,
    ),
    "",
  ];
}

function previewText(r: ReviewedReport): string[] {
  if (r.blocked) return [`On merge, nothing will be filed: ${cell(r.blocked)}`, ""];
  if (r.preview.length === 0) return [`On merge: no issue changes (${r.items} item(s) already tracked).`, ""];
  return [
    "On merge:",
    "",
    "| Action item | Will | Due |",
    "| --- | --- | --- |",
    ...r.preview.map(
      (c) =>
        `| ${cell(c.title)} | ${cell(verbs[c.kind](c))}${c.guess ? " (a guess)" : ""} | ${c.due ? cell(c.due) : "-"} |`,
    ),
    "",
  ];
}

/** The check run's (or the job summary's) text: findings, then the issues the merge will file. */
export function reviewSummary(reports: ReviewedReport[]): string {
  const parts = reports.flatMap((r) => [
    `### ${cell(r.title)} (\`${r.path}\`)`,
    "",
    ...findingsTable(r.findings),
    ...previewText(r),
  ]);
  return fitBody(parts.join("\n"), LIMIT, "(cut to fit GitHub's limit)");
}
