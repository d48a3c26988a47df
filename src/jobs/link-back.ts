import { linkedReport } from "../tracking/link-back.ts";
import type { CreatedIssues, Operation } from "../tracking/model.ts";
import { trackedItems } from "../tracking/sync/finish.ts";
import type { ItemsPlan } from "../tracking/sync/plan.ts";
import type { SyncState } from "../tracking/sync/state.ts";
import type { JobDeps } from "./deps.ts";

/** The branch of a report's link-back pull request: one per report, so later merges update it. */
export const linkBranch = (path: string) =>
  `postmortem-tracker/links/${path.replace(/\.md$/i, "").replace(/[^\w.-]+/g, "-")}`;

/**
 * With `link-back: pull-request`, one pull request writes each item's issue link into the report:
 * its branch is moved to the merge and the report committed on it; it is opened only when none is
 * open, and nothing is done when every item links its issue already.
 */
export async function linkBack(
  state: SyncState,
  synced: { items: ItemsPlan; created: CreatedIssues },
  at: { sha: string; base: string },
  deps: JobDeps,
): Promise<void> {
  if (deps.config["link-back"] !== "pull-request") return;
  const { ctx } = state.input;
  const file = await deps.client.file(ctx.source, ctx.path, at.sha);
  if (!file) return;
  const issues = trackedItems(state, synced.items, synced.created);
  const text = linkedReport(file.text, issues, { repo: ctx.target, serverUrl: ctx.source.serverUrl });
  if (text === null) {
    deps.log.info(`${ctx.path}: every item links its issue already`);
    return;
  }
  const branch = linkBranch(ctx.path);
  const open = await deps.client.openPullsFrom(ctx.source, branch);
  const repo = ctx.source;
  const title = `Link the action items of "${ctx.report.title}" to their issues`;
  const ops: Operation[] = [
    { op: "moveBranch", repo, branch, sha: at.sha },
    { op: "writeFile", repo, branch, path: ctx.path, text, blobSha: file.sha, message: title },
  ];
  if (open.length === 0) {
    const body = `Writes a link to each action item's issue into \`${ctx.path}\`, so that readers of the report see where each item is tracked. Merging it changes no issue: each item keeps its own. This pull request is updated after later merges of the report.`;
    ops.push({ op: "openPullRequest", repo, head: branch, base: at.base, title, body });
  }
  await deps.gateway.apply(ops);
}
