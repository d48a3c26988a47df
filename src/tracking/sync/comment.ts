import type { CreatedIssues, RepoId, WriteProblem } from "../model.ts";
import { issueRef, type ReportContext, reportUrl } from "../render.ts";
import { cell } from "../text.ts";

/** What a sync changes, for the pull request comment, the review's preview and the logs. */
export interface SyncChange {
  kind: "created" | "split" | "updated" | "closed" | "removed" | "merged" | "linked";
  title: string;
  repo: RepoId;
  /** The issue, or null for one this sync creates (found by `key` among what was created). */
  issue: number | null;
  key?: string;
  /** The item's line in the report. */
  line?: number;
  /** An edited item's earlier wording. */
  was?: string;
  /** The issue a split item came from, or the one a merged item went into. */
  related?: number;
  /** The match is a guess: another issue or item was nearly as close. */
  guess?: boolean;
}

const verbs: Record<SyncChange["kind"], (c: SyncChange) => string> = {
  created: () => "created",
  split: (c) => `created (split from #${c.related})`,
  updated: () => "updated",
  closed: () => "closed (checked in the report)",
  removed: () => "closed as not planned (removed from the report)",
  merged: (c) => `closed as not planned (merged into #${c.related})`,
  linked: () => "linked (existing issue)",
};

/** The issue's number: known, or what the gateway created; null in a dry run. */
export function changedIssue(change: SyncChange, created: CreatedIssues): number | null {
  return change.issue ?? (change.key ? (created.get(change.key)?.number ?? null) : null);
}

const refText = (from: RepoId, repo: RepoId, issue: number | null) =>
  issue === null ? "(new issue)" : issueRef(from, repo, issue);

/** The hidden tag of the comment about one report's sync at one commit: found before it is posted. */
export const syncedTag = (ctx: ReportContext) =>
  `<!-- postmortem-tracker synced ${ctx.source.sha} ${ctx.path} -->`;

export function pullRequestComment(
  ctx: ReportContext,
  changes: SyncChange[],
  created: CreatedIssues,
  tracker: number | null,
  items: number,
  problems: WriteProblem[] = [],
): string {
  const from = ctx.source;
  const head = `The action items of [${ctx.report.title}](${reportUrl(ctx)}) are tracked in ${refText(from, ctx.target, tracker)} (${items} item${items === 1 ? "" : "s"}).`;
  const trouble =
    problems.length === 0
      ? []
      : [
          "",
          "Not done (every other item is tracked; each is tried again on the next merge, and the tracker marks it):",
          "",
          ...problems.map((p) => `- ${p.text}`),
        ];
  if (changes.length === 0)
    return [head, "", "No issue needed a change.", ...trouble, "", syncedTag(ctx)].join("\n");
  const rows = changes.map(
    (c) => `| ${refText(from, c.repo, changedIssue(c, created))} | ${cell(c.title)} | ${verbs[c.kind](c)} |`,
  );
  return [
    head,
    "",
    "| Issue | Action item | Change |",
    "| --- | --- | --- |",
    ...rows,
    ...trouble,
    "",
    syncedTag(ctx),
  ].join("\n");
}
