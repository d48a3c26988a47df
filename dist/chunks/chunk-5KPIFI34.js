import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  parseRepoName
} from "./chunk-HU25QKXB.js";

// src/tracking/marker.ts
var open = "<!-- postmortem-tracker ";
var close = " -->";
function renderMarker(marker) {
  return `${open}${JSON.stringify(marker).replace(/--/g, "-\\u002d")}${close}`;
}
function parseMarker(body) {
  if (!body) return null;
  const start = body.lastIndexOf(open);
  if (start < 0) return null;
  const end = body.indexOf(close, start + open.length);
  if (end < 0) return null;
  try {
    const value = JSON.parse(body.slice(start + open.length, end));
    if (value?.v !== 1 || typeof value.report !== "string") return null;
    if (value.kind === "action" && typeof value.key === "string") return value;
    if (value.kind === "tracker" && Array.isArray(value.items)) return value;
    return null;
  } catch {
    return null;
  }
}

// src/tracking/ours.ts
function ourMarker(issue, botLogin) {
  return issue.author === botLogin ? parseMarker(issue.body) : null;
}
function ourTracker(issue, botLogin) {
  const marker = ourMarker(issue, botLogin);
  return marker?.kind === "tracker" ? { issue, marker } : null;
}
function ourIssues(existing, botLogin, paths) {
  const trackers = [];
  const actions = [];
  for (const issue of [...existing].sort((a, b) => a.number - b.number)) {
    const marker = ourMarker(issue, botLogin);
    if (!marker || !paths.includes(marker.report)) continue;
    if (marker.kind === "tracker") trackers.push({ issue, marker });
    else actions.push({ issue, marker });
  }
  return { tracker: trackers[0] ?? null, actions };
}
var sameSet = (a, b) => a.length === b.length && a.every((x) => b.includes(x));
function mergeLabels(current, wanted) {
  const names = wanted.map((l) => l.name);
  const ours = /^(?:priority|type): /;
  return [.../* @__PURE__ */ new Set([...current.filter((l) => !ours.test(l) || names.includes(l)), ...names])];
}

// src/tracking/text.ts
function truncate(text, max) {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}
var cell = (text) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
function fitBody(text, limit, note) {
  return text.length > limit ? `${text.slice(0, limit)}

${note}` : text;
}

