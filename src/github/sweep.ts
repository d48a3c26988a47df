import type { DateTime } from "luxon";
import type { Config } from "../config/schema.ts";
import { parseMarker, type TrackerMarker } from "../tracking/marker.ts";
import type { ExistingIssue, Operation, RepoId } from "../tracking/model.ts";
import { entryRepo } from "../tracking/refresh.ts";
import { planReminders, type SweepSettings, type TrackerSummary } from "../tracking/reminders.ts";
import { BudgetExhausted, type Gateway } from "./gateway.ts";
import { errorText, httpStatus, type Logger } from "./octokit.ts";

/**
 * The scheduled sweep: reads every tracker (100 a page) and all their items (GraphQL, 100 a request),
 * then does what is due for each. Under a request budget it stops cleanly and leaves a cursor in the
 * tracker label's description, so the next run starts where this one stopped and no tracker starves.
 */

export interface SweepInput {
  gateway: Gateway;
  repo: RepoId;
  config: Config;
  settings: SweepSettings;
  /** Accounts whose trackers are ours (the App's bot, or github-actions[bot]). */
  trusted: string[];
  now: DateTime;
  serverUrl: string;
  log: Logger;
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

const CURSOR = /\s*· sweep resumes at #(\d+)$/;
const MAX_ITEMS_PER_READ = 100;

interface Tracked {
  issue: ExistingIssue;
  marker: TrackerMarker;
}

/** Our trackers, in number order, starting at the cursor and wrapping around. */
function rotate(trackers: Tracked[], cursor: number | null): Tracked[] {
  const sorted = [...trackers].sort((a, b) => a.issue.number - b.issue.number);
  if (cursor === null) return sorted;
  const at = sorted.findIndex((t) => t.issue.number >= cursor);
  return at <= 0 ? sorted : [...sorted.slice(at), ...sorted.slice(0, at)];
}

/** Tracker writes first, comments last: a run stopped in between never comments twice. */
function ordered(ops: Operation[]): Operation[] {
  const rank = (op: Operation) => (op.op === "comment" ? 2 : op.op === "updateIssue" ? 1 : 0);
  return [...ops].sort((a, b) => rank(a) - rank(b));
}

export async function sweep(input: SweepInput): Promise<SweepResult> {
  const { gateway, repo, config, log } = input;
  const label = config.labels.tracker;
  const result: SweepResult = {
    trackers: [],
    remindersPosted: 0,
    reopened: 0,
    closed: 0,
    openItems: 0,
    overdueItems: 0,
    errors: [],
    stoppedAt: null,
  };
  const description = await gateway.labelDescription(repo, label);
  if (description === null) {
    log.info(`no "${label}" label in ${repo.owner}/${repo.repo}: no trackers to follow up`);
    return result;
  }
  const cursorMatch = CURSOR.exec(description);
  const cursor = cursorMatch ? Number(cursorMatch[1]) : null;

  let trackers: Tracked[] = [];
  try {
    const issues = await gateway.issuesWithLabel(repo, label);
    trackers = issues.flatMap((issue) => {
      const marker = parseMarker(issue.body);
      return input.trusted.includes(issue.author) && marker?.kind === "tracker" ? [{ issue, marker }] : [];
    });
  } catch (error) {
    if (!(error instanceof BudgetExhausted)) throw error;
    log.warn(`${error.message} while listing trackers; the next run starts again`);
    return result;
  }

  const queue = rotate(trackers, cursor);
  let stopped: number | null = null;
  let index = 0;
  while (index < queue.length && stopped === null) {
    // Take trackers until their items fill one read.
    const batch: Tracked[] = [];
    let count = 0;
    while (index < queue.length) {
      const next = queue[index] as Tracked;
      const size = next.marker.items.filter((e) => e.issue !== null && !e.done).length;
      if (batch.length > 0 && count + size > MAX_ITEMS_PER_READ) break;
      batch.push(next);
      count += size;
      index += 1;
    }
    const refs = batch.flatMap((t) =>
      t.marker.items
        .filter((e) => e.issue !== null && !e.done)
        .map((e) => ({ repo: entryRepo(e, t.issue.repo), number: e.issue as number })),
    );
    // The read, and one request left for the cursor.
    if (!gateway.dryRun && Math.ceil(refs.length / MAX_ITEMS_PER_READ) + 1 >= gateway.remaining()) {
      stopped = batch[0]?.issue.number ?? null;
      break;
    }
    let snapshots: Awaited<ReturnType<Gateway["issueSnapshots"]>>;
    try {
      snapshots = await gateway.issueSnapshots(refs);
    } catch (error) {
      if (!(error instanceof BudgetExhausted)) throw error;
      stopped = batch[0]?.issue.number ?? null;
      break;
    }
    for (const listed of batch) {
      let t = listed;
      const plan = (tracked: Tracked) =>
        planReminders({
          tracker: tracked.issue,
          marker: tracked.marker,
          items: snapshots,
          now: input.now,
          settings: input.settings,
          serverUrl: input.serverUrl,
        });
      let { operations, summary } = plan(t);
      // A sync may have rewritten the tracker since it was listed: read it again before writing over it.
      if (operations.some((op) => op.op === "updateIssue") && gateway.remaining() > operations.length + 2) {
        const fresh = await gateway.issue(t.issue.repo, t.issue.number);
        const marker = parseMarker(fresh.body);
        if (fresh.body !== t.issue.body && marker?.kind === "tracker" && fresh.author === t.issue.author) {
          t = { issue: fresh, marker };
          ({ operations, summary } = plan(t));
        }
      }
      // Keep one request for the cursor.
      if (!gateway.dryRun && operations.length >= gateway.remaining()) {
        stopped = t.issue.number;
        break;
      }
      let failed = false;
      try {
        await gateway.apply(ordered(operations));
      } catch (error) {
        failed = true;
        if (error instanceof BudgetExhausted) {
          stopped = t.issue.number;
          break;
        }
        // One tracker's trouble (a locked tracker, a deleted item) does not stop the others.
        const status = httpStatus(error);
        result.errors.push({
          tracker: t.issue.number,
          message: `${status ? `${status} ` : ""}${errorText(error)}`,
        });
        log.warn(`tracker #${t.issue.number}: ${errorText(error)}`);
      }
      for (const missing of summary.missing) {
        result.errors.push({
          tracker: t.issue.number,
          message: `item #${missing} was deleted or cannot be read`,
        });
      }
      result.trackers.push(summary);
      // Counted only when done.
      result.remindersPosted += summary.followUp && !failed ? 1 : 0;
      result.reopened += summary.reopened && !failed ? 1 : 0;
      result.closed += summary.closed && !failed ? 1 : 0;
      result.openItems += summary.open;
      result.overdueItems += summary.overdue;
    }
  }

  const base = description.replace(CURSOR, "");
  const wanted = stopped === null ? base : `${base} · sweep resumes at #${stopped}`;
  if (wanted !== description) {
    try {
      await gateway.setLabelDescription(repo, label, wanted.slice(0, 100));
    } catch (error) {
      log.warn(`could not record where the sweep stopped: ${errorText(error)}`);
    }
  }
  if (stopped !== null) {
    log.warn(
      `request budget reached: ${result.trackers.length} of ${queue.length} trackers done; the next run starts at #${stopped}`,
    );
  }
  result.stoppedAt = stopped;
  return result;
}
