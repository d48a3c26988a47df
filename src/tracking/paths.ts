import picomatch from "picomatch";
import type { Config } from "../config/schema.ts";
import type { RepoId } from "./model.ts";

/** Which files are reports, and where their issues go: the config's path policy. */

export function isReportPath(path: string, config: Config): boolean {
  return (
    picomatch.isMatch(path, config.paths, { dot: true }) &&
    !picomatch.isMatch(path, config.exclude, { dot: true })
  );
}

/**
 * Why a changed Markdown file is not synced as a report, for the log: it matches none of `paths`,
 * or one of `exclude`. Null for a report, and for files that are not Markdown (not worth a line).
 */
export function notReportReason(path: string, config: Config): string | null {
  if (!/\.(?:md|markdown)$/i.test(path) || isReportPath(path, config)) return null;
  if (!picomatch.isMatch(path, config.paths, { dot: true }))
    return `it matches none of paths (${config.paths.join(", ")})`;
  const excluded = config.exclude.find((glob) => picomatch.isMatch(path, glob, { dot: true }));
  return `it matches exclude (${excluded})`;
}

/** The repository that holds a report's tracker and items: its own, or the one the config names. */
export function targetRepo(source: RepoId, config: Config): RepoId {
  return config.issues.repository ? { owner: source.owner, repo: config.issues.repository } : source;
}
