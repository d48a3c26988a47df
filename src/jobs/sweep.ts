import type { DateTime } from "luxon";
import { BudgetExhausted } from "../github/client.ts";
import { errorText, httpStatus } from "../github/octokit.ts";
import { parseMarker, type TrackerMarker } from "../tracking/marker.ts";
import type { ExistingIssue, IssueSnapshot, Operation, RepoId } from "../tracking/model.ts";
import { type Ours, ourTracker } from "../tracking/ours.ts";
import { entryRepo } from "../tracking/refresh.ts";
import { chatDigest } from "../tracking/reminders/chat.ts";
import { type CloseFacts, reasonsToRead } from "../tracking/reminders/reasons.ts";
import {
  type PlannedReminder,
  planReminders,
  type SweepSettings,
  type TrackerPlan,
  type TrackerSummary,
} from "../tracking/reminders.ts";
import type { JobDeps } from "./deps.ts";

/**
 * The scheduled sweep: reads every tracker (100 a page) and all their items (GraphQL, 100 a request),
 * then does what is due for each. Under a request budget it stops cleanly and leaves a cursor in the
 * tracker label's description, so the next run starts where this one stopped and no tracker starves.
 */

export interface SweepInput {
  repo: RepoId;
  settings: SweepSettings;
  now: DateTime;
  serverUrl: string;
  /** The trackers already found (the App's search of an installation): not listed again. */
  trackers?: ExistingIssue[];
}

export interface SweepResult {
  /** Open trackers, and those closed within the last interval (older closed ones are swept, not counted). */
  trackers: TrackerSummary[];
  /** Follow-ups (digests, reopening notes) posted on trackers. */
  remindersPosted: number;
  /** Reminders posted on the items' own issues. */
  itemReminders: number;
  /** Trackers reopened for the review of effectiveness. */
  reviewsOpened: number;
  /** Whether the chat digest was sent (or would be, in a dry run). */
  chatDigest: boolean;
  reopened: number;
  closed: number;
  openItems: number;
  overdueItems: number;
  /** What went wrong per tracker; `write` when something due could not be written (not only read). */
  errors: { tracker: number; message: string; write?: true }[];
  /** The tracker the next run starts at, when the budget stopped this one. */
  stoppedAt: number | null;
}

type Tracked = Ours<TrackerMarker>;
type Snapshots = Map<string, IssueSnapshot | null>;

const CURSOR = /\s*· sweep resumes at #(\d+)$/;
const MAX_ITEMS_PER_READ = 100;

const emptyResult = (): SweepResult => ({
  trackers: [],
  remindersPosted: 0,
  itemReminders: 0,
  reviewsOpened: 0,
  chatDigest: false,
  reopened: 0,
  closed: 0,
  openItems: 0,
  overdueItems: 0,
  errors: [],
  stoppedAt: null,
});

/** Our trackers, in number order, starting at the cursor and wrapping around. */
function rotate(trackers: Tracked[], cursor: number | null): Tracked[] {
  const sorted = [...trackers].sort((a, b) => a.issue.number - b.issue.number);
  if (cursor === null) return sorted;
  const at = sorted.findIndex((t) => t.issue.number >= cursor);
  return at <= 0 ? sorted : [...sorted.slice(at), ...sorted.slice(0, at)];
}

const itemRefs = (t: Tracked) =>
  t.marker.items
    .filter((e) => e.issue !== null && !e.done)
    .map((e) => ({ repo: entryRepo(e, t.issue.repo), number: e.issue as number }));

/** Trackers taken in order until their items fill one read. */
function* batches(queue: Tracked[]): Generator<Tracked[]> {
  let batch: Tracked[] = [];
  let count = 0;
  for (const next of queue) {
    const size = itemRefs(next).length;
    if (batch.length > 0 && count + size > MAX_ITEMS_PER_READ) {
      yield batch;
      batch = [];
      count = 0;
    }
    batch.push(next);
    count += size;
  }
  if (batch.length > 0) yield batch;
}

type Outcome = { stopped: true } | { stopped: false; summary: TrackerSummary; failed: boolean };

/** Item reminders one at a time: those that fail are returned, so that they are not recorded as sent. */
async function postReminders(
  reminders: PlannedReminder[],
  t: Tracked,
  deps: JobDeps,
  result: SweepResult,
): Promise<Set<string>> {
  const unsent = new Set<string>();
  for (const r of reminders) {
    try {
      await deps.gateway.apply([r.operation]);
    } catch (error) {
      if (error instanceof BudgetExhausted) throw error;
      unsent.add(r.key);
      const message = `reminder on item ${describeTarget(r)} failed: ${errorText(error)}`;
      result.errors.push({ tracker: t.issue.number, message, write: true });
      deps.log.warn(`tracker #${t.issue.number}: ${message}`);
    }
  }
  return unsent;
}

