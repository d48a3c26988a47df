import { reviewOptions } from "../config/load.ts";
import type { Config } from "../config/schema.ts";
import type { Report } from "../report/index.ts";
import { conclusionOf, type Finding, reviewReport } from "../review/index.ts";
import { type ReviewedReport, reviewSummary } from "../review/summary.ts";
import type { CheckRunOutput, Operation, RepoId } from "../tracking/model.ts";
import { isReportPath } from "../tracking/paths.ts";
import { deadlineBy, deadlineRules } from "../tracking/reminders/deadline.ts";
import type { SyncChange } from "../tracking/sync/comment.ts";
import { type ItemsPlan, planSync } from "../tracking/sync/plan.ts";
import type { ChangedFile } from "./changes.ts";
import type { JobDeps } from "./deps.ts";
import { readReport, syncInputFor } from "./report-input.ts";

/**
 * The review of the reports a pull request changes: findings per line, and a preview of the issues its
 * merge would file, from the same plan code as the sync (nothing is written).
 */

export interface ReviewTarget {
  repo: RepoId;
  pullRequest: number;
  headSha: string;
  files: ChangedFile[];
  serverUrl: string;
}

export async function reviewPullRequest(
  target: ReviewTarget,
  deps: Omit<JobDeps, "gateway">,
): Promise<ReviewedReport[]> {
  const { client, config } = deps;
  const out: ReviewedReport[] = [];
  for (const file of target.files.filter((f) => !f.removed && isReportPath(f.path, config))) {
    const report = await readReport(client, target.repo, file.path, target.headSha, config);
    if (report === null) continue;
    const findings = reviewReport(report, reviewOptions(config));
    const at = {
      report,
      file,
      source: target.repo,
      sha: target.headSha,
      serverUrl: target.serverUrl,
      pullRequest: target.pullRequest,
    };
    const plan = planSync(await syncInputFor(client, at, deps));
    const preview = plan.kind === "sync" ? previewWithDue(plan.items, report, deps) : [];
    out.push({
      path: file.path,
      title: report.title,
      findings: [...findings, ...guessFindings(preview, config)].sort((a, b) => a.line - b.line),
      preview,
      items: report.items.length,
      blocked: plan.kind === "blocked" ? plan.reason : null,
    });
  }
  return out;
}

/** An edit matched to an issue by a guess: the author is asked to say which issue is the item's. */
function guessFindings(preview: SyncChange[], config: Config): Finding[] {
  const level = config.review.rules["item-match"] ?? "warning";
  if (level === "off") return [];
  return preview
    .filter((c) => c.guess && c.issue !== null)
    .map((c) => ({
      rule: "item-match",
      severity: level,
      line: c.line ?? 1,
      message: `This item is taken as the edit of #${c.issue} ("${c.was ?? c.title}"), but another issue or item is nearly as close.`,
      suggestion: `Name its issue in the item (#${c.issue}) if that is right, or the other one; the match then stays certain.`,
    }));
}

/** Each change of the preview with its item's due date, as the merge would set it now. */
function previewWithDue(items: ItemsPlan, report: Report, deps: Pick<JobDeps, "config" | "now">) {
  const s = report.frontMatter.severity;
  const facts = {
    merged: deps.now().toISOString(),
    severity: typeof s === "string" || typeof s === "number" ? s : null,
  };
  const rules = deadlineRules(deps.config);
  const ofItems = items.items.flatMap(({ changes, placed }) => {
    const d = deadlineBy(placed.entry, facts, rules);
    const due = d.source === "policy" ? `${d.day}, from the ${d.policy} policy` : d.day;
    return changes.map((c) => ({ ...c, due }));
  });
  // Removed and merged items close with no due date to show.
  const itemChanges = new Set(items.items.flatMap((i) => i.changes));
  return [...ofItems, ...items.changes.filter((c) => !itemChanges.has(c))];
}

export const CHECK_NAME = "Postmortem review";

const levels = { error: "failure", warning: "warning", notice: "notice" } as const;

/** The check run of a review: its conclusion, counts, summary and one annotation per finding. */
export function checkRunOf(reports: ReviewedReport[], failOn: Config["review"]["fail-on"]) {
  const annotations: CheckRunOutput["annotations"] = reports.flatMap((r) =>
    r.findings.map((f) => ({
      path: r.path,
      start_line: f.line,
      end_line: f.line,
      annotation_level: levels[f.severity],
      title: f.rule,
      message: f.suggestion ? `${f.message}\n${f.suggestion}` : f.message,
    })),
  );
  const count = (s: string) => annotations.filter((a) => a.annotation_level === s).length;
  const title = `${count("failure")} error(s), ${count("warning")} warning(s), ${count("notice")} notice(s)`;
  return {
    conclusion: conclusionOf(
      reports.flatMap((r) => r.findings),
      failOn,
    ),
    output: { title, summary: reviewSummary(reports), annotations },
  };
}

/** One check run per head commit: a redelivery finds it and leaves it (annotations add up on updates). */
export async function publishReview(
  target: Pick<ReviewTarget, "repo" | "headSha">,
  reports: ReviewedReport[],
  deps: Pick<JobDeps, "client" | "gateway" | "config" | "log">,
): Promise<void> {
  const existing = await deps.client.checkRuns(target.repo, target.headSha, CHECK_NAME);
  if (existing.length > 0) {
    deps.log.info(`"${CHECK_NAME}" is already published on ${target.headSha}`);
    return;
  }
  const run = checkRunOf(reports, deps.config.review["fail-on"]);
  const op: Operation = {
    op: "publishCheckRun",
    repo: target.repo,
    name: CHECK_NAME,
    headSha: target.headSha,
    ...run,
  };
  await deps.gateway.apply([op]);
}