// src/tracking/render.ts
var MAX_TITLE = 256;
function reportUrl(ctx, line) {
  const path = ctx.path.split("/").map(encodeURIComponent).join("/");
  return `${ctx.source.serverUrl}/${ctx.source.owner}/${ctx.source.repo}/blob/${ctx.source.sha}/${path}${line ? `#L${line}` : ""}`;
}
function issueRef(from, repo, number) {
  return from.owner === repo.owner && from.repo === repo.repo ? `#${number}` : `${repo.owner}/${repo.repo}#${number}`;
}
function pullRequestText(ctx) {
  if (ctx.pullRequest === null) return `commit ${ctx.source.sha.slice(0, 7)}`;
  return issueRef(ctx.target, ctx.source, ctx.pullRequest);
}
var trackerTitle = (report) => truncate(`Postmortem follow-up: ${report.title}`, MAX_TITLE);
var itemTitle = (item) => truncate(item.title, MAX_TITLE);
function itemBody(ctx, item, people, trackerRef) {
  const rows = [];
  if (item.owners.length > 0) rows.push(["Owners", item.owners.join(", ")]);
  if (item.due) rows.push(["Due", item.due]);
  if (item.priority) rows.push(["Priority", item.priority]);
  if (item.type) rows.push(["Type", item.type]);
  if (item.group) rows.push(["Part", item.group === "tasks" ? "Tasks" : "Improvements"]);
  const lines = [
    item.text !== item.title ? `${item.title}

> ${item.text}` : item.title,
    "",
    ...rows.length > 0 ? ["| | |", "| --- | --- |", ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, "\\|")} |`), ""] : [],
    `Action item from the postmortem [${ctx.report.title}](${reportUrl(ctx, item.line)}) (line ${item.line}), merged in ${pullRequestText(ctx)}.`,
    `Tracked by ${trackerRef}.`
  ];
  if (people.mentioned.length > 0) {
    lines.push(
      "",
      `${people.mentioned.join(", ")}: named as owner${people.mentioned.length > 1 ? "s" : ""} in the report, but cannot be assigned here (a team, or not a collaborator of this repository).`
    );
  }
  lines.push("", renderMarker({ v: 1, kind: "action", report: ctx.path, key: item.key }));
  return lines.join("\n");
}
var stateText = {
  open: "",
  completed: "closed",
  not_planned: "won't do",
  done: "done in the report"
};
function entryLine(entry, state, ref) {
  const title = state === "not_planned" ? `~~${entry.title}~~` : entry.title;
  const details = [
    entry.owners?.length ? entry.owners.join(", ") : "",
    entry.due ? `due ${entry.due}` : "",
    entry.priority ?? "",
    stateText[state]
  ].filter(Boolean);
  return `- [${state === "open" ? " " : "x"}] ${ref ? `${ref} ` : ""}${title}${details.length ? ` (${details.join(" \xB7 ")})` : ""}`;
}
function headerFromReport(ctx) {
  const meta = ctx.report.frontMatter;
  const facts = [
    typeof meta.severity === "string" || typeof meta.severity === "number" ? `Severity: ${meta.severity}` : "",
    typeof meta.date === "string" ? `Date: ${meta.date}` : ""
  ].filter(Boolean);
  return { title: ctx.report.title, url: reportUrl(ctx), mergedIn: pullRequestText(ctx), facts };
}
function headerFromMarker(marker, serverUrl, target) {
  const source = parseRepoName(marker.source);
  const path = marker.report.split("/").map(encodeURIComponent).join("/");
  const facts = [
    marker.severity ? `Severity: ${marker.severity}` : "",
    marker.date ? `Date: ${marker.date}` : ""
  ].filter(Boolean);
  return {
    title: marker.title,
    url: `${serverUrl}/${marker.source}/blob/${marker.sha}/${path}`,
    mergedIn: marker.pr === null ? `commit ${marker.sha.slice(0, 7)}` : issueRef(target, source, marker.pr),
    facts
  };
}
function trackerBody(header, lines, resolved, total, marker) {
  return [
    `Follow-up of the postmortem [${header.title}](${header.url}), merged in ${header.mergedIn}.`,
    ...header.facts.length > 0 ? ["", header.facts.join(" \xB7 ")] : [],
    "",
    `**Progress: ${resolved} of ${total} resolved**`,
    "",
    ...lines.length > 0 ? lines : ["No action items."],
    "",
    "This issue stays open while any item is open, and is closed when all are resolved.",
    "",
    renderMarker(marker)
  ].join("\n");
}
function removedComment(ctx) {
  return `This action item is no longer in [${ctx.report.title}](${reportUrl(ctx)}) as of ${pullRequestText(ctx)}, so it is closed as not planned. Reopen it if it still matters.`;
}
function linkedComment(ctx, item, trackerRef) {
  return `The postmortem [${ctx.report.title}](${reportUrl(ctx, item.line)}) lists this issue as an action item, tracked by ${trackerRef}.`;
}
function checkedComment(ctx) {
  return `This action item is checked as done in [${ctx.report.title}](${reportUrl(ctx)}) as of ${pullRequestText(ctx)}.`;
}
function allResolvedComment(resolved, notPlanned) {
  const wont = notPlanned > 0 ? ` (${notPlanned} closed as not planned)` : "";
  return `All ${resolved} action items of this postmortem are resolved${wont}. Closing the follow-up.`;
}

export {
  ourTracker,
  ourIssues,
  sameSet,
  mergeLabels,
  truncate,
  cell,
  fitBody,
  reportUrl,
  issueRef,
  trackerTitle,
  itemTitle,
  itemBody,
  entryLine,
  headerFromReport,
  headerFromMarker,
  trackerBody,
  removedComment,
  linkedComment,
  checkedComment,
  allResolvedComment
};
