import { reviewOptions, sectionNames } from "../config/load.ts";
import type { Config } from "../config/schema.ts";
import { parseReport } from "../report/index.ts";
import { type Finding, reviewReport } from "../review/index.ts";
import type { RepoId } from "../tracking/model.ts";
import { planSync } from "../tracking/plan.ts";
import type { SyncChange } from "../tracking/summary.ts";
import type { Gateway } from "./gateway.ts";
import type { Logger } from "./octokit.ts";
import { type ChangedFile, isReportPath, reportIssues, targetRepo } from "./sync.ts";

/**
 * The review of the reports a pull request changes: findings per line, and a preview of the issues its
 * merge would file, from the same plan code as the sync (nothing is written).
 */

export interface ReviewedReport {
  path: string;
  title: string;
  findings: Finding[];
  preview: SyncChange[];
  items: number;
  blocked: string | null;
}

export interface ReviewInput {
  gateway: Gateway;
  repo: RepoId;
  pullRequest: number;
  headSha: string;
  files: ChangedFile[];
  config: Config;
  botLogin: string;
  serverUrl: string;
  now: () => Date;
  log: Logger;
}

export async function reviewPullRequest(input: ReviewInput): Promise<ReviewedReport[]> {
  const { gateway, config } = input;
  const out: ReviewedReport[] = [];
  for (const file of input.files) {
    if (file.removed || !isReportPath(file.path, config)) continue;
    const text = await gateway.fileText(input.repo, file.path, input.headSha);
    if (text === null) continue;
    const report = parseReport(text, { path: file.path, sectionNames: sectionNames(config) });
    const findings = reviewReport(report, reviewOptions(config));
    const target = targetRepo(input.repo, config);
    const existing = await reportIssues(gateway, target, file, config);
    const plan = planSync({
      ctx: {
        report,
        path: file.path,
        source: { ...input.repo, sha: input.headSha, serverUrl: input.serverUrl },
        pullRequest: input.pullRequest,
        target,
      },
      previousPath: file.previousPath ?? null,
      existing,
      botLogin: input.botLogin,
      config,
      now: input.now().toISOString(),
    });
    out.push({
      path: file.path,
      title: report.title,
      findings,
      preview: plan.changes,
      items: report.items.length,
      blocked: plan.blocked,
    });
  }
  return out;
}

export type Conclusion = "success" | "neutral" | "failure";

export function conclusionOf(reports: ReviewedReport[], failOn: Config["review"]["fail-on"]): Conclusion {
  const all = reports.flatMap((r) => r.findings);
  const errors = all.some((f) => f.severity === "error");
  const warnings = all.some((f) => f.severity === "warning");
  if (failOn === "error" && errors) return "failure";
  if (failOn === "warning" && (errors || warnings)) return "failure";
  return errors || warnings ? "neutral" : "success";
}

const LIMIT = 65_000;
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
const verbs: Record<SyncChange["kind"], string> = {
  created: "new issue",
  updated: "update",
  closed: "close (checked)",
  removed: "close as not planned",
  linked: "link existing issue",
};

/** The check run's (or the job summary's) text: findings, then the issues the merge will file. */
export function reviewSummary(reports: ReviewedReport[]): string {
  const parts: string[] = [];
  for (const r of reports) {
    parts.push(`### ${cell(r.title)} (\`${r.path}\`)`, "");
    if (r.findings.length === 0) parts.push("No findings.", "");
    else {
      parts.push("| Line | Level | Rule | Finding |", "| --- | --- | --- | --- |");
      for (const f of r.findings)
        parts.push(
          `| ${f.line} | ${f.severity} | ${f.rule} | ${cell(f.message)}${f.suggestion ? ` (${cell(f.suggestion)})` : ""} |`,
        );
      parts.push("");
    }
    if (r.blocked) parts.push(`On merge, nothing will be filed: ${cell(r.blocked)}`, "");
    else if (r.preview.length === 0)
      parts.push(`On merge: no issue changes (${r.items} item(s) already tracked).`, "");
    else {
      parts.push("On merge:", "", "| Action item | Will |", "| --- | --- |");
      for (const c of r.preview) parts.push(`| ${cell(c.title)} | ${verbs[c.kind]} |`);
      parts.push("");
    }
  }
  let text = parts.join("\n");
  if (text.length > LIMIT) text = `${text.slice(0, LIMIT)}\n\n(cut to fit GitHub's limit)`;
  return text;
}

const levels = { error: "failure", warning: "warning", notice: "notice" } as const;

/** One check run per head commit: created once, updated on a redelivery; annotations 50 a request. */
export async function publishCheckRun(
  gateway: Gateway,
  repo: RepoId,
  headSha: string,
  reports: ReviewedReport[],
  failOn: Config["review"]["fail-on"],
  log: Logger,
): Promise<void> {
  const name = "Postmortem review";
  const annotations = reports.flatMap((r) =>
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
  const summary = reviewSummary(reports);
  const conclusion = conclusionOf(reports, failOn);
  if (gateway.dryRun) {
    log.info(`[dry run] would publish check run "${name}" on ${headSha}: ${conclusion}, ${title}`);
    return;
  }
  const existing = await gateway.call<{ check_runs: { id: number; app?: { slug?: string } | null }[] }>(
    "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
    { ...repo, ref: headSha, check_name: name },
  );
  // Annotations add up on every update: a check run already published for this commit stays as it is.
  if (existing.check_runs.length > 0) {
    log.info(`"${name}" is already published on ${headSha}`);
    return;
  }
  const batches: (typeof annotations)[] = [];
  for (let i = 0; i < annotations.length; i += 50) batches.push(annotations.slice(i, i + 50));
  const [first = [], ...rest] = batches;
  const output = (batch: typeof annotations) => ({ title, summary, annotations: batch });
  const created = await gateway.call<{ id: number }>("POST /repos/{owner}/{repo}/check-runs", {
    ...repo,
    name,
    head_sha: headSha,
    status: "completed",
    conclusion,
    output: output(first),
  });
  const id = created.id;
  for (const batch of rest) {
    await gateway.call("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
      ...repo,
      check_run_id: id,
      output: output(batch),
    });
  }
}
