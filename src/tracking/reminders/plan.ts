import type { DateTime } from "luxon";
import { overdueLabelSpec } from "../labels.ts";
import type { SweepRecord, TrackerMarker } from "../marker.ts";
import { type ExistingIssue, type IssueSnapshot, issueKey, type Operation } from "../model.ts";
import { type LiveStates, trackerRefresh } from "../refresh.ts";
import { closingComment } from "./closing.ts";
import { type DigestContext, digestComment, digestWanted, escalations, resolvedCount } from "./digest.ts";
import { itemReminder, type ReminderKind } from "./item.ts";
import { askReason, type CloseFacts, reasonOf } from "./reasons.ts";
import { awaitingReview, reviewComment, reviewDue } from "./review.ts";
import { intervalElapsed, parseDuration, type SweepSettings } from "./settings.ts";
import { type ItemStatus, itemStatuses } from "./status.ts";
import { summaryOf, type TrackerSummary } from "./summary.ts";

/** The scheduled follow-up of one tracker: pure, with the clock passed in. */

export interface ReminderInput {
  tracker: ExistingIssue;
  marker: TrackerMarker;
  items: ReadonlyMap<string, IssueSnapshot | null>;
  now: DateTime;
  settings: SweepSettings;
  serverUrl: string;
  /** Item reminders that could not be posted: not recorded as sent, so the next sweep tries again. */
  unsent?: ReadonlySet<string>;
  /** What was read of won't-do items without a recorded reason, by item key. */
  closeFacts?: ReadonlyMap<string, CloseFacts>;
  /** Our account: its comments are not reasons. */
  bot?: string;
}

/** A comment on one item's issue, by the item's key. */
export interface PlannedReminder {
  key: string;
  /** "reason": a won't-do's closer asked for the reason. */
  kind: ReminderKind | "reason";
  operation: Operation;
}

export interface TrackerPlan {
  /** Applied first, each on its own: one that fails is planned again as unsent. */
  reminders: PlannedReminder[];
  /** Then in order: the items' labels, the digest or review note, the tracker (which records them all). */
  operations: Operation[];
  summary: TrackerSummary;
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
  // Created with its colour and description, not GitHub's grey default (the sweep sends this once a run).
  if (ops.some((op) => op.op === "addLabels"))
    ops.unshift({ op: "ensureLabel", repo: input.tracker.repo, ...overdueLabelSpec(label) });
  return ops;
}

function itemReminders(statuses: ItemStatus[], input: ReminderInput): PlannedReminder[] {
  const { tracker, marker, now, settings } = input;
  const reminded = marker.sweep?.reminded ?? {};
  const context = { reportOwners: marker.owners ?? [], trackerRef: `#${tracker.number}` };
  return statuses.flatMap((s) => {
    const r = itemReminder(s, reminded[s.entry.key], now, settings, context);
    if (!r || input.unsent?.has(s.entry.key) || s.entry.issue === null) return [];
    const operation: Operation = {
      op: "comment",
      repo: s.repo,
      issue: { existing: s.entry.issue },
      body: r.body,
    };
    return [{ key: s.entry.key, operation, kind: r.kind }];
  });
}

/** Reasons found for won't-do items, and one question to the closer of each that has none. */
function reasonPlans(statuses: ItemStatus[], input: ReminderInput) {
  const asked = new Set(input.marker.sweep?.asked ?? []);
  const found: Record<string, string> = {};
  const ask: PlannedReminder[] = [];
  for (const s of statuses) {
    const facts = s.state === "not_planned" ? input.closeFacts?.get(s.entry.key) : undefined;
    if (!facts || s.entry.issue === null) continue;
    const reason = reasonOf(facts, input.bot ?? "");
    if (reason) found[s.entry.key] = reason;
    else if (!asked.has(s.entry.key) && !input.unsent?.has(s.entry.key))
      ask.push({
        key: s.entry.key,
        kind: "reason",
        operation: {
          op: "comment",
          repo: s.repo,
          issue: { existing: s.entry.issue },
          body: askReason(facts.closer, `#${input.tracker.number}`),
        },
      });
  }
  return { found, ask };
}

function liveStates(statuses: ItemStatus[]): LiveStates {
  const live: LiveStates = new Map();
  for (const s of statuses) {
    if (s.entry.issue === null || s.state === "done" || s.state === "missing") continue;
    live.set(issueKey(s.repo, s.entry.issue), s.state);
  }
  return live;
}

