import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  awaitingReview
} from "./chunk-GQVOYSLM.js";
import "./chunk-6O52L57I.js";
import {
  entryRepo
} from "./chunk-EL7PGEC2.js";
import {
  writeJobSummary
} from "./chunk-TPBNKM5L.js";
import {
  info,
  setOutput
} from "./chunk-DTFMBWHE.js";
import "./chunk-MP7O54WV.js";
import "./chunk-PJCCAW4A.js";
import {
  deadlineBy,
  deadlineRules,
  ourTracker,
  severityLevel,
  writtenByAnApp
} from "./chunk-WOCDELLY.js";
import {
  DateTime,
  issueKey,
  repoName
} from "./chunk-PW6O7USS.js";
import "./chunk-AEGC4ICH.js";

// src/action/jobs/report.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

// src/metrics/stats.ts
var DAY = 864e5;
var days = (from, to) => (new Date(to).getTime() - Date.parse(from)) / DAY;
var rate = (part, whole) => whole === 0 ? null : Math.round(part / whole * 1e3) / 1e3;
function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const index = Math.max(0, Math.ceil(p * sorted.length) - 1);
  return Math.round((sorted[index] ?? 0) * 10) / 10;
}
function monthsBetween(first, last) {
  const out = [];
  let [y, m] = first.split("-").map(Number);
  const [ly, lm] = last.split("-").map(Number);
  while (y < ly || y === ly && m <= lm) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}
function dayOf(time, zone = "UTC") {
  const at = typeof time === "string" ? DateTime.fromISO(time, { zone }) : DateTime.fromJSDate(time, { zone });
  return at.isValid ? at.toISODate() ?? "" : new Date(time).toISOString().slice(0, 10);
}
var monthOf = (time, zone = "UTC") => dayOf(time, zone).slice(0, 7);

// src/metrics/compute.ts
var isOverdue = (item, { today }) => item.state === "open" && item.due !== null && item.due < today;
var onTime = (item, { zone }) => item.state === "done" && item.due !== null && item.closed !== null && dayOf(item.closed, zone) <= item.due;
function countsOf(items, today) {
  const n2 = (f) => items.filter(f).length;
  const done = n2((i) => i.state === "done");
  const wontDo = n2((i) => i.state === "wont_do");
  const doneWithDue = n2((i) => i.state === "done" && i.due !== null && i.closed !== null);
  return {
    items: items.length,
    open: n2((i) => i.state === "open"),
    done,
    wontDo,
    overdue: n2((i) => isOverdue(i, today)),
    completionRate: rate(done, items.length - wontDo),
    onTimeRate: rate(
      n2((i) => onTime(i, today)),
      doneWithDue
    )
  };
}
function byMonth(trackers, input, today) {
  const dated = trackers.map((t) => monthOf(t.date, today.zone)).sort();
  const first = input.since ? input.since.slice(0, 7) : dated[0];
  if (!first) return [];
  return monthsBetween(first, today.today.slice(0, 7)).map((month) => {
    const inMonth = trackers.filter((t) => monthOf(t.date, today.zone) === month);
    const items = inMonth.flatMap((t) => t.items);
    return { month, incidents: inMonth.length, ...countsOf(items, today) };
  });
}
var byName = (a2, b) => a2.name < b.name ? -1 : a2.name > b.name ? 1 : 0;
var bySize = (a2, b) => b.items - a2.items || byName(a2, b);
function grouped(tracked, names, today, order) {
  const groups = /* @__PURE__ */ new Map();
  for (const t of tracked)
    for (const name of names(t)) groups.set(name, [...groups.get(name) ?? [], t.item]);
  return [...groups.entries()].map(([name, items]) => ({ name, ...countsOf(items, today) })).sort(order);
}
function oldestOpen(tracked, now, today, limit) {
  return tracked.filter(({ item }) => item.state === "open").sort((a2, b) => Date.parse(a2.item.opened) - Date.parse(b.item.opened)).slice(0, limit).map(({ tracker, item }) => ({
    title: item.title,
    ref: item.ref,
    url: item.url,
    tracker: tracker.ref,
    trackerUrl: tracker.url,
    owners: item.owners,
    due: item.due,
    ageDays: Math.floor(days(item.opened, now)),
    overdue: isOverdue(item, today)
  }));
}
function timeToClose(items) {
  const spans = items.filter((i) => i.state === "done" && i.closed !== null).map((i) => Math.max(0, days(i.opened, i.closed))).sort((a2, b) => a2 - b);
  return { count: spans.length, medianDays: percentile(spans, 0.5), p90Days: percentile(spans, 0.9) };
}
function followThrough(input) {
  const zone = input.timezone ?? "UTC";
  const today = { today: dayOf(input.now, zone), zone };
  const since = input.since ?? null;
  const trackers = input.trackers.filter((t) => !since || dayOf(t.date, zone) >= since).sort((a2, b) => Date.parse(a2.date) - Date.parse(b.date) || (a2.ref < b.ref ? -1 : 1));
  const tracked = trackers.flatMap((tracker) => tracker.items.map((item) => ({ tracker, item })));
  const items = tracked.map((t) => t.item);
  return {
    generated: input.now.toISOString(),
    since,
    trackers: trackers.length,
    totals: countsOf(items, today),
    timeToClose: timeToClose(items),
    byMonth: byMonth(trackers, input, today),
    // Severities in their order (SEV-1 first), owners by how many items they have.
    bySeverity: grouped(tracked, (t) => [t.tracker.severity ?? "unknown"], today, byName),
    byOwner: grouped(
      tracked,
      (t) => t.item.owners.length > 0 ? t.item.owners : ["(no owner)"],
      today,
      bySize
    ),
    oldestOpen: oldestOpen(tracked, input.now, today, input.oldest ?? 10),
    awaitingReview: trackers.filter((t) => t.awaitingReview).map((t) => ({ ref: t.ref, url: t.url, title: t.title, date: dayOf(t.date, zone) }))
  };
}

