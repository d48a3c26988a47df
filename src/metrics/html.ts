import { esc, safeUrl } from "./escape.ts";
import { COUNT_HEADERS, countCells, daysText, percent } from "./format.ts";
import { barLineChart, pieChart } from "./svg.ts";
import type { FollowThrough, GroupRow } from "./types.ts";

/** One self-contained page (inline CSS and SVG, no script, nothing fetched) for GitHub Pages. */

const STYLE = `body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1f2328}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #d0d7de;padding:.25rem .6rem;text-align:right}
th:first-child,td:first-child{text-align:left}th{background:#f6f8fa}
.cards{display:flex;flex-wrap:wrap;gap:1rem}.card{border:1px solid #d0d7de;border-radius:6px;padding:.6rem 1rem;min-width:8rem}
.card b{display:block;font-size:1.5rem}.charts{display:flex;flex-wrap:wrap;gap:2rem;align-items:flex-start}
svg{max-width:100%;height:auto}svg text{font-size:12px;fill:#1f2328}svg text.scale{fill:#e45756}figure{margin:0}figcaption{font-weight:600;margin-bottom:.3rem}.overdue{color:#cf222e;font-weight:600}a{color:#0969da}`;

const a = (text: string, url: string | null) => {
  const safe = safeUrl(url);
  return safe ? `<a href="${esc(safe)}">${esc(text)}</a>` : esc(text);
};

function table(headers: string[], rows: string[][]): string {
  const head = headers.map((h) => `<th>${esc(h)}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("");
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

const groupTable = (name: string, rows: GroupRow[]) =>
  table(
    [name, ...COUNT_HEADERS],
    rows.map((r) => [esc(r.name), ...countCells(r).map(esc)]),
  );

function cards(m: FollowThrough): string {
  const t = m.totals;
  const card = (label: string, value: string) => `<div class="card"><b>${esc(value)}</b>${esc(label)}</div>`;
  return `<div class="cards">${[
    card("postmortems", String(m.trackers)),
    card("open items", String(t.open)),
    card("overdue", String(t.overdue)),
    card("completion", percent(t.completionRate)),
    card("on time", percent(t.onTimeRate)),
    card("median time to close", daysText(m.timeToClose.medianDays)),
    card("p90 time to close", daysText(m.timeToClose.p90Days)),
  ].join("")}</div>`;
}

function charts(m: FollowThrough): string {
  const t = m.totals;
  const pie = pieChart("states", "Action items by state", [
    { label: "Done", value: t.done, color: "#54a24b" },
    { label: "Open", value: t.open - t.overdue, color: "#4c78a8" },
    { label: "Overdue", value: t.overdue, color: "#e45756" },
    { label: "Won't do", value: t.wontDo, color: "#9d9da1" },
  ]);
  const trend = barLineChart(
    "trend",
    "Action items (bars) and completion (line) by month of incident",
    m.byMonth.map((r) => ({ label: r.month, value: r.items, line: r.completionRate })),
  );
  const severity = barLineChart(
    "severity",
    "Action items (bars) and completion (line) by severity",
    m.bySeverity.map((r) => ({ label: r.name, value: r.items, line: r.completionRate })),
  );
  const figure = (caption: string, chart: string) =>
    `<figure><figcaption>${esc(caption)}</figcaption>${chart}</figure>`;
  return `<div class="charts">${figure("Action items by state", pie)}${figure("Items (bars) and completion (line) by month of incident", trend)}${figure("Items (bars) and completion (line) by severity", severity)}</div>`;
}

function oldest(m: FollowThrough): string {
  if (m.oldestOpen.length === 0) return "<p>No open items.</p>";
  return table(
    ["Item", "Issue", "Tracker", "Owners", "Due", "Age"],
    m.oldestOpen.map((i) => [
      esc(i.title),
      a(i.ref ?? "–", i.url),
      a(i.tracker, i.trackerUrl),
      esc(i.owners.map((o) => `@${o}`).join(", ") || "–"),
      i.due ? `<span class="${i.overdue ? "overdue" : ""}">${esc(i.due)}</span>` : "–",
      `${i.ageDays} d`,
    ]),
  );
}

function reviews(m: FollowThrough): string {
  if (m.awaitingReview.length === 0) return "<p>None.</p>";
  return `<ul>${m.awaitingReview.map((r) => `<li>${a(`${r.ref} ${r.title}`, r.url)} (incident ${esc(r.date)})</li>`).join("")}</ul>`;
}

export function followThroughHtml(m: FollowThrough, title = "Postmortem follow-through"): string {
  const months = table(
    ["Month", "Incidents", ...COUNT_HEADERS],
    m.byMonth.map((r) => [esc(r.month), String(r.incidents), ...countCells(r).map(esc)]),
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>${STYLE}</style></head>
<body><h1>${esc(title)}</h1>
<p>Generated ${esc(m.generated)}${m.since ? `, incidents since ${esc(m.since)}` : ""}.</p>
${cards(m)}
${charts(m)}
<h2>By month of incident</h2>${months}
<h2>By severity</h2>${groupTable("Severity", m.bySeverity)}
<h2>By owner or team</h2>${groupTable("Owner", m.byOwner)}
<h2>Oldest open items</h2>${oldest(m)}
<h2>Awaiting the review of effectiveness</h2>${reviews(m)}
</body></html>
`;
}
