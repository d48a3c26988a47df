import type { Config } from "../config/schema.ts";
import type { PullRequestFile } from "../github/client.ts";
import { isReportPath } from "../tracking/paths.ts";

/** The files a merge or a push changed, as the sync and the review read them. */
export interface ChangedFile {
  path: string;
  previousPath?: string;
  removed: boolean;
  /** New in this change (not modified). */
  added?: boolean;
}

/** A pull request's changed files. */
export function fromPullRequestFiles(files: PullRequestFile[]): ChangedFile[] {
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

/** The reports a change added or modified; one report removed and one added is a move, whatever Git said. */
export function changedReports(files: ChangedFile[], config: Config): ChangedFile[] {
  const reports = files.filter((f) => isReportPath(f.path, config));
  const removed = reports.filter((f) => f.removed);
  const added = reports.filter((f) => f.added && !f.previousPath);
  const moved = removed.length === 1 && added.length === 1 && added[0] && removed[0];
  return reports
    .filter((f) => !f.removed)
    .map((f) => (moved && f === added[0] ? { ...f, previousPath: removed[0]?.path as string } : f));
}
