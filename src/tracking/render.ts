import type { ActionItem, Report } from "../report/index.ts";
import { type Marker, renderMarker, type TrackerEntry, type TrackerMarker } from "./marker.ts";
import { type IssueState, parseRepoName, type RepoId } from "./model.ts";
import { type Deadline, deadlineText } from "./reminders/deadline.ts";
import { truncate } from "./text.ts";

/** The text of every issue and comment we write. Pure: all it needs comes in as values. */

export interface ReportContext {
  report: Report;
  path: string;
  source: RepoId & { sha: string; serverUrl: string };
  pullRequest: number | null;
  /** Tracker and items live here; references to the source repository are written out in full. */
  target: RepoId;
}

/** An item's state in the tracker: its issue's, or done in the report. */
export type ItemState = IssueState | "done";

const MAX_TITLE = 256;

export function reportUrl(ctx: ReportContext, line?: number): string {
  const path = ctx.path.split("/").map(encodeURIComponent).join("/");
  return `${ctx.source.serverUrl}/${ctx.source.owner}/${ctx.source.repo}/blob/${ctx.source.sha}/${path}${line ? `#L${line}` : ""}`;
}

/** `#12` in the same repository, `owner/repo#12` elsewhere. */
export function issueRef(from: RepoId, repo: RepoId, number: number | string): string {
  return from.owner === repo.owner && from.repo === repo.repo
    ? `#${number}`
    : `${repo.owner}/${repo.repo}#${number}`;
}

function pullRequestText(ctx: ReportContext): string {
  if (ctx.pullRequest === null) return `commit ${ctx.source.sha.slice(0, 7)}`;
  return issueRef(ctx.target, ctx.source, ctx.pullRequest);
}

export const trackerTitle = (report: Report) => truncate(`Postmortem follow-up: ${report.title}`, MAX_TITLE);
export const itemTitle = (item: ActionItem) => truncate(item.title, MAX_TITLE);

/** The item's owners, due date, priority, type and part, as a two-column table (none when it has none). */
function detailsTable(item: ActionItem, due?: Deadline): string[] {
  const rows: [string, string][] = [];
  if (item.owners.length > 0) rows.push(["Owners", item.owners.join(", ")]);
  // A date from a policy says which one, so that nobody wonders where it came from.
  if (due?.source === "policy") rows.push(["Due", `${due.day}, from the ${due.policy} policy`]);
  else if (item.due) rows.push(["Due", item.due]);
  if (item.priority) rows.push(["Priority", item.priority]);
  if (item.type) rows.push(["Type", item.type]);
  if (item.group) rows.push(["Part", item.group === "tasks" ? "Tasks" : "Improvements"]);
  if (rows.length === 0) return [];
  return ["| | |", "| --- | --- |", ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, "\\|")} |`), ""];
}

export function itemBody(
  ctx: ReportContext,
  item: ActionItem,
  people: { mentioned: string[] },
  trackerRef: string,
  due?: Deadline,
): string {
  const lines = [
    item.text !== item.title ? `${item.title}\n\n> ${item.text}` : item.title,
    "",
    ...detailsTable(item, due),
    `Action item from the postmortem [${ctx.report.title}](${reportUrl(ctx, item.line)}) (line ${item.line}), merged in ${pullRequestText(ctx)}.`,
    `Tracked by ${trackerRef}.`,
  ];
  if (people.mentioned.length > 0) {
    lines.push(
      "",
      `${people.mentioned.join(", ")}: named as owner${people.mentioned.length > 1 ? "s" : ""} in the report, but cannot be assigned here (a team, or not a collaborator of this repository).`,
    );
  }
  lines.push("", renderMarker({ v: 1, kind: "action", report: ctx.path, key: item.key }));
  return lines.join("\n");
}

const stateText: Record<ItemState, string> = {
  open: "",
  completed: "closed",
  not_planned: "won't do",
  done: "done in the report",
};

/**
 * One checklist line of the tracker; `ref` is the item's issue as text (`#12`), if it has one. An open
 * item shows a deadline from a severity or priority policy with its source (the default's would be on
 * every line; its issue says it); a resolved one only the report's own date.
 */
export function entryLine(
  entry: TrackerEntry,
  state: ItemState,
  ref: string | null,
  due?: Deadline | null,
  reason?: string | null,
): string {
  const title = state === "not_planned" ? `~~${entry.title}~~` : entry.title;
  const details = [
    entry.owners?.length ? entry.owners.join(", ") : "",
    state === "open" && due && due.policy !== "default"
      ? deadlineText(due)
      : entry.due
        ? `due ${entry.due}`
        : "",
    entry.priority ?? "",
    state === "not_planned" && reason !== undefined ? wontDoText(reason) : stateText[state],
  ].filter(Boolean);
  const unreached = entry.unreached
    ? ` ⚠️ ${ref ?? "the issue"} could not be reached (${entry.unreached})`
    : "";
  return `- [${state === "open" ? " " : "x"}] ${ref ? `${ref} ` : ""}${title}${details.length ? ` (${details.join(" · ")})` : ""}${unreached}`;
}

/** A won't-do with its reason, or the note that none was given (the closer was asked). */
export const wontDoText = (reason: string | null) =>
  reason ? `won't do: ${reason.replace(/[()]/g, "")}` : "won't do, no reason given";

