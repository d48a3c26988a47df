import { sectionNames } from "../config/load.ts";
import type { Config } from "../config/schema.ts";
import type { GitHubClient } from "../github/client.ts";
import { parseReport, type Report } from "../report/index.ts";
import { reportLabel } from "../tracking/labels.ts";
import type { ExistingIssue, RepoId } from "../tracking/model.ts";
import { targetRepo } from "../tracking/paths.ts";
import type { SyncInput } from "../tracking/sync/state.ts";
import type { ChangedFile } from "./changes.ts";

/** A report at a commit, read and parsed; null when the file is not there. */
export async function readReport(
  client: GitHubClient,
  repo: RepoId,
  path: string,
  sha: string,
  config: Config,
): Promise<Report | null> {
  const text = await client.fileText(repo, path, sha);
  return text === null ? null : parseReport(text, { path, sectionNames: sectionNames(config) });
}

/** The issues that carry a report's label (and, for a renamed report, its old label). */
export async function reportIssues(
  client: GitHubClient,
  target: RepoId,
  file: ChangedFile,
  config: Config,
): Promise<ExistingIssue[]> {
  const paths = [file.path, ...(file.previousPath ? [file.previousPath] : [])];
  const existing: ExistingIssue[] = [];
  for (const label of new Set(paths.map((p) => reportLabel(p, config))))
    existing.push(...(await client.issuesWithLabel(target, label)));
  return existing;
}

export interface ReportAt {
  report: Report;
  file: ChangedFile;
  source: RepoId;
  sha: string;
  serverUrl: string;
  pullRequest: number | null;
}

/** The sync planner's input for a report at a commit: the same for the sync and the review's preview. */
export async function syncInputFor(
  client: GitHubClient,
  at: ReportAt,
  settings: { config: Config; botLogin: string; now: () => Date },
): Promise<SyncInput> {
  const target = targetRepo(at.source, settings.config);
  return {
    ctx: {
      report: at.report,
      path: at.file.path,
      source: { ...at.source, sha: at.sha, serverUrl: at.serverUrl },
      pullRequest: at.pullRequest,
      target,
    },
    previousPath: at.file.previousPath ?? null,
    existing: await reportIssues(client, target, at.file, settings.config),
    botLogin: settings.botLogin,
    config: settings.config,
    now: settings.now().toISOString(),
  };
}
