/** The review rules' ids, for the configuration's schema (kept apart so the schema needs no rule code). */
export const ruleIds = [
  "sections",
  "summary-duration",
  "summary-impact",
  "summary-root-cause",
  "timeline",
  "root-cause",
  "corrective-tasks",
  "corrective-guess",
  "lessons",
  "item-owner",
  "item-due",
  "item-vague",
  "item-types",
  "item-match",
  "blameless",
] as const;

export type RuleId = (typeof ruleIds)[number];
