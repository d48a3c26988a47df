import type { CreatedIssues, RepoId } from "../model.ts";
import { issueRef, type ReportContext, reportUrl } from "../render.ts";
import { cell } from "../text.ts";

/** What a sync changes, for the pull request comment, the review's preview and the logs. */
export interface SyncChange {
  kind: "created" | "updated" | "closed" | "removed" | "linked";
  title: string;
  repo: RepoId;
  /** The issue, or null for one this sync creates (found by `key` among what was created). */
  issue: number | null;
  key?: string;
}

const verbs: Record<SyncChange["kind"], string> = {
  created: "created",
  updated: "updated",
  closed: "closed (checked in the report)",
  removed: "closed as not planned (removed from the report)",
  linked: "linked (existing issue)",
};

/** The issue's number: known, or what the gateway created; null in a dry run. */
export function changedIssue(change: SyncChange, created: CreatedIssues): number | null {
  return change.issue ?? (change.key ? (created.get(change.key)?.number ?? null) : null);
}

const refText = (from: RepoId, repo: RepoId, issue: number | null) =>
  issue === null ? "(new issue)" : issueRef(from, repo, issue);

export function pullRequestComment(
  ctx: ReportContext,
  changes: SyncChange[],
  created: CreatedIssues,
  tracker: number | null,
  items: number,
): string {
  const from = ctx.source;
  const head = `The action items of [${ctx.report.title}](${reportUrl(ctx)}) are tracked in ${refText(from, ctx.target, tracker)} (${items} item${items === 1 ? "" : "s"}).`;
  if (changes.length === 0) return `${head}\n\nNo issue needed a change.`;
  const rows = changes.map(
    (c) => `| ${refText(from, c.repo, changedIssue(c, created))} | ${cell(c.title)} | ${verbs[c.kind]} |`,
  );
  return [head, "", "| Issue | Action item | Change |", "| --- | --- | --- |", ...rows].join("\n");
}
