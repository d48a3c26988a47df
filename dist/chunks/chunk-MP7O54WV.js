import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  deadlineText,
  renderMarker
} from "./chunk-WOCDELLY.js";
import {
  parseRepoName
} from "./chunk-PW6O7USS.js";

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

// src/tracking/labels.ts
import { createHash } from "node:crypto";
var MAX = 50;
var TYPE_DESCRIPTIONS = {
  prevent: "Postmortem action item that keeps the incident from happening again",
  mitigate: "Postmortem action item that lessens the impact if it happens again",
  detect: "Postmortem action item that makes the problem show up sooner",
  process: "Postmortem action item that changes how the team works",
  repair: "Postmortem action item that repairs what the incident damaged",
  investigate: "Postmortem action item that finds out more about the cause"
};
function reportLabel(path, config) {
  const short = path.replace(/^(?:docs\/)?postmortems\//, "").replace(/\.md$/i, "").replace(/,/g, "_");
  const name = `${config.labels.report}${short}`;
  if (name.length <= MAX) return name;
  const hash = createHash("sha256").update(path).digest("hex").slice(0, 6);
  return `${name.slice(0, MAX - 7)}~${hash}`;
}
var isReportLabel = (name, config) => name.startsWith(config.labels.report);
function trackerLabels(path, config) {
  return [
    {
      name: config.labels.tracker,
      color: "5319e7",
      description: "Follows the action items of a postmortem until they are done"
    },
    { name: reportLabel(path, config), color: "c5def5", description: `Issues from ${path}`.slice(0, 100) }
  ];
}
function itemLabels(item, path, config) {
  const labels = [
    {
      name: config.labels.action,
      color: "d93f0b",
      description: "Action item from a postmortem, tracked until done"
    },
    { name: reportLabel(path, config), color: "c5def5", description: `Issues from ${path}`.slice(0, 100) }
  ];
  if (config.labels.priority && item.priority) {
    const colors = {
      P0: "b60205",
      P1: "d93f0b",
      P2: "fbca04",
      P3: "0e8a16",
      P4: "c2e0c6"
    };
    labels.push({
      name: `priority: ${item.priority}`,
      color: colors[item.priority] ?? "ededed",
      description: `Postmortem action item of priority ${item.priority} (P0 is the most urgent)`
    });
  }
  if (config.labels.type && item.type) {
    labels.push({
      name: `type: ${item.type}`,
      color: "1d76db",
      description: TYPE_DESCRIPTIONS[item.type]
    });
  }
  return labels;
}
var overdueLabelSpec = (name) => ({
  name,
  color: "b60205",
  description: "Postmortem action item past its due date"
});

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
function detailsTable(item, due) {
  const rows = [];
  if (item.owners.length > 0) rows.push(["Owners", item.owners.join(", ")]);
  if (due?.source === "policy") rows.push(["Due", `${due.day}, from the ${due.policy} policy`]);
  else if (item.due) rows.push(["Due", item.due]);
  if (item.priority) rows.push(["Priority", item.priority]);
  if (item.type) rows.push(["Type", item.type]);
  if (item.group) rows.push(["Part", item.group === "tasks" ? "Tasks" : "Improvements"]);
  if (rows.length === 0) return [];
  return ["| | |", "| --- | --- |", ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, "\\|")} |`), ""];
}
function itemBody(ctx, item, people, trackerRef, due) {
  const lines = [
    item.text !== item.title ? `${item.title}

> ${item.text}` : item.title,
    "",
    ...detailsTable(item, due),
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
function entryLine(entry, state, ref, due, reason) {
  const title = state === "not_planned" ? `~~${entry.title}~~` : entry.title;
  const details = [
    entry.owners?.length ? entry.owners.join(", ") : "",
    state === "open" && due && due.policy !== "default" ? deadlineText(due) : entry.due ? `due ${entry.due}` : "",
    entry.priority ?? "",
    state === "not_planned" && reason !== void 0 ? wontDoText(reason) : stateText[state]
  ].filter(Boolean);
  const unreached = entry.unreached ? ` \u26A0\uFE0F ${ref ?? "the issue"} could not be reached (${entry.unreached})` : "";
  return `- [${state === "open" ? " " : "x"}] ${ref ? `${ref} ` : ""}${title}${details.length ? ` (${details.join(" \xB7 ")})` : ""}${unreached}`;
}
var wontDoText = (reason) => reason ? `won't do: ${reason.replace(/[()]/g, "")}` : "won't do, no reason given";
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
var GENERATED_START = "<!-- postmortem-tracker: generated part, rewritten on every update; write your notes above or below it -->";
var GENERATED_END = "<!-- postmortem-tracker: end of the generated part -->";
function trackerNotes(body) {
  const start = body.indexOf(GENERATED_START);
  const end = body.indexOf(GENERATED_END, start);
  const marker = body.lastIndexOf("<!-- postmortem-tracker {");
  if (start < 0 && marker < 0) return { before: body.trim(), after: "" };
  if (start < 0 || end < 0) return { before: "", after: "" };
  const afterEnd = end + GENERATED_END.length;
  return {
    before: body.slice(0, start).trim(),
    after: body.slice(afterEnd, marker > afterEnd ? marker : void 0).trim()
  };
}
function checklistLines(body) {
  const start = body.indexOf(GENERATED_START);
  const end = body.indexOf(GENERATED_END, start);
  const part = start >= 0 && end >= 0 ? body.slice(start, end) : body;
  return part.split("\n").filter((line) => line.startsWith("- [ ] ") || line.startsWith("- [x] "));
}
function trackerBody(header, lines, resolved, total, marker, notes = { before: "", after: "" }) {
  return [
    ...notes.before ? [notes.before, ""] : [],
    GENERATED_START,
    `Follow-up of the postmortem [${header.title}](${header.url}), merged in ${header.mergedIn}.`,
    ...header.facts.length > 0 ? ["", header.facts.join(" \xB7 ")] : [],
    "",
    `**Progress: ${resolved} of ${total} resolved**`,
    "",
    ...lines.length > 0 ? lines : ["No action items."],
    "",
    "This issue stays open while any item is open, and is closed when all are resolved.",
    GENERATED_END,
    ...notes.after ? ["", notes.after] : [],
    "",
    renderMarker(marker)
  ].join("\n");
}
function removedComment(ctx) {
  return `This action item is no longer in [${ctx.report.title}](${reportUrl(ctx)}) as of ${pullRequestText(ctx)}, so it is closed as not planned. Reopen it if it still matters.`;
}
function mergedComment(ctx, into) {
  return `This action item was merged into ${into} in [${ctx.report.title}](${reportUrl(ctx)}) as of ${pullRequestText(ctx)}, so it is closed as not planned; the work goes on there.`;
}
function linkedComment(ctx, item, trackerRef) {
  return [
    `The postmortem [${ctx.report.title}](${reportUrl(ctx, item.line)}) (line ${item.line}), merged in ${pullRequestText(ctx)}, lists this issue as an action item, tracked by ${trackerRef}:`,
    "",
    `> ${item.text}`,
    "",
    ...detailsTable(item)
  ].join("\n").trimEnd();
}
function checkedComment(ctx) {
  return `This action item is checked as done in [${ctx.report.title}](${reportUrl(ctx)}) as of ${pullRequestText(ctx)}.`;
}
function allResolvedComment(resolved, notPlanned) {
  const wont = notPlanned > 0 ? ` (${notPlanned} closed as not planned)` : "";
  return `All ${resolved} action items of this postmortem are resolved${wont}. Closing the follow-up.`;
}

export {
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
  trackerNotes,
  checklistLines,
  trackerBody,
  removedComment,
  mergedComment,
  linkedComment,
  checkedComment,
  allResolvedComment,
  reportLabel,
  isReportLabel,
  trackerLabels,
  itemLabels,
  overdueLabelSpec
};
