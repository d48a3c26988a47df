import type { ProseLine, Report, Section, SectionKind } from "../report/index.ts";

export type FindingSeverity = "error" | "warning" | "notice";
export type RuleLevel = FindingSeverity | "off";

/** One thing a reviewer would point out, tied to a line of the report. */
export interface Finding {
  rule: string;
  severity: FindingSeverity;
  message: string;
  line: number;
  suggestion?: string;
}

export type Draft = Omit<Finding, "severity" | "rule">;

export interface Rule {
  id: string;
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