// src/jobs/installation-sweep.ts
var MAX_RESULTS = 1e3;
async function searchAll(client, query, from, onPage) {
  const found = /* @__PURE__ */ new Map();
  let since = from ?? null;
  for (; ; ) {
    const q = since ? `${query} created:>=${since}` : query;
    let last;
    let seen = 0;
    for (let page = 1; page * 100 <= MAX_RESULTS; page += 1) {
      const { items, total } = await client.searchIssues(q, page);
      for (const item of items) found.set(`${repoName(item.issue.repo)}#${item.issue.number}`, item);
      onPage?.(found.size, total);
      seen += items.length;
      last = items.at(-1) ?? last;
      if (items.length < 100) return [...found.values()];
    }
    if (!last || seen < MAX_RESULTS || last.created === since) return [...found.values()];
    since = last.created;
  }
}
var authorQualifier = (botLogin) => botLogin.endsWith("[bot]") ? `author:app/${botLogin.slice(0, -"[bot]".length)}` : `author:${botLogin}`;

// src/jobs/follow-through.ts
var BATCH = 100;
function trackerQuery(request, botLogin) {
  const where = "org" in request.scope ? `org:${request.scope.org}` : `repo:${repoName(request.scope.repo)}`;
  return `is:issue label:"${request.trackerLabel.replaceAll('"', "")}" ${authorQualifier(botLogin)} ${where}`;
}
async function findTrackers(query, since, deps) {
  const from = since ? new Date(Date.parse(`${since}T00:00:00Z`) - 864e5).toISOString().slice(0, 10) : void 0;
  return searchAll(
    deps.client,
    query,
    from,
    (read, total) => deps.progress?.(`read ${read} of ~${total} trackers`)
  );
}
var refOf = (t, e) => e.issue === null ? null : { repo: entryRepo(e, t.issue.repo), number: e.issue };
async function readItems(refs, deps) {
  const out = /* @__PURE__ */ new Map();
  for (let start = 0; start < refs.length; start += BATCH) {
    for (const [k, v] of await deps.client.issueSnapshots(refs.slice(start, start + BATCH))) out.set(k, v);
    deps.progress?.(`read ${Math.min(start + BATCH, refs.length)} of ${refs.length} action items`);
  }
  return out;
}
var STATES = { open: "open", completed: "done", not_planned: "wont_do" };
function itemFact(t, e, snapshots, serverUrl, rules) {
  const ref = refOf(t, e);
  const snapshot = ref ? snapshots.get(issueKey(ref.repo, ref.number)) : null;
  const opened = e.added ?? t.marker.merged;
  const state = ref === null && e.done ? "done" : STATES[snapshot?.state ?? e.state ?? "open"] ?? "open";
  const closed = snapshot?.closedAt ?? (ref === null && e.done ? opened : null);
  const owners = (e.owners ?? []).length > 0 ? e.owners ?? [] : snapshot?.assignees ?? [];
  return {
    title: e.title,
    state,
    ref: ref ? `${repoName(ref.repo)}#${ref.number}` : null,
    url: ref ? `${serverUrl}/${repoName(ref.repo)}/issues/${ref.number}` : null,
    owners: owners.map((o) => o.replace(/^@/, "")),
    // Due as the reminders count it: the item's own date, else its severity's or priority's policy.
    due: rules ? deadlineBy(e, { merged: t.marker.merged, severity: t.marker.severity ?? null }, rules).day : e.due ?? null,
    opened,
    closed: state === "open" ? null : closed
  };
}
function severityName(severity) {
  const level = severityLevel(severity);
  return level !== null ? `SEV-${level}` : severity ?? null;
}
var validDate = (d) => d && !Number.isNaN(Date.parse(d)) ? d : null;
async function followThroughReport(request, deps) {
  const found = await findTrackers(trackerQuery(request, deps.botLogin), request.since, deps);
  const trackers = found.flatMap((f) => {
    const t = ourTracker(f.issue, deps.botLogin);
    return t ? [{ t, found: f }] : [];
  });
  const refs = trackers.flatMap(({ t }) => t.marker.items.flatMap((e) => refOf(t, e) ?? []));
  const snapshots = await readItems(refs, deps);
  const facts = trackers.map(({ t, found: f }) => {
    const serverUrl = new URL(f.htmlUrl).origin;
    return {
      ref: `${repoName(t.issue.repo)}#${t.issue.number}`,
      url: f.htmlUrl,
      title: t.marker.title,
      date: validDate(t.marker.date) ?? t.marker.merged,
      severity: severityName(t.marker.severity),
      awaitingReview: awaitingReview(t.issue, t.marker.sweep ?? {}),
      items: t.marker.items.map((e) => itemFact(t, e, snapshots, serverUrl, request.deadlines))
    };
  });
  const report = followThrough({
    trackers: facts,
    now: deps.now(),
    since: request.since ?? null,
    ...request.deadlines ? { timezone: request.deadlines.zone } : {}
  });
  return { report, requests: deps.client.requests, items: refs.length };
}

