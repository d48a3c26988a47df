import picomatch from "picomatch";
import { sectionNames } from "../config/load.ts";
import type { Config } from "../config/schema.ts";
import { parseReport } from "../report/index.ts";
import { isReportLabel, reportLabel } from "../tracking/labels.ts";
import { parseMarker } from "../tracking/marker.ts";
import type { ExistingIssue, Operation, RepoId } from "../tracking/model.ts";
import { ourIssues, planSync } from "../tracking/plan.ts";
import { issueKey, type LiveStates, liveState, planTrackerRefresh } from "../tracking/refresh.ts";
import type { Gateway } from "./gateway.ts";
import { httpStatus, type Logger } from "./octokit.ts";

/** Reads what a plan needs from GitHub, plans, and applies: the same for the App and the Action. */

export interface ChangedFile {
  path: string;
  previousPath?: string;
  removed: boolean;
  /** New in this change (not modified). */
  added?: boolean;
}

export interface MergedChange {
  source: RepoId;
  sha: string;
  pullRequest: number | null;
  /** `https://github.com`, or the GitHub Enterprise Server's address. */
  serverUrl: string;
  files: ChangedFile[];
}

export interface Deps {
  gateway: Gateway;
  config: Config;
  botLogin: string;
  log: Logger;
  now: () => Date;
}

export interface ReportSync {
  path: string;
  blocked: string | null;
  operations: Operation[];
}

/** A pull request's changed files, as the sync reads them. */
export function fromPullRequestFiles(
  files: { filename: string; status: string; previous_filename?: string }[],
): ChangedFile[] {
  return files.map((f) => ({
    path: f.filename,
    ...(f.status === "renamed" && f.previous_filename ? { previousPath: f.previous_filename } : {}),
    removed: f.status === "removed",
    added: f.status === "added",
  }));
}

/** The last word on each file across a push's commits. */
export function fromPushCommits(
  commits: { added?: string[]; removed?: string[]; modified?: string[] }[],
): ChangedFile[] {
  const files = new Map<string, ChangedFile>();
  for (const commit of commits) {
    for (const path of commit.added ?? []) files.set(path, { path, removed: false, added: true });
    for (const path of commit.modified ?? [])
      files.set(path, { path, removed: false, added: files.get(path)?.added ?? false });
    for (const path of commit.removed ?? []) files.set(path, { path, removed: true });
  }
  return [...files.values()];
}

/** The issues that carry a report's label (and, for a renamed report, its old label). */
export async function reportIssues(
  gateway: Gateway,
  target: RepoId,
  file: ChangedFile,
  config: Config,
): Promise<ExistingIssue[]> {
  const labels = new Set(
    [file.path, ...(file.previousPath ? [file.previousPath] : [])].map((p) => reportLabel(p, config)),
  );
  const existing: ExistingIssue[] = [];
  for (const label of labels) existing.push(...(await gateway.issuesWithLabel(target, label)));
  return existing;
}

export function isReportPath(path: string, config: Config): boolean {
  return (
    picomatch.isMatch(path, config.paths, { dot: true }) &&
    !picomatch.isMatch(path, config.exclude, { dot: true })
  );
}

export function targetRepo(source: RepoId, config: Config): RepoId {
  return config.issues.repository ? { owner: source.owner, repo: config.issues.repository } : source;
}

const BLOCKED = "<!-- postmortem-tracker blocked";

/** Says once on the pull request why a report was not synced. */
async function reportBlocked(change: MergedChange, path: string, reason: string, deps: Deps): Promise<void> {
  deps.log.warn(reason);
  if (change.pullRequest === null) return;
  const tag = `${BLOCKED} ${change.sha} ${path} -->`;
  const comments = await deps.gateway.comments(change.source, change.pullRequest);
  if (comments.some((c) => c.author === deps.botLogin && c.body.includes(tag))) return;
  await deps.gateway.apply([
    {
      op: "comment",
      repo: change.source,
      issue: { existing: change.pullRequest },
      body: `${reason}\n\n${tag}`,
    },
  ]);
}

