import { DateTime, Duration } from "luxon";
import type { Config } from "../config/schema.ts";
import type { TrackerEntry, TrackerMarker } from "./marker.ts";
import {
  type ExistingIssue,
  type IssueSnapshot,
  type IssueState,
  issueKey,
  type Operation,
  type RepoId,
} from "./model.ts";
import { entryRepo, type LiveStates, trackerRefresh } from "./refresh.ts";
import { issueRef } from "./render.ts";
import { cell } from "./text.ts";

/** The scheduled follow-up of one tracker: pure, with the clock passed in. */

export interface SweepSettings {
  interval: string;
  timezone: string;
  mentionOwners: boolean;
  dueByPriority: Partial<Record<string, string>>;
  defaultDue: string;
  overdueLabel: string;
}

export function sweepSettings(config: Config): SweepSettings {
  const r = config.reminders;
  return {
    interval: r.interval,
    timezone: r.timezone,
    mentionOwners: r["mention-owners"],
    dueByPriority: r["due-by-priority"],
    defaultDue: r["default-due"],
    overdueLabel: r["overdue-label"],
  };
}

/** "7d", "2w", "12h" as a luxon Duration. */
export function parseDuration(text: string): Duration {
  const m = /^(\d+)\s*([hdw])$/.exec(text.trim());
  if (!m) throw new Error(`"${text}" is not a duration such as "7d", "2w" or "12h"`);
  const n = Number(m[1]);
  return m[2] === "h"
    ? Duration.fromObject({ hours: n })
    : m[2] === "w"
      ? Duration.fromObject({ weeks: n })
      : Duration.fromObject({ days: n });
}

export interface ItemStatus {
  entry: TrackerEntry;
  repo: RepoId;
  state: IssueState | "done" | "missing";
  /** The day it is due, in the configured time zone (yyyy-MM-dd). */
  due: string;
  /** Whole calendar days past the due date (0 when not overdue). */
  daysOverdue: number;
  closedAt: string | null;
}

export interface TrackerSummary {
  number: number;
  title: string;
  report: string;
  total: number;
  open: number;
  overdue: number;
  resolved: number;
  /** The open item most overdue, in days. */
  oldestOverdue: number;
  missing: number[];
  reopened: boolean;
  closed: boolean;
  followUp: boolean;
}

/** An item's due day: its own, else the policy for its priority, else the default, counted from the merge. */
export function dueDay(entry: TrackerEntry, merged: string, settings: SweepSettings): string {
  if (entry.due) return entry.due;
  const policy = (entry.priority && settings.dueByPriority[entry.priority]) || settings.defaultDue;
  // Counted from the merge that added the item (an item added later is not born overdue).
  const start = DateTime.fromISO(entry.added ?? merged, { zone: settings.timezone });
  return start.plus(parseDuration(policy)).toISODate() ?? entry.due ?? "";
}

/** Calendar days from one day to another in a time zone: DST changes do not shift the count. */
function daysBetween(fromDay: string, to: DateTime, zone: string): number {
  const from = DateTime.fromISO(fromDay, { zone }).startOf("day");
  return Math.floor(to.setZone(zone).startOf("day").diff(from, "days").days);
}

export function itemStatuses(
  marker: TrackerMarker,
  target: RepoId,
  items: ReadonlyMap<string, IssueSnapshot | null>,
  now: DateTime,
  settings: SweepSettings,
): ItemStatus[] {
  return marker.items.map((entry) => {
    const repo = entryRepo(entry, target);
    const due = dueDay(entry, marker.merged, settings);
    if (entry.done) return { entry, repo, state: "done", due, daysOverdue: 0, closedAt: null };
    const snapshot = entry.issue === null ? undefined : items.get(issueKey(repo, entry.issue));
    if (snapshot === null) return { entry, repo, state: "missing", due, daysOverdue: 0, closedAt: null };
    const state = snapshot?.state ?? "open";
    const late = state === "open" ? Math.max(0, daysBetween(due, now, settings.timezone)) : 0;
    return { entry, repo, state, due, daysOverdue: late, closedAt: snapshot?.closedAt ?? null };
  });
}

const ref = (target: RepoId, s: ItemStatus) =>
  s.entry.issue === null ? "" : issueRef(target, s.repo, s.entry.issue);

function ownersText(s: ItemStatus, mention: boolean): string {
  const owners = s.entry.owners ?? [];
  if (owners.length === 0) return "-";
  // Without mentions, a login is written so that it does not notify.
  return owners.map((o) => (mention || !o.startsWith("@") ? o : `\`${o}\``)).join(", ");
}

function openTable(target: RepoId, open: ItemStatus[], mention: boolean): string[] {
  return [
    "| Item | Owners | Due | Overdue |",
    "| --- | --- | --- | --- |",
    ...open.map(
      (s) =>
        `| ${ref(target, s)} ${cell(s.entry.title)} | ${ownersText(s, mention)} | ${s.due} | ${s.daysOverdue > 0 ? `${s.daysOverdue} day${s.daysOverdue === 1 ? "" : "s"}` : "-"} |`,
    ),
  ];
}