// src/metrics/pinned.ts
var PINNED_TITLE = "Postmortem follow-through";
var PINNED_LABEL = "postmortem-follow-through";
var PINNED_MARKER = "<!-- postmortem-tracker follow-through -->";
var PINNED_DONE = "<!-- postmortem-tracker follow-through pinned -->";
var MARKER_START = "<!-- postmortem-tracker follow-through";
var pinRecorded = (issue) => issue.body.includes(PINNED_DONE);
var MAX_BODY = 65e3;
function pinnedBody(markdown, pinned = false) {
  const text = markdown.length > MAX_BODY ? `${markdown.slice(0, MAX_BODY)}

\u2026cut here: the full report is in the workflow's job summary.
` : markdown;
  return `${text.trimEnd()}

${pinned ? PINNED_DONE : PINNED_MARKER}
`;
}
function findPinned(issues, botLogin) {
  const ours = issues.filter((i) => writtenByAnApp(i.author, botLogin) && i.body.includes(MARKER_START)).sort((a2, b) => a2.number - b.number);
  return ours[0] ?? null;
}
var PINNED_KEY = "follow-through";
var GENERATED = /<sub>Generated [^<]*<\/sub>/g;
var sameReport = (a2, b) => a2.replace(GENERATED, "") === b.replace(GENERATED, "");
function planPinned(repo, existing, markdown, pinned = false) {
  const body = pinnedBody(markdown, pinned);
  if (existing) {
    return sameReport(existing.body, body) ? [] : [{ op: "updateIssue", repo, issue: { existing: existing.number }, body }];
  }
  return [
    {
      op: "ensureLabel",
      repo,
      name: PINNED_LABEL,
      color: "0e8a16",
      description: "The follow-through report of postmortem action items"
    },
    {
      op: "createIssue",
      key: PINNED_KEY,
      repo,
      title: PINNED_TITLE,
      body,
      labels: [PINNED_LABEL],
      assignees: []
    }
  ];
}

