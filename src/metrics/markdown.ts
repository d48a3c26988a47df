import { COUNT_HEADERS, countCells, daysText, percent } from "./format.ts";
import type { FollowThrough, GroupRow } from "./types.ts";

/** The report as GitHub Markdown: tables, and Mermaid charts GitHub draws (job summary, issue). */

// A pipe would end the cell, a new line the row, and `<` may start HTML that GitHub hides.
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ").replace(/</g, "&lt;");

function table(headers: string[], rows: string[][]): string {
  return [
    `| ${headers.join(" | ")} |`,
    `| ${headers.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ].join("\n");
}

const link = (text: string, url: string | null) => (url ? `[${text}](${url})` : text);

function trendChart(m: FollowThrough): string {
  const months = m.byMonth.map((r) => `"${r.month}"`).join(", ");
  const completion = m.byMonth.map((r) => Math.round((r.completionRate ?? 0) * 100)).join(", ");
  const items = m.byMonth.map((r) => r.items).join(", ");
  return [
    "```mermaid",
    "xychart-beta",
    '  title "Action items and completion by month of incident"',
    `  x-axis [${months}]`,
    `  y-axis "Items / completion %" 0 --> ${Math.max(100, ...m.byMonth.map((r) => r.items))}`,
    `  bar [${items}]`,
    `  line [${completion}]`,
    "```",
  ].join("\n");
}

function statePie(m: FollowThrough): string {
  const t = m.totals;
  return [
    "```mermaid",
    "pie showData",
    '  title "Action items by state"',
    `  "Done" : ${t.done}`,
    `  "Open" : ${t.open - t.overdue}`,
    `  "Overdue" : ${t.overdue}`,
    `  "Won't do" : ${t.wontDo}`,
    "```",
  ].join("\n");
}

const groupTable = (name: string, rows: GroupRow[]) =>
  table(
    [name, ...COUNT_HEADERS],
    rows.map((r) => [r.name, ...countCells(r)]),
  );

function oldest(m: FollowThrough): string {
  if (m.oldestOpen.length === 0) return "No open items.";
  return table(
    ["Item", "Issue", "Tracker", "Owners", "Due", "Age"],
    m.oldestOpen.map((i) => [
      i.title,
      link(i.ref ?? "–", i.url),
      link(i.tracker, i.trackerUrl),
      // In code: the report names owners without notifying them (the pinned issue is rewritten often).
      i.owners.map((o) => `\`@${o}\``).join(", ") || "–",
      i.due ? `${i.due}${i.overdue ? " (overdue)" : ""}` : "–",
      `${i.ageDays} d`,
    ]),
  );
}

function reviews(m: FollowThrough): string {
  if (m.awaitingReview.length === 0) return "None.";
  return m.awaitingReview
    .map((r) => `- ${link(`${r.ref} ${cell(r.title)}`, r.url)} (incident ${r.date})`)
    .join("\n");
}

export function followThroughMarkdown(m: FollowThrough): string {
  const t = m.totals;
  return [
    "## Postmortem follow-through",
    "",
    `${m.trackers} postmortem(s)${m.since ? ` since ${m.since}` : ""}, ${t.items} action item(s): **${t.open} open** (${t.overdue} overdue), ${t.done} done, ${t.wontDo} won't do. Completion ${percent(t.completionRate)}, on time ${percent(t.onTimeRate)}; time to close: median ${daysText(m.timeToClose.medianDays)}, p90 ${daysText(m.timeToClose.p90Days)}.`,
    "",
    statePie(m),
    "",
    "### By month of incident",
    "",
    trendChart(m),
    "",
    table(
      ["Month", "Incidents", ...COUNT_HEADERS],
      m.byMonth.map((r) => [r.month, String(r.incidents), ...countCells(r)]),
    ),
    "",
    "### By severity",
    "",
    groupTable("Severity", m.bySeverity),
    "",
    "### By owner or team",
    "",
    groupTable("Owner", m.byOwner),
    "",
    "### Oldest open items",
    "",
    oldest(m),
    "",
    "### Awaiting the review of effectiveness",
    "",
    reviews(m),
    "",
    `<sub>Generated ${m.generated}.</sub>`,
    "",
  ].join("\n");
}
