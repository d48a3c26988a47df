import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);

// src/action/summary.ts
import { appendFileSync } from "node:fs";
var LIMIT = 65536;
var cell = (text) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
function reviewLines(result, repo, serverUrl) {
  const waiting = result.trackers.filter((t) => t.awaitingReview);
  if (waiting.length === 0) return [];
  const links = waiting.map(
    (t) => `[#${t.number}](${serverUrl}/${repo}/issues/${t.number}) ${cell(t.title)}`
  );
  return ["", `Awaiting a review of effectiveness: ${links.join(", ")}.`];
}
function sweepSummary(result, repo, serverUrl) {
  if (result.trackers.length === 0 && result.errors.length === 0 && result.stoppedAt === null)
    return `**Postmortem follow-up:** no open postmortem trackers in ${repo}.
`;
  const head = [
    "## Postmortem follow-up",
    "",
    `${result.trackers.length} tracker(s) in ${repo}: ${result.openItems} open item(s), ${result.overdueItems} overdue; ${result.remindersPosted} follow-up(s) posted, ${result.itemReminders} reminder(s) on items, ${result.reopened} tracker(s) reopened, ${result.closed} closed.`,
    ...reviewLines(result, repo, serverUrl),
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
function syncSummary(results, repo) {
  if (results.length === 0)
    return `**Postmortem tracker:** no postmortem report changed in this push to ${repo}.
`;
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
    ...rows
  ].join("\n");
  return `${text.slice(0, LIMIT - 100)}
`;
}
function writeJobSummary(env, markdown) {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown, "utf8");
}

export {
  sweepSummary,
  syncSummary,
  writeJobSummary
};