// src/jobs/follow-through-issue.ts
async function pinOnce(repo, node, deps) {
  const before = deps.gateway.skipped.length;
  await deps.gateway.apply([{ op: "pinIssue", repo, node }]);
  return deps.gateway.skipped.length === before;
}
async function publishPinned(repo, markdown, deps) {
  const existing = findPinned(await deps.client.issuesWithLabel(repo, PINNED_LABEL), deps.botLogin);
  const made = existing ? void 0 : (await deps.gateway.apply(planPinned(repo, null, markdown))).get(PINNED_KEY);
  const node = existing ?? made;
  if (!node) return { outcome: "created", number: null };
  const pinned = existing !== null && pinRecorded(existing) || await pinOnce(repo, node, deps);
  const current = { number: node.number, body: existing?.body ?? pinnedBody(markdown) };
  const ops = planPinned(repo, current, markdown, pinned);
  await deps.gateway.apply(ops);
  const outcome = existing ? ops.length > 0 ? "updated" : "unchanged" : "created";
  return { outcome, number: node.number };
}

// src/metrics/escape.ts
var esc = (s) => s.replace(
  /[&<>"']/g,
  (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c
);
var safeUrl = (url) => url && /^https?:\/\//i.test(url) ? url : null;

// src/metrics/format.ts
var percent = (r) => r === null ? "\u2013" : `${Math.round(r * 1e3) / 10} %`;
var daysText = (d) => d === null ? "\u2013" : `${d} d`;
var COUNT_HEADERS = ["Items", "Open", "Done", "Won't do", "Overdue", "Completion", "On time"];
var countCells = (c) => [
  String(c.items),
  String(c.open),
  String(c.done),
  String(c.wontDo),
  String(c.overdue),
  percent(c.completionRate),
  percent(c.onTimeRate)
];

// src/metrics/svg.ts
var n = (x) => String(Math.round(x * 10) / 10);
function pieChart(id, title, slices) {
  const total = slices.reduce((s, x) => s + x.value, 0);
  const r = 80;
  let angle = -Math.PI / 2;
  const paths = slices.filter((s) => s.value > 0).map((s) => {
    const sweep2 = s.value / total * 2 * Math.PI;
    const [x1, y1] = [100 + r * Math.cos(angle), 100 + r * Math.sin(angle)];
    angle += sweep2;
    const [x2, y2] = [100 + r * Math.cos(angle), 100 + r * Math.sin(angle)];
    const d = s.value === total ? `M ${100 - r} 100 a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0` : `M 100 100 L ${n(x1)} ${n(y1)} A ${r} ${r} 0 ${sweep2 > Math.PI ? 1 : 0} 1 ${n(x2)} ${n(y2)} Z`;
    return `<path class="slice" d="${d}" fill="${s.color}"><title>${esc(s.label)}: ${s.value}</title></path>`;
  });
  const legend = slices.map(
    (s, i) => `<rect x="220" y="${30 + i * 28}" width="14" height="14" fill="${s.color}"/><text class="legend" x="242" y="${42 + i * 28}">${esc(s.label)}: ${s.value}</text>`
  );
  return svg(id, title, 420, 200, [...paths, ...legend]);
}
function barLineChart(id, title, bars) {
  const width = Math.max(360, 60 + bars.length * 56);
  const [top, bottom, height] = [20, 40, 240];
  const plot = height - top - bottom;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const x = (i) => 50 + i * 56;
  const y = (v) => top + plot - v / max * plot;
  const shapes = bars.flatMap((b, i) => [
    `<rect class="bar" x="${x(i)}" y="${n(y(b.value))}" width="32" height="${n(plot - (y(b.value) - top))}" fill="#4c78a8"><title>${esc(b.label)}: ${b.value}</title></rect>`,
    `<text class="value" x="${x(i) + 16}" y="${n(y(b.value) - 4)}" text-anchor="middle">${b.value}</text>`,
    `<text class="axis" x="${x(i) + 16}" y="${height - bottom + 16}" text-anchor="middle">${esc(b.label)}</text>`
  ]);
  const points = bars.map((b, i) => b.line === null ? null : `${x(i) + 16},${n(top + plot - b.line * plot)}`).filter((p) => p !== null);
  const dots = bars.flatMap(
    (b, i) => b.line === null ? [] : [
      `<circle class="point" cx="${x(i) + 16}" cy="${n(top + plot - b.line * plot)}" r="4" fill="#e45756"><title>${esc(b.label)}: ${Math.round(b.line * 100)} %</title></circle>`
    ]
  );
  const line = points.length > 1 ? [
    `<polyline class="line" points="${points.join(" ")}" fill="none" stroke="#e45756" stroke-width="2"/>`
  ] : [];
  const axis = [
    `<line x1="44" y1="${top + plot}" x2="${width - 10}" y2="${top + plot}" stroke="#888"/>`,
    `<text class="scale" x="${width - 4}" y="${top + 4}" text-anchor="end" fill="#e45756">100 %</text>`,
    `<text class="scale" x="${width - 4}" y="${top + plot}" text-anchor="end" fill="#e45756">0 %</text>`
  ].join("");
  return svg(id, title, width, height, [axis, ...shapes, ...line, ...dots]);
}
function svg(id, title, width, height, body) {
  return `<svg data-chart="${esc(id)}" role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>${esc(title)}</title>${body.join("")}</svg>`;
}

// src/metrics/html.ts
var STYLE = `body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1f2328}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #d0d7de;padding:.25rem .6rem;text-align:right}
th:first-child,td:first-child{text-align:left}th{background:#f6f8fa}
.cards{display:flex;flex-wrap:wrap;gap:1rem}.card{border:1px solid #d0d7de;border-radius:6px;padding:.6rem 1rem;min-width:8rem}
.card b{display:block;font-size:1.5rem}.charts{display:flex;flex-wrap:wrap;gap:2rem;align-items:flex-start}
svg{max-width:100%;height:auto}svg text{font-size:12px;fill:#1f2328}svg text.scale{fill:#e45756}figure{margin:0}figcaption{font-weight:600;margin-bottom:.3rem}.overdue{color:#cf222e;font-weight:600}a{color:#0969da}`;
var a = (text, url) => {
  const safe = safeUrl(url);
  return safe ? `<a href="${esc(safe)}">${esc(text)}</a>` : esc(text);
};
function table(headers, rows) {
  const head = headers.map((h) => `<th>${esc(h)}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("");
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
var groupTable = (name, rows) => table(
  [name, ...COUNT_HEADERS],
  rows.map((r) => [esc(r.name), ...countCells(r).map(esc)])
);
function cards(m) {
  const t = m.totals;
  const card = (label, value) => `<div class="card"><b>${esc(value)}</b>${esc(label)}</div>`;
  return `<div class="cards">${[
    card("postmortems", String(m.trackers)),
    card("open items", String(t.open)),
    card("overdue", String(t.overdue)),
    card("completion", percent(t.completionRate)),
    card("on time", percent(t.onTimeRate)),
    card("median time to close", daysText(m.timeToClose.medianDays)),
    card("p90 time to close", daysText(m.timeToClose.p90Days))
  ].join("")}</div>`;
}
function charts(m) {
  const t = m.totals;
  const pie = pieChart("states", "Action items by state", [
    { label: "Done", value: t.done, color: "#54a24b" },
    { label: "Open", value: t.open - t.overdue, color: "#4c78a8" },
    { label: "Overdue", value: t.overdue, color: "#e45756" },
    { label: "Won't do", value: t.wontDo, color: "#9d9da1" }
  ]);
  const trend = barLineChart(
    "trend",
    "Action items (bars) and completion (line) by month of incident",
    m.byMonth.map((r) => ({ label: r.month, value: r.items, line: r.completionRate }))
  );
  const severity = barLineChart(
    "severity",
    "Action items (bars) and completion (line) by severity",
    m.bySeverity.map((r) => ({ label: r.name, value: r.items, line: r.completionRate }))
  );
  const figure = (caption, chart) => `<figure><figcaption>${esc(caption)}</figcaption>${chart}</figure>`;
  return `<div class="charts">${figure("Action items by state", pie)}${figure("Items (bars) and completion (line) by month of incident", trend)}${figure("Items (bars) and completion (line) by severity", severity)}</div>`;
}
function oldest(m) {
  if (m.oldestOpen.length === 0) return "<p>No open items.</p>";
  return table(
    ["Item", "Issue", "Tracker", "Owners", "Due", "Age"],
    m.oldestOpen.map((i) => [
      esc(i.title),
      a(i.ref ?? "\u2013", i.url),
      a(i.tracker, i.trackerUrl),
      esc(i.owners.map((o) => `@${o}`).join(", ") || "\u2013"),
      i.due ? `<span class="${i.overdue ? "overdue" : ""}">${esc(i.due)}</span>` : "\u2013",
      `${i.ageDays} d`
    ])
  );
}
function reviews(m) {
  if (m.awaitingReview.length === 0) return "<p>None.</p>";
  return `<ul>${m.awaitingReview.map((r) => `<li>${a(`${r.ref} ${r.title}`, r.url)} (incident ${esc(r.date)})</li>`).join("")}</ul>`;
}
function followThroughHtml(m, title = "Postmortem follow-through") {
  const months = table(
    ["Month", "Incidents", ...COUNT_HEADERS],
    m.byMonth.map((r) => [esc(r.month), String(r.incidents), ...countCells(r).map(esc)])
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

// src/metrics/markdown.ts
var cell = (s) => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ").replace(/</g, "&lt;");
function table2(headers, rows) {
  return [
    `| ${headers.join(" | ")} |`,
    `| ${headers.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)
  ].join("\n");
}
var link = (text, url) => url ? `[${text}](${url})` : text;
function trendChart(m) {
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
    "```"
  ].join("\n");
}
function statePie(m) {
  const t = m.totals;
  return [
    "```mermaid",
    "pie showData",
    '  title "Action items by state"',
    `  "Done" : ${t.done}`,
    `  "Open" : ${t.open - t.overdue}`,
    `  "Overdue" : ${t.overdue}`,
    `  "Won't do" : ${t.wontDo}`,
    "```"
  ].join("\n");
}
var groupTable2 = (name, rows) => table2(
  [name, ...COUNT_HEADERS],
  rows.map((r) => [r.name, ...countCells(r)])
);
function oldest2(m) {
  if (m.oldestOpen.length === 0) return "No open items.";
  return table2(
    ["Item", "Issue", "Tracker", "Owners", "Due", "Age"],
    m.oldestOpen.map((i) => [
      i.title,
      link(i.ref ?? "\u2013", i.url),
      link(i.tracker, i.trackerUrl),
      // In code: the report names owners without notifying them (the pinned issue is rewritten often).
      i.owners.map((o) => `\`@${o}\``).join(", ") || "\u2013",
      i.due ? `${i.due}${i.overdue ? " (overdue)" : ""}` : "\u2013",
      `${i.ageDays} d`
    ])
  );
}
function reviews2(m) {
  if (m.awaitingReview.length === 0) return "None.";
  return m.awaitingReview.map((r) => `- ${link(`${r.ref} ${cell(r.title)}`, r.url)} (incident ${r.date})`).join("\n");
}
function followThroughMarkdown(m) {
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
    table2(
      ["Month", "Incidents", ...COUNT_HEADERS],
      m.byMonth.map((r) => [r.month, String(r.incidents), ...countCells(r)])
    ),
    "",
    "### By severity",
    "",
    groupTable2("Severity", m.bySeverity),
    "",
    "### By owner or team",
    "",
    groupTable2("Owner", m.byOwner),
    "",
    "### Oldest open items",
    "",
    oldest2(m),
    "",
    "### Awaiting the review of effectiveness",
    "",
    reviews2(m),
    "",
    `<sub>Generated ${m.generated}.</sub>`,
    ""
  ].join("\n");
}

