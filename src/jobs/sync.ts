import type { Operation, RepoId } from "../tracking/model.ts";
import { ourIssues } from "../tracking/ours.ts";
import { notReportReason } from "../tracking/paths.ts";
import { syncedTag } from "../tracking/sync/comment.ts";
import { finishSync, trackerNode } from "../tracking/sync/finish.ts";
import { planItems } from "../tracking/sync/plan.ts";
import { planSetup } from "../tracking/sync/setup.ts";
import { type SyncInput, type SyncState, startSync } from "../tracking/sync/state.ts";
import { type ChangedFile, changedReports } from "./changes.ts";
import type { JobDeps } from "./deps.ts";
import { linkBack } from "./link-back.ts";
import { noticeOnce } from "./notice.ts";
import { readReport, syncInputFor } from "./report-input.ts";

/** The sync: reads what a plan needs from GitHub, plans, and applies; the same for the App and the Action. */

export interface MergedChange {
  source: RepoId;
  sha: string;
  pullRequest: number | null;
  /** `https://github.com`, or the GitHub Enterprise Server's address. */
  serverUrl: string;
  files: ChangedFile[];
  /** The branch the change landed on (the default branch), where a link-back pull request goes. */
  branch?: string;
}

export interface ReportSync {
  path: string;
  blocked: string | null;
  operations: Operation[];
}

const BLOCKED = "<!-- postmortem-tracker blocked";

/**
 * The steps of a sync, each planned from what the one before created: labels and the tracker (its
 * items link to it), then the items, then the tracker's checklist and the pull request comment.
 */
export async function applySync(state: SyncState, deps: JobDeps) {
  const { gateway } = deps;
  const skippedBefore = gateway.skipped.length;
  const setup = planSetup(state);
  const made = await gateway.apply(setup);
  const items = planItems(state, trackerNode(state, made)?.number ?? null);
  const created = new Map([...made, ...(await gateway.apply(items.operations))]);
  const problems = gateway.skipped.slice(skippedBefore);
  const finish = finishSync(state, items, created, await commentedBefore(state, deps), problems);
  await gateway.apply(finish);
  return { operations: [...setup, ...items.operations, ...finish], items, created };
}

/**
 * Whether an earlier run of this sync posted its pull request comment and stopped before the tracker
 * recorded the merge. Only a tracker that existed before this run can have such a run behind it.
 */
async function commentedBefore(state: SyncState, deps: JobDeps): Promise<boolean> {
  const { ctx } = state.input;
  if (!state.tracker || ctx.pullRequest === null) return false;
  const tag = syncedTag(ctx);
  const comments = await deps.client.comments(ctx.source, ctx.pullRequest);
  return comments.some((c) => c.author === deps.botLogin && c.body.includes(tag));
}

/** A late delivery of an older merge must not undo a newer one. */
async function isOlderMerge(input: SyncInput, file: ChangedFile, deps: JobDeps): Promise<boolean> {
  const paths = [file.path, ...(file.previousPath ? [file.previousPath] : [])];
  const { tracker } = ourIssues(input.existing, deps.botLogin, paths);
  const sha = input.ctx.source.sha;
  if (!tracker?.marker.sha || tracker.marker.sha === sha) return false;
  const status = await deps.client.compare(input.ctx.source, tracker.marker.sha, sha);
  if (status !== "behind" && status !== "identical") return false;
  deps.log.info(
    `${file.path}: ${sha.slice(0, 7)} is older than ${tracker.marker.sha.slice(0, 7)}, already synced; skipped`,
  );
  return true;
}

async function syncReport(
  change: MergedChange,
  file: ChangedFile,
  deps: JobDeps,
): Promise<ReportSync | null> {
  const { log } = deps;
  const report = await readReport(deps.client, change.source, file.path, change.sha, deps.config);
  if (report === null) {
    log.warn(`${file.path} is not in ${change.sha}; skipped`);
    return null;
  }
  for (const w of report.warnings) log.info(`${w.file}${w.line ? `:${w.line}` : ""}: ${w.message}`);
  const input = await syncInputFor(deps.client, { ...change, report, file }, deps);
  if (await isOlderMerge(input, file, deps)) return null;
  const start = startSync(input);
  if ("blocked" in start) {
    log.warn(start.blocked);
    // Said once on the pull request, for this merge and report.
    const tag = `${BLOCKED} ${change.sha} ${file.path} -->`;
    if (change.pullRequest !== null)
      await noticeOnce(
        deps,
        { repo: change.source, pullRequest: change.pullRequest },
        `${start.blocked}\n\n${tag}`,
        tag,
      );
    return { path: file.path, blocked: start.blocked, operations: [] };
  }
  if ("inSync" in start) {
    log.info(
      start.noItems
        ? `${file.path}: has no action items; nothing to file`
        : `${file.path}: already in sync with ${change.sha.slice(0, 7)}`,
    );
    return { path: file.path, blocked: null, operations: [] };
  }
  const synced = await applySync(start.state, deps);
  if (change.branch) await linkBack(start.state, synced, { sha: change.sha, base: change.branch }, deps);
  return { path: file.path, blocked: null, operations: synced.operations };
}

/** Syncs every report a merge added or changed. Webhooks come at least once: running it twice is harmless. */
export async function syncMerge(change: MergedChange, deps: JobDeps): Promise<ReportSync[]> {
  const results: ReportSync[] = [];
  for (const file of change.files) {
    const why = notReportReason(file.path, deps.config);
    if (why && !file.removed) deps.log.info(`${file.path}: not synced, ${why}`);
  }
  for (const file of changedReports(change.files, deps.config)) {
    const result = await syncReport(change, file, deps);
    if (result) results.push(result);
  }
  return results;
}