/** The top of a tracker: rebuilt from the report on a sync, or from the tracker's marker later. */
export interface TrackerHeader {
  title: string;
  url: string;
  mergedIn: string;
  facts: string[];
}

export function headerFromReport(ctx: ReportContext): TrackerHeader {
  const meta = ctx.report.frontMatter;
  const facts = [
    typeof meta.severity === "string" || typeof meta.severity === "number"
      ? `Severity: ${meta.severity}`
      : "",
    typeof meta.date === "string" ? `Date: ${meta.date}` : "",
  ].filter(Boolean);
  return { title: ctx.report.title, url: reportUrl(ctx), mergedIn: pullRequestText(ctx), facts };
}

export function headerFromMarker(marker: TrackerMarker, serverUrl: string, target: RepoId): TrackerHeader {
  const source = parseRepoName(marker.source);
  const path = marker.report.split("/").map(encodeURIComponent).join("/");
  const facts = [
    marker.severity ? `Severity: ${marker.severity}` : "",
    marker.date ? `Date: ${marker.date}` : "",
  ].filter(Boolean);
  return {
    title: marker.title,
    url: `${serverUrl}/${marker.source}/blob/${marker.sha}/${path}`,
    mergedIn: marker.pr === null ? `commit ${marker.sha.slice(0, 7)}` : issueRef(target, source, marker.pr),
    facts,
  };
}

/** Where the generated part of a tracker starts and ends; what people write around it is theirs. */
export const GENERATED_START =
  "<!-- postmortem-tracker: generated part, rewritten on every update; write your notes above or below it -->";
export const GENERATED_END = "<!-- postmortem-tracker: end of the generated part -->";

/** What people wrote in a tracker's body outside its generated part (nothing in an older tracker). */
export interface TrackerNotes {
  before: string;
  after: string;
}

export function trackerNotes(body: string): TrackerNotes {
  const start = body.indexOf(GENERATED_START);
  const end = body.indexOf(GENERATED_END, start);
  const marker = body.lastIndexOf("<!-- postmortem-tracker {");
  // A body a person replaced whole (no marker left) is kept, above the part written again.
  if (start < 0 && marker < 0) return { before: body.trim(), after: "" };
  if (start < 0 || end < 0) return { before: "", after: "" };
  const afterEnd = end + GENERATED_END.length;
  return {
    before: body.slice(0, start).trim(),
    after: body.slice(afterEnd, marker > afterEnd ? marker : undefined).trim(),
  };
}

/** The generated part's checklist lines, in order: one per tracker entry. */
export function checklistLines(body: string): string[] {
  const start = body.indexOf(GENERATED_START);
  const end = body.indexOf(GENERATED_END, start);
  const part = start >= 0 && end >= 0 ? body.slice(start, end) : body;
  return part.split("\n").filter((line) => line.startsWith("- [ ] ") || line.startsWith("- [x] "));
}

export function trackerBody(
  header: TrackerHeader,
  lines: string[],
  resolved: number,
  total: number,
  marker: Marker,
  notes: TrackerNotes = { before: "", after: "" },
): string {
  return [
    ...(notes.before ? [notes.before, ""] : []),
    GENERATED_START,
    `Follow-up of the postmortem [${header.title}](${header.url}), merged in ${header.mergedIn}.`,
    ...(header.facts.length > 0 ? ["", header.facts.join(" · ")] : []),
    "",
    `**Progress: ${resolved} of ${total} resolved**`,
    "",
    ...(lines.length > 0 ? lines : ["No action items."]),
    "",
    "This issue stays open while any item is open, and is closed when all are resolved.",
    GENERATED_END,
    ...(notes.after ? ["", notes.after] : []),
    "",
    renderMarker(marker),
  ].join("\n");
}

export function removedComment(ctx: ReportContext): string {
  return `This action item is no longer in [${ctx.report.title}](${reportUrl(ctx)}) as of ${pullRequestText(ctx)}, so it is closed as not planned. Reopen it if it still matters.`;
}

export function mergedComment(ctx: ReportContext, into: string): string {
  return `This action item was merged into ${into} in [${ctx.report.title}](${reportUrl(ctx)}) as of ${pullRequestText(ctx)}, so it is closed as not planned; the work goes on there.`;
}

/** On an existing issue a report names: what an item issue would say (owners, due, priority, the report's line). */
export function linkedComment(ctx: ReportContext, item: ActionItem, trackerRef: string): string {
  return [
    `The postmortem [${ctx.report.title}](${reportUrl(ctx, item.line)}) (line ${item.line}), merged in ${pullRequestText(ctx)}, lists this issue as an action item, tracked by ${trackerRef}:`,
    "",
    `> ${item.text}`,
    "",
    ...detailsTable(item),
  ]
    .join("\n")
    .trimEnd();
}

export function checkedComment(ctx: ReportContext): string {
  return `This action item is checked as done in [${ctx.report.title}](${reportUrl(ctx)}) as of ${pullRequestText(ctx)}.`;
}

export function allResolvedComment(resolved: number, notPlanned: number): string {
  const wont = notPlanned > 0 ? ` (${notPlanned} closed as not planned)` : "";
  return `All ${resolved} action items of this postmortem are resolved${wont}. Closing the follow-up.`;
}
