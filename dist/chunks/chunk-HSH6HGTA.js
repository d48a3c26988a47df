import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);

// src/action/summary.ts
import { appendFileSync } from "node:fs";
var LIMIT = 65536;
var cell = (text) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
function sweepSummary(result, repo, serverUrl) {
  const head = [
    "## Postmortem follow-up",
    "",
    `${result.trackers.length} tracker(s) in ${repo}: ${result.openItems} open item(s), ${result.overdueItems} overdue; ${result.remindersPosted} follow-up(s) posted, ${result.reopened} tracker(s) reopened, ${result.closed} closed.`,
    ...result.stoppedAt !== null ? ["", `> The request budget was reached: the next run starts at tracker #${result.stoppedAt}.`] : [],
    ...result.errors.length > 0 ? ["", "Problems:", ...result.errors.map((e) => `- tracker #${e.tracker}: ${cell(e.message)}`)] : [],
    ""
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
    ""
  ];
  const tableHead = [
    "| Report | Tracker | Progress | Open | Overdue | Oldest overdue |",
    "| --- | --- | --- | --- | --- | --- |"
  ];
  const rows = result.trackers.map(
    (t) => `| ${cell(t.title)} (\`${cell(t.report)}\`) | [#${t.number}](${serverUrl}/${repo}/issues/${t.number}) | ${t.resolved}/${t.total} | ${t.open} | ${t.overdue} | ${t.oldestOverdue > 0 ? `${t.oldestOverdue} days` : "-"} |`
  );
  let text = [...head, ...chart, ...tableHead].join("\n");
  let shown = 0;
  for (const row of rows) {
    if (text.length + row.length + 200 > LIMIT) break;
    text += `
${row}`;
    shown += 1;
  }
  if (shown < rows.length)
    text += `

${rows.length - shown} more tracker(s) not shown (the summary is limited to 64 KiB).`;
  return `${text}
`;
}
function writeJobSummary(env, markdown) {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown, "utf8");
}

export {
  sweepSummary,
  writeJobSummary
};