function closingComment(statuses: ItemStatus[], merged: string, zone: string): string {
  const start = DateTime.fromISO(merged, { zone });
  const rows = statuses.map((s) => {
    if (s.state === "done") return `| ${s.entry.title} | done in the report | - |`;
    if (!s.closedAt) return `| ${s.entry.title} | ${s.state === "not_planned" ? "won't do" : "closed"} | - |`;
    const closed = DateTime.fromISO(s.closedAt, { zone });
    const days = Math.max(0, Math.round(closed.diff(start, "days").days));
    const onTime = closed.toISODate() !== null && (closed.toISODate() ?? "") <= s.due;
    return `| ${s.entry.title} | ${s.state === "not_planned" ? "won't do" : `${days} day${days === 1 ? "" : "s"}`} | ${onTime ? "yes" : "no"} |`;
  });
  const completed = statuses.filter((s) => s.state === "completed");
  const onTime = completed.filter(
    (s) => s.closedAt && (DateTime.fromISO(s.closedAt, { zone }).toISODate() ?? "") <= s.due,
  ).length;
  return [
    `All ${statuses.length} action items are resolved: ${onTime} of ${completed.length} closed on time. Closing the follow-up.`,
    "",
    "| Item | Time to close | On time |",
    "| --- | --- | --- |",
    ...rows,
  ].join("\n");
}

export interface ReminderInput {
  tracker: ExistingIssue;
  marker: TrackerMarker;
  items: ReadonlyMap<string, IssueSnapshot | null>;
  now: DateTime;
  settings: SweepSettings;
  serverUrl: string;
}

/** Overdue labels follow the items: on when overdue, off once closed or no longer overdue. */
function overdueLabels(statuses: ItemStatus[], input: ReminderInput): Operation[] {
  const label = input.settings.overdueLabel;
  const ops: Operation[] = [];
  for (const s of statuses) {
    // Only in the tracker's own repository: others' issues are not ours to label.
    if (s.entry.issue === null || s.entry.repo || s.state === "done" || s.state === "missing") continue;
    const has = (input.items.get(issueKey(s.repo, s.entry.issue))?.labels ?? []).includes(label);
    if (s.daysOverdue > 0 && !has)
      ops.push({ op: "addLabels", repo: s.repo, issue: { existing: s.entry.issue }, labels: [label] });
    if (s.daysOverdue === 0 && has)
      ops.push({ op: "removeLabel", repo: s.repo, issue: { existing: s.entry.issue }, label });
  }
  return ops;
}

/** The reopening note or the periodic follow-up, whichever is due. */
function followUpComment(
  statuses: ItemStatus[],
  open: ItemStatus[],
  reopen: boolean,
  input: ReminderInput,
): Operation {
  const { tracker, settings } = input;
  const overdue = open.filter((s) => s.daysOverdue > 0).length;
  const first = reopen
    ? `Reopened: ${open.length} action item${open.length === 1 ? " is" : "s are"} still open.`
    : `Follow-up: ${open.length} of ${statuses.length} action items are still open${overdue > 0 ? `, ${overdue} overdue` : ""}.`;
  return {
    op: "comment",
    repo: tracker.repo,
    issue: { existing: tracker.number },
    body: [first, "", ...openTable(tracker.repo, open, settings.mentionOwners)].join("\n"),
  };
}

function liveStates(statuses: ItemStatus[]): LiveStates {
  const live: LiveStates = new Map();
  for (const s of statuses) {
    if (s.entry.issue === null || s.state === "done" || s.state === "missing") continue;
    live.set(issueKey(s.repo, s.entry.issue), s.state);
  }
  return live;
}

/**
 * What the sweep does for one tracker, and what it found. Operations come in the order they are
 * applied: the items' labels, the comment, then the tracker (which records the follow-up), as the
 * sync and the refresh do; the sweep checks its budget for all of them before the first.
 */
export function planReminders(input: ReminderInput): { operations: Operation[]; summary: TrackerSummary } {
  const { tracker, marker, now, settings } = input;
  const statuses = itemStatuses(marker, tracker.repo, input.items, now, settings);
  const open = statuses.filter((s) => s.state === "open");
  const last = DateTime.fromISO(marker.followUp ?? marker.merged, { zone: settings.timezone });
  const followUpDue =
    open.length > 0 && now.diff(last).toMillis() >= parseDuration(settings.interval).toMillis();
  const reopen = open.length > 0 && tracker.state === "closed";
  const allResolved =
    statuses.length > 0 && open.length === 0 && statuses.every((s) => s.state !== "missing");
  const closes = allResolved && tracker.state === "open";
  const refresh = trackerRefresh({
    tracker,
    marker: followUpDue || reopen ? { ...marker, followUp: now.toUTC().toISO() } : marker,
    live: liveStates(statuses),
    serverUrl: input.serverUrl,
    ...(closes ? { closing: closingComment(statuses, marker.merged, settings.timezone) } : {}),
  });
  const operations = [
    ...overdueLabels(statuses, input),
    ...(followUpDue || reopen ? [followUpComment(statuses, open, reopen, input)] : []),
    ...(refresh.comment ? [refresh.comment] : []),
    ...(refresh.update ? [refresh.update] : []),
  ];
  return {
    operations,
    summary: summaryOf(statuses, input, { reopen, closes, followUp: followUpDue && !reopen }),
  };
}

function summaryOf(
  statuses: ItemStatus[],
  input: ReminderInput,
  done: { reopen: boolean; closes: boolean; followUp: boolean },
): TrackerSummary {
  const open = statuses.filter((s) => s.state === "open");
  const overdue = open.filter((s) => s.daysOverdue > 0);
  return {
    number: input.tracker.number,
    title: input.marker.title,
    report: input.marker.report,
    total: statuses.length,
    open: open.length,
    overdue: overdue.length,
    resolved: statuses.filter((s) => s.state !== "open" && s.state !== "missing").length,
    oldestOverdue: Math.max(0, ...overdue.map((s) => s.daysOverdue)),
    missing: statuses.filter((s) => s.state === "missing").map((s) => s.entry.issue ?? 0),
    reopened: done.reopen,
    closed: done.closes,
    followUp: done.followUp,
  };
}
