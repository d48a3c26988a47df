import { placeholder, type RepoId, type Target } from "./model.ts";
import { issueRef, type ReportContext, reportUrl } from "./render.ts";

/** What a sync changed, for the pull request comment and the logs. */
export interface SyncChange {
  kind: "created" | "updated" | "closed" | "removed" | "linked";
  title: string;
  issue: Target;
  repo: RepoId;
}

const verbs: Record<SyncChange["kind"], string> = {
  created: "created",
  updated: "updated",
  closed: "closed (checked in the report)",
  removed: "closed as not planned (removed from the report)",
  linked: "linked (existing issue)",
};

function ref(from: RepoId, change: { issue: Target; repo: RepoId }): string {
  return "existing" in change.issue
    ? issueRef(from, change.repo, change.issue.existing)
    : placeholder(change.issue.planned);
}

export function pullRequestComment(
  ctx: ReportContext,
  changes: SyncChange[],
  tracker: Target,
  items: number,
): string {
  const from = ctx.source;
  const trackerText = ref(from, { issue: tracker, repo: ctx.target });
  const head = `The action items of [${ctx.report.title}](${reportUrl(ctx)}) are tracked in ${trackerText} (${items} item${items === 1 ? "" : "s"}).`;
  if (changes.length === 0) return `${head}\n\nNo issue needed a change.`;
  const rows = changes.map(
    (c) => `| ${ref(from, c)} | ${c.title.replace(/\|/g, "\\|")} | ${verbs[c.kind]} |`,
  );
  return [head, "", "| Issue | Action item | Change |", "| --- | --- | --- |", ...rows].join("\n");
}
