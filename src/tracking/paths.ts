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

/** The repository that holds a report's tracker and items: its own, or the one the config names. */
export function targetRepo(source: RepoId, config: Config): RepoId {
  return config.issues.repository ? { owner: source.owner, repo: config.issues.repository } : source;
}