// src/action/jobs/report.ts
async function reportJob({ repo, inputs, deps }, env) {
  const result = await followThroughReport(
    {
      scope: { repo },
      trackerLabel: deps.config.labels.tracker,
      deadlines: deadlineRules(deps.config)
    },
    { client: deps.client, botLogin: deps.botLogin, now: deps.now, progress: (line) => info(line) }
  );
  const markdown = followThroughMarkdown(result.report);
  writeJobSummary(env, markdown);
  if (inputs.reportHtml) {
    const file = resolve(env.GITHUB_WORKSPACE ?? ".", inputs.reportHtml);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, followThroughHtml(result.report, `Postmortem follow-through: ${repoName(repo)}`));
    info(`wrote ${file}`);
  }
  if (inputs.reportIssue) {
    const pinned = await publishPinned(repo, markdown, deps);
    info(`pinned follow-through issue: ${pinned.outcome}${pinned.number ? ` (#${pinned.number})` : ""}`);
    if (pinned.number) setOutput("report-issue", pinned.number);
  }
  setOutput("completion-rate", result.report.totals.completionRate ?? "");
  setOutput("trackers", result.report.trackers);
  setOutput("open-items", result.report.totals.open);
  setOutput("overdue-items", result.report.totals.overdue);
  info(
    `${result.report.trackers} tracker(s), ${result.items} item issue(s); ${deps.client.requests} request(s)`
  );
}
export {
  reportJob
};
