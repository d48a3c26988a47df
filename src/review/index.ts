import type { Report } from "../report/index.ts";
import { actionableRules } from "./actionable.ts";
import { blamelessRules, defaultBlamelessPhrases } from "./blameless.ts";
import type { RuleId } from "./ids.ts";
import { structureRules } from "./structure.ts";
import type { BlamelessPhrase, Finding, Rule, RuleLevel } from "./types.ts";

export { defaultBlamelessPhrases } from "./blameless.ts";
export type { RuleId } from "./ids.ts";
export type { BlamelessPhrase, Finding, FindingSeverity, Rule, RuleLevel } from "./types.ts";
export { type Conclusion, conclusionOf } from "./verdict.ts";

export const rules: Rule[] = [...structureRules, ...actionableRules, ...blamelessRules];

export interface ReviewOptions {
  /** A level per rule id, replacing its default; "off" silences it. */
  levels?: Partial<Record<RuleId, RuleLevel>>;
  /** The blameless phrases, replacing the defaults. */
  phrases?: BlamelessPhrase[];
}

/** Reviews a report against the postmortem process: pure, findings in line order. */
export function reviewReport(report: Report, options: ReviewOptions = {}): Finding[] {
  const phrases = options.phrases ?? defaultBlamelessPhrases;
  const findings: Finding[] = [];
  for (const rule of rules) {
    const level = options.levels?.[rule.id] ?? rule.level;
    if (level === "off") continue;
    for (const draft of rule.check(report, phrases))
      findings.push({ rule: rule.id, severity: level, ...draft });
  }
  for (const e of report.errors)
    findings.push({ rule: "report", severity: "error", message: e.message, line: e.line ?? 1 });
  return findings.sort((a, b) => a.line - b.line);
}
