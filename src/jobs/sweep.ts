import type { DateTime } from "luxon";
import { BudgetExhausted } from "../github/client.ts";
import { errorText, httpStatus } from "../github/octokit.ts";
import type { TrackerMarker } from "../tracking/marker.ts";
import type { ExistingIssue, IssueSnapshot, Operation, RepoId } from "../tracking/model.ts";
import { type Ours, ourTracker } from "../tracking/ours.ts";
import { entryRepo } from "../tracking/refresh.ts";
import { planReminders, type SweepSettings, type TrackerSummary } from "../tracking/reminders.ts";
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
  trackers: TrackerSummary[];
  remindersPosted: number;
  reopened: number;
  closed: number;
  openItems: number;
  overdueItems: number;
  errors: { tracker: number; message: string }[];
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

/** One tracker's follow-up: planned, planned again on a fresh copy if a sync rewrote it, applied. */
async function sweepTracker(
  listed: Tracked,
  snapshots: Snapshots,
  input: SweepInput,
  deps: JobDeps,
  result: SweepResult,
): Promise<Outcome> {
  const { client, gateway, log } = deps;
  const plan = (t: Tracked) =>
    planReminders({
      tracker: t.issue,
      marker: t.marker,
      items: snapshots,
      now: input.now,
      settings: input.settings,
      serverUrl: input.serverUrl,
    });
  let t = listed;
  let { operations, summary } = plan(t);
  // A sync may have rewritten the tracker since it was listed: read it again before writing over it.
  if (operations.some((op) => op.op === "updateIssue") && client.remaining() > operations.length + 2) {
    const fresh = ourTracker(await client.issue(t.issue.repo, t.issue.number), t.issue.author);
    if (fresh && fresh.issue.body !== t.issue.body) {
      t = fresh;
      ({ operations, summary } = plan(t));
    }
  }
  // Keep one request for the cursor.
  if (gateway.cost(operations) >= client.remaining()) return { stopped: true };
  try {
    await gateway.apply(operations);
    return { stopped: false, summary, failed: false };
  } catch (error) {
    if (error instanceof BudgetExhausted) return { stopped: true };
    // One tracker's trouble (a locked tracker, a deleted item) does not stop the others.
    const status = httpStatus(error);
    result.errors.push({
      tracker: t.issue.number,
      message: `${status ? `${status} ` : ""}${errorText(error)}`,
    });
    log.warn(`tracker #${t.issue.number}: ${errorText(error)}`);
    return { stopped: false, summary, failed: true };
  }
}

function record(result: SweepResult, summary: TrackerSummary, failed: boolean): void {
  for (const missing of summary.missing)
    result.errors.push({
      tracker: summary.number,
      message: `item #${missing} was deleted or cannot be read`,
    });
  result.trackers.push(summary);
  // Counted only when done.
  result.remindersPosted += summary.followUp && !failed ? 1 : 0;
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
      const outcome = await sweepTracker(tracked, snapshots, input, deps, result);
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
async function listTrackers(input: SweepInput, deps: JobDeps, label: string): Promise<Tracked[] | null> {
  let issues: ExistingIssue[];
  try {
    issues = await deps.client.issuesWithLabel(input.repo, label);
  } catch (error) {
    if (!(error instanceof BudgetExhausted)) throw error;
    deps.log.warn(`${error.message} while listing trackers; the next run starts again`);
    return null;
  }
  return issues.flatMap((issue) => ourTracker(issue, deps.botLogin) ?? []);
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
  const trackers = input.trackers
    ? input.trackers.flatMap((issue) => ourTracker(issue, deps.botLogin) ?? [])
    : await listTrackers(input, deps, at.label);
  if (trackers === null) return result;
  const queue = rotate(trackers, at.cursor);
  const stopped = await sweepQueue(queue, input, deps, result);
  await writeCursor(input, deps, at, stopped);
  if (stopped !== null) {
    deps.log.warn(
      `request budget reached: ${result.trackers.length} of ${queue.length} trackers done; the next run starts at #${stopped}`,
    );
  }
  result.stoppedAt = stopped;
  return result;
}