/** What the sweep decides for one tracker, before anything is written. */
function decide(input: ReminderInput, statuses: ItemStatus[]) {
  const { tracker, marker, now, settings } = input;
  const record: SweepRecord = marker.sweep ?? {};
  const open = statuses.filter((s) => s.state === "open");
  const allResolved =
    statuses.length > 0 && open.length === 0 && statuses.every((s) => s.state !== "missing");
  const interval = parseDuration(settings.interval);
  const digest: DigestContext = {
    tracker,
    statuses,
    record,
    settings,
    reportOwners: marker.owners ?? [],
    intervalDays: interval.as("days"),
  };
  const reopen = open.length > 0 && tracker.state === "closed";
  const digestDue =
    reopen ||
    (intervalElapsed(marker.followUp ?? marker.merged, now.toMillis(), settings.interval) &&
      digestWanted(digest));
  const review = allResolved && reviewDue(tracker, record, settings, now);
  // A tracker reopened for review stays open until a person closes it.
  const holding = allResolved && awaitingReview(tracker, record);
  return { record, open, allResolved, digest, reopen, digestDue, review, holding };
}

function nextRecord(
  d: ReturnType<typeof decide>,
  reminders: PlannedReminder[],
  found: Record<string, string>,
  escalated: ItemStatus[],
  input: ReminderInput,
): SweepRecord {
  const at = input.now.toUTC().toISO() ?? "";
  const record: SweepRecord = { ...d.record, reminded: { ...(d.record.reminded ?? {}) } };
  const byKey = new Map(d.digest.statuses.map((s) => [s.entry.key, s]));
  for (const r of reminders) {
    if (r.kind === "reason") {
      record.asked = [...(record.asked ?? []), r.key];
      continue;
    }
    const due = byKey.get(r.key)?.due ?? "";
    (record.reminded ?? {})[r.key] = { kind: r.kind, at, due };
  }
  if (Object.keys(found).length > 0) record.reasons = { ...(d.record.reasons ?? {}), ...found };
  if (Object.keys(record.reminded ?? {}).length === 0) delete record.reminded;
  if (d.digestDue) record.digestResolved = resolvedCount(d.digest.statuses);
  if (escalated.length > 0)
    record.escalated = [...(d.record.escalated ?? []), ...escalated.map((s) => s.entry.key)];
  if (d.review) record.review = at;
  return record;
}

/**
 * What the sweep does for one tracker, and what it found. The tracker is written last: it records the
 * reminders, the digest and the review, so a write that failed before it is tried again next time.
 */
export function planReminders(input: ReminderInput): TrackerPlan {
  const { tracker, marker, now, settings } = input;
  const statuses = itemStatuses(marker, tracker.repo, input.items, now, settings);
  const d = decide(input, statuses);
  const reasons = reasonPlans(statuses, input);
  const reminders = [...itemReminders(statuses, input), ...reasons.ask];
  const escalated = d.digestDue ? escalations(d.digest) : [];
  const sweep = nextRecord(d, reminders, reasons.found, escalated, input);
  const closes = d.allResolved && tracker.state === "open" && !d.holding;
  const refresh = trackerRefresh({
    // Held open for its review: the refresh sees the review in the marker and does not close it.
    tracker,
    marker: {
      ...marker,
      ...(d.digestDue ? { followUp: now.toUTC().toISO() } : {}),
      ...(Object.keys(sweep).length > 0 ? { sweep } : {}),
    },
    live: liveStates(statuses),
    serverUrl: input.serverUrl,
    deadlines: { policy: settings.deadlines, zone: settings.timezone },
    ...(closes ? { closing: closingComment(statuses, marker.merged, settings.timezone, sweep) } : {}),
  });
  const note = d.review
    ? reviewComment(settings.effectivenessReview ?? 0, marker.owners ?? [], settings.mention !== "none")
    : null;
  const update =
    refresh.update ??
    (d.review
      ? { op: "updateIssue" as const, repo: tracker.repo, issue: { existing: tracker.number } }
      : null);
  const operations = [
    ...overdueLabels(statuses, input),
    ...(d.digestDue ? [digestComment(d.digest, d.reopen, escalated)] : []),
    ...(note
      ? [{ op: "comment" as const, repo: tracker.repo, issue: { existing: tracker.number }, body: note }]
      : []),
    ...(refresh.comment ? [refresh.comment] : []),
    ...(update
      ? [d.review ? { ...update, state: "open" as const, stateReason: "reopened" as const } : update]
      : []),
  ];
  const done = { reopen: d.reopen, closes, followUp: d.digestDue && !d.reopen, review: d.review };
  return {
    reminders,
    operations,
    summary: summaryOf(statuses, input, done, reminders.filter((r) => r.kind !== "reason").length),
  };
}