const describeTarget = (r: PlannedReminder) =>
  r.operation.op === "comment" ? `#${r.operation.issue.existing}` : r.key;

/** The comments of won't-do items with no reason recorded: two reads each, within the budget. */
async function readCloseFacts(t: Tracked, snapshots: Snapshots, deps: JobDeps) {
  const facts = new Map<string, CloseFacts>();
  for (const ref of reasonsToRead(t.marker, t.issue.repo, snapshots, t.issue.state === "open")) {
    if (deps.client.remaining() < 8) break;
    const issue = await deps.client.issue(ref.repo, ref.number);
    const comments = await deps.client.comments(ref.repo, ref.number);
    facts.set(ref.key, { closer: issue.closedBy ?? null, closedAt: issue.closedAt ?? null, comments });
  }
  return facts;
}

/** One tracker's follow-up: planned, planned again on a fresh copy if a sync rewrote it, applied. */
async function sweepTracker(
  listed: Tracked,
  snapshots: Snapshots,
  input: SweepInput,
  deps: JobDeps,
  result: SweepResult,
  ensured: Set<string>,
): Promise<Outcome> {
  const { client, gateway, log } = deps;
  const closeFacts = await readCloseFacts(listed, snapshots, deps);
  const plan = (t: Tracked, unsent?: Set<string>): TrackerPlan =>
    planReminders({
      tracker: t.issue,
      marker: t.marker,
      items: snapshots,
      now: input.now,
      settings: input.settings,
      serverUrl: input.serverUrl,
      closeFacts,
      bot: deps.botLogin,
      ...(unsent ? { unsent } : {}),
    });
  let t = listed;
  let planned = plan(t);
  const writes = () => [...planned.reminders.map((r) => r.operation), ...planned.operations];
  // A sync may have rewritten the tracker since it was listed: read it again before writing over it.
  if (planned.operations.some((op) => op.op === "updateIssue") && client.remaining() > writes().length + 2) {
    const fresh = ourTracker(await client.issue(t.issue.repo, t.issue.number), t.issue.author);
    if (fresh && fresh.issue.body !== t.issue.body) {
      t = fresh;
      planned = plan(t);
    }
  }
  // A label is ensured once a run, not once a tracker.
  const fresh = (op: Operation) => !(op.op === "ensureLabel" && ensured.has(op.name));
  planned = { ...planned, operations: planned.operations.filter(fresh) };
  // Keep one request for the cursor.
  if (gateway.cost(writes()) >= client.remaining()) return { stopped: true };
  try {
    const unsent = await postReminders(planned.reminders, t, deps, result);
    // What failed is not recorded: the tracker is planned again without it.
    if (unsent.size > 0) {
      const again = plan(t, unsent);
      planned = { ...again, operations: again.operations.filter(fresh) };
    }
    await gateway.apply(planned.operations);
    for (const op of planned.operations) if (op.op === "ensureLabel") ensured.add(op.name);
    return { stopped: false, summary: planned.summary, failed: false };
  } catch (error) {
    if (error instanceof BudgetExhausted) return { stopped: true };
    // One tracker's trouble (a locked tracker, a deleted item) does not stop the others.
    const status = httpStatus(error);
    result.errors.push({
      tracker: t.issue.number,
      message: `${status ? `${status} ` : ""}${errorText(error)}`,
      write: true,
    });
    log.warn(`tracker #${t.issue.number}: ${errorText(error)}`);
    return { stopped: false, summary: planned.summary, failed: true };
  }
}

function record(result: SweepResult, summary: TrackerSummary, failed: boolean): void {
  for (const missing of summary.missing)
    result.errors.push({
      tracker: summary.number,
      message: `item #${missing} was deleted or cannot be read`,
    });
  // Closed trackers older than one interval are followed up (their review) but not counted.
  if (summary.current) result.trackers.push(summary);
  // Counted only when done; reminders on items were posted before the tracker's writes.
  result.itemReminders += summary.itemReminders;
  result.remindersPosted += summary.followUp && !failed ? 1 : 0;
  result.reviewsOpened += summary.reviewOpened && !failed ? 1 : 0;
  if (!summary.current) return;
  result.reopened += summary.reopened && !failed ? 1 : 0;
  result.closed += summary.closed && !failed ? 1 : 0;
  result.openItems += summary.open;
  result.overdueItems += summary.overdue;
}

