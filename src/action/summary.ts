import { appendFileSync } from "node:fs";
import type { SweepResult } from "../jobs/sweep.ts";
import type { ReportSync } from "../jobs/sync.ts";

/** The job summary: a table per tracker and a chart of the items' states, under GitHub's size limit. */
const LIMIT = 65_536;

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function reviewLines(result: SweepResult, repo: string, serverUrl: string): string[] {
  const waiting = result.trackers.filter((t) => t.awaitingReview);
  if (waiting.length === 0) return [];
  const links = waiting.map(
    (t) => `[#${t.number}](${serverUrl}/${repo}/issues/${t.number}) ${cell(t.title)}`,
  );
  return ["", `Awaiting a review of effectiveness: ${links.join(", ")}.`];
}

/** Open trackers and those closed within the last interval; an empty repository gets one line. */
export function sweepSummary(result: SweepResult, repo: string, serverUrl: string): string {
  if (result.trackers.length === 0 && result.errors.length === 0 && result.stoppedAt === null)
    return `**Postmortem follow-up:** no open postmortem trackers in ${repo}.\n`;
  const head = [
    "## Postmortem follow-up",
    "",
    `${result.trackers.length} tracker(s) in ${repo}: ${result.openItems} open item(s), ${result.overdueItems} overdue; ${result.remindersPosted} follow-up(s) posted, ${result.itemReminders} reminder(s) on items, ${result.reopened} tracker(s) reopened, ${result.closed} closed.`,
    ...reviewLines(result, repo, serverUrl),
    ...(result.stoppedAt !== null
      ? ["", `> The request budget was reached: the next run starts at tracker #${result.stoppedAt}.`]
      : []),
    ...(result.errors.length > 0
      ? ["", "Problems:", ...result.errors.map((e) => `- tracker #${e.tracker}: ${cell(e.message)}`)]
      : []),
    "",
  ];
  const resolved = result.trackers.reduce((n, t) => n + t.resolved, 0);
  const openNotLate = result.openItems - result.overdueItems;
  const chart = [
    "```mermaid",
    "pie title Action items",
    `  "Open" : ${openNotLate}`,
    `  "Overdue" : ${result.overdueItems}`,
    `  "Resolved" : ${resolved}`,
    "```",
    "",
  ];
  const tableHead = [
    "| Report | Tracker | Progress | Open | Overdue | Oldest overdue |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  const rows = result.trackers.map(
    (t) =>
      `| ${cell(t.title)} (\`${cell(t.report)}\`) | [#${t.number}](${serverUrl}/${repo}/issues/${t.number}) | ${t.resolved}/${t.total} | ${t.open} | ${t.overdue} | ${t.oldestOverdue > 0 ? `${t.oldestOverdue} days` : "-"} |`,
  );
  let text = [...head, ...chart, ...tableHead].join("\n");
  let shown = 0;
  for (const row of rows) {
    if (text.length + row.length + 200 > LIMIT) break;
    text += `\n${row}`;
    shown += 1;
  }
  if (shown < rows.length)
    text += `\n\n${rows.length - shown} more tracker(s) not shown (the summary is limited to 64 KiB).`;
  return `${text}\n`;
}

/** What a push did, per report: issues created and updated, or why it was blocked. */
export function syncSummary(results: ReportSync[], repo: string): string {
  if (results.length === 0)
    return `**Postmortem tracker:** no postmortem report changed in this push to ${repo}.\n`;
  const rows = results.map((r) => {
    const created = r.operations.filter((op) => op.op === "createIssue").length;
    const updated = r.operations.filter((op) => op.op === "updateIssue").length;
    return `| \`${cell(r.path)}\` | ${created} | ${updated} | ${r.blocked ? `blocked: ${cell(r.blocked)}` : "synced"} |`;
  });
  const text = [
    "## Postmortem tracker",
    "",
    "| Report | Issues created | Issues updated | Result |",
    "| --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
  return `${text.slice(0, LIMIT - 100)}\n`;
}

/** Appends Markdown to the job summary, where the runner asks for one (GITHUB_STEP_SUMMARY). */
export function writeJobSummary(env: NodeJS.ProcessEnv, markdown: string): void {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown, "utf8");
}
