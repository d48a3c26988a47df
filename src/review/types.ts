import type { ProseLine, Report, Section, SectionKind } from "../report/index.ts";
import type { RuleId } from "./ids.ts";

export type FindingSeverity = "error" | "warning" | "notice";
export type RuleLevel = FindingSeverity | "off";

/** One thing a reviewer would point out, tied to a line of the report. */
export interface Finding {
  /** The rule that found it, or "report" for a problem the parser found in the report itself. */
  rule: RuleId | "report";
  severity: FindingSeverity;
  message: string;
  line: number;
  suggestion?: string;
}

export type Draft = Omit<Finding, "severity" | "rule">;

export interface Rule {
  id: RuleId;
  level: RuleLevel;
  description: string;
  check(report: Report, words: BlamelessPhrase[]): Draft[];
}

export interface BlamelessPhrase {
  /** A phrase, matched case-insensitively on word boundaries. */
  phrase: string;
  rewrite: string;
}

/** The lines of a section (its heading excluded), and the sections of a kind. */
export function sectionsOf(report: Report, kind: SectionKind): Section[] {
  return report.sections.filter((s) => s.kind === kind);
}

export function linesOf(report: Report, sections: Section[]): ProseLine[] {
  return report.prose.filter((l) => sections.some((s) => l.line > s.line && l.line <= s.endLine));
}