/** Follows up every tracker in the queue until done or out of budget; returns where it stopped. */
async function sweepQueue(
  queue: Tracked[],
  input: SweepInput,
  deps: JobDeps,
  result: SweepResult,
): Promise<number | null> {
  const { client, gateway } = deps;
  const ensured = new Set<string>();
  for (const batch of batches(queue)) {
    const refs = batch.flatMap(itemRefs);
    const first = batch[0]?.issue.number ?? null;
    // The read, and one request left for the cursor.
    const reads = Math.ceil(refs.length / MAX_ITEMS_PER_READ);
    if (reads + gateway.cost([cursorWrite(input.repo, "", "")]) >= client.remaining()) return first;
    let snapshots: Snapshots;
    try {
      snapshots = await client.issueSnapshots(refs);
    } catch (error) {
      if (!(error instanceof BudgetExhausted)) throw error;
      return first;
    }
    for (const tracked of batch) {
      const outcome = await sweepTracker(tracked, snapshots, input, deps, result, ensured);
      if (outcome.stopped) return tracked.issue.number;
      record(result, outcome.summary, outcome.failed);
    }
  }
  return null;
}

const cursorWrite = (repo: RepoId, name: string, description: string): Operation => ({
  op: "describeLabel",
  repo,
  name,
  description: description.slice(0, 100),
});

/** Where the last run stopped, kept in the tracker label's description; null: no such label. */
async function readCursor(input: SweepInput, deps: JobDeps) {
  const label = deps.config.labels.tracker;
  const description = await deps.client.labelDescription(input.repo, label);
  if (description === null) return null;
  const match = CURSOR.exec(description);
  return { label, description, cursor: match ? Number(match[1]) : null };
}

async function writeCursor(
  input: SweepInput,
  deps: JobDeps,
  at: { label: string; description: string },
  stopped: number | null,
) {
  const base = at.description.replace(CURSOR, "");
  const wanted = stopped === null ? base : `${base} · sweep resumes at #${stopped}`;
  if (wanted === at.description) return;
  try {
    await deps.gateway.apply([cursorWrite(input.repo, at.label, wanted)]);
  } catch (error) {
    deps.log.warn(`could not record where the sweep stopped: ${errorText(error)}`);
  }
}

/** Our trackers in the repository; null when the budget ran out while listing them. */
/** Issues of our account with the tracker label whose marker a person removed: said, not skipped silently. */
const lostTrackers = (issues: ExistingIssue[], botLogin: string) =>
  issues.filter((i) => i.author === botLogin && i.state === "open" && parseMarker(i.body) === null);

async function listIssues(input: SweepInput, deps: JobDeps, label: string): Promise<ExistingIssue[] | null> {
  let issues: ExistingIssue[];
  try {
    issues = await deps.client.issuesWithLabel(input.repo, label);
  } catch (error) {
    if (!(error instanceof BudgetExhausted)) throw error;
    deps.log.warn(`${error.message} while listing trackers; the next run starts again`);
    return null;
  }
  return issues;
}

export async function sweep(input: SweepInput, deps: JobDeps): Promise<SweepResult> {
  const { repo } = input;
  const result = emptyResult();
  const at = await readCursor(input, deps);
  if (at === null) {
    deps.log.info(
      `no "${deps.config.labels.tracker}" label in ${repo.owner}/${repo.repo}: no trackers to follow up`,
    );
    return result;
  }
  const listed = input.trackers ?? (await listIssues(input, deps, at.label));
  if (listed === null) return result;
  const trackers = listed.flatMap((issue) => ourTracker(issue, deps.botLogin) ?? []);
  for (const lost of lostTrackers(listed, deps.botLogin))
    result.errors.push({
      tracker: lost.number,
      message:
        "its hidden marker is gone (its body was replaced): it is not followed up until the next merge of its report writes it again",
    });
  const queue = rotate(trackers, at.cursor);
  const stopped = await sweepQueue(queue, input, deps, result);
  await writeCursor(input, deps, at, stopped);
  if (stopped !== null) {
    deps.log.warn(
      `request budget reached: ${result.trackers.length} of ${queue.length} trackers done; the next run starts at #${stopped}`,
    );
  }
  result.stoppedAt = stopped;
  await notifyChat(input, deps, result);
  return result;
}

/** One chat message per sweep with something overdue or due soon; its failure is only logged. */
async function notifyChat(input: SweepInput, deps: JobDeps, result: SweepResult): Promise<void> {
  const url = input.settings.notifyUrl;
  if (!url) return;
  const text = chatDigest(result.trackers, input.repo, input.serverUrl);
  if (text === null) return;
  await deps.gateway.apply([{ op: "notify", repo: input.repo, url, text }]);
  result.chatDigest = true;
}