/** Syncs every report a merge added or changed. Webhooks come at least once: running it twice is harmless. */
export async function syncMerge(change: MergedChange, deps: Deps): Promise<ReportSync[]> {
  const { gateway, config, log } = deps;
  const results: ReportSync[] = [];
  // One report removed and one added in the same change is a move, whatever Git called it.
  const removed = change.files.filter((f) => f.removed && isReportPath(f.path, config));
  const added = change.files.filter((f) => f.added && !f.previousPath && isReportPath(f.path, config));
  if (removed.length === 1 && added.length === 1 && added[0] && removed[0])
    added[0].previousPath = removed[0].path;
  for (const file of change.files) {
    if (file.removed || !isReportPath(file.path, config)) continue;
    const text = await gateway.fileText(change.source, file.path, change.sha);
    if (text === null) {
      log.warn(`${file.path} is not in ${change.sha}; skipped`);
      continue;
    }
    const report = parseReport(text, { path: file.path, sectionNames: sectionNames(config) });
    for (const w of report.warnings) log.info(`${w.file}${w.line ? `:${w.line}` : ""}: ${w.message}`);
    const target = targetRepo(change.source, config);
    const existing = await reportIssues(gateway, target, file, config);
    // A late delivery of an older merge must not undo a newer one.
    const { tracker } = ourIssues(existing, deps.botLogin, [
      file.path,
      ...(file.previousPath ? [file.previousPath] : []),
    ]);
    if (tracker?.marker.sha && tracker.marker.sha !== change.sha) {
      const compare = await gateway
        .call<{ status: string }>("GET /repos/{owner}/{repo}/compare/{basehead}", {
          ...change.source,
          basehead: `${tracker.marker.sha}...${change.sha}`,
        })
        .catch((error: unknown) => {
          // A commit that is gone (a rewritten history) cannot be compared: sync as usual.
          if (httpStatus(error) === 404) return { status: "unknown" };
          throw error;
        });
      if (compare.status === "behind" || compare.status === "identical") {
        log.info(
          `${file.path}: ${change.sha.slice(0, 7)} is older than ${tracker.marker.sha.slice(0, 7)}, already synced; skipped`,
        );
        continue;
      }
    }
    const plan = planSync({
      ctx: {
        report,
        path: file.path,
        source: { ...change.source, sha: change.sha, serverUrl: change.serverUrl },
        pullRequest: change.pullRequest,
        target,
      },
      previousPath: file.previousPath ?? null,
      existing,
      botLogin: deps.botLogin,
      config,
      now: deps.now().toISOString(),
    });
    if (plan.blocked) {
      await reportBlocked(change, file.path, plan.blocked, deps);
    } else if (plan.operations.length === 0) {
      log.info(`${file.path}: already in sync with ${change.sha.slice(0, 7)}`);
    } else {
      await gateway.apply(plan.operations);
    }
    results.push({ path: file.path, blocked: plan.blocked, operations: plan.operations });
  }
  return results;
}

/** An action item (or a referenced issue) was closed or reopened: its trackers' checklists follow at once. */
export async function syncIssueState(
  repo: RepoId,
  issue: ExistingIssue,
  serverUrl: string,
  deps: Deps,
): Promise<Operation[]> {
  const labels = issue.labels.filter((l) => isReportLabel(l, deps.config));
  const done: Operation[] = [];
  const seen = new Set<number>();
  for (const label of labels) {
    const issues = await deps.gateway.issuesWithLabel(repo, label);
    // The list is read now; the event's copy of the issue may be older (a close and a quick reopen).
    const live: LiveStates = new Map([[issueKey(repo, issue.number), liveState(issue)]]);
    for (const i of issues) live.set(issueKey(repo, i.number), liveState(i));
    for (const tracker of issues) {
      const marker = parseMarker(tracker.body);
      if (tracker.author !== deps.botLogin || marker?.kind !== "tracker" || seen.has(tracker.number))
        continue;
      if (!marker.items.some((e) => e.issue === issue.number && !e.repo)) continue;
      seen.add(tracker.number);
      const ops = planTrackerRefresh({ tracker, marker, live, serverUrl });
      if (ops.length > 0) await deps.gateway.apply(ops);
      done.push(...ops);
    }
  }
  return done;
}
