import { DateTime } from "luxon";
import type { Config } from "../../config/schema.ts";
import type { TrackerEntry } from "../marker.ts";
import { type DeadlinePolicy, deadlinePolicy, parseDuration } from "./settings.ts";

/** An item's due day and where it comes from: the report's own date, or a policy. */
export interface Deadline {
  /** yyyy-MM-dd in the configured time zone. */
  day: string;
  source: "report" | "policy";
  /** The policy's name for people: "SEV-1", "P3" or "default". */
  policy: string | null;
}

const WORDS: Record<string, number> = {
  critical: 1,
  major: 2,
  high: 2,
  medium: 3,
  moderate: 3,
  low: 4,
  minor: 4,
};

/** A report's severity as a level (1 for SEV-1): `SEV-1`, `sev1`, `S1`, `1`, `critical`; null if unknown. */
export function severityLevel(severity: string | number | null | undefined): number | null {
  if (severity === null || severity === undefined) return null;
  const text = String(severity).trim().toLowerCase();
  const word = WORDS[text.split(/\s+/)[0] ?? ""];
  if (word) return word;
  const m = /^(?:sev(?:erity)?|s)?\s*[-_ ]?\s*(\d)\b/.exec(text);
  return m ? Number(m[1]) : null;
}

/** The facts of a report a policy reads. */
export interface DeadlineFacts {
  merged: string;
  severity?: string | number | null;
}

/**
 * An item's deadline: its own due date always wins; else the tighter of its severity's and its
 * priority's policies; else the default. Policies count from when the item first appeared.
 */
export function deadline(
  entry: Pick<TrackerEntry, "due" | "priority" | "added">,
  facts: DeadlineFacts,
  policy: DeadlinePolicy,
  zone: string,
): Deadline {
  if (entry.due) return { day: entry.due, source: "report", policy: null };
  // Counted from the merge that added the item (an item added later is not born overdue).
  const start = DateTime.fromISO(entry.added ?? facts.merged, { zone });
  const level = severityLevel(facts.severity);
  const candidates: { name: string; day: string }[] = [];
  const bySeverity = level === null ? undefined : policy.severity[level];
  if (bySeverity) candidates.push({ name: `SEV-${level}`, day: dayAfter(start, bySeverity) });
  const byPriority = entry.priority ? policy.priority[entry.priority] : undefined;
  if (byPriority) candidates.push({ name: entry.priority ?? "", day: dayAfter(start, byPriority) });
  if (candidates.length === 0) candidates.push({ name: "default", day: dayAfter(start, policy.fallback) });
  const tightest = candidates.reduce((a, b) => (b.day < a.day ? b : a));
  return { day: tightest.day, source: "policy", policy: tightest.name };
}

const dayAfter = (start: DateTime, duration: string) => start.plus(parseDuration(duration)).toISODate() ?? "";

/** "due 2026-12-18, from the SEV-1 policy" or "due 2026-12-18". */
export function deadlineText(d: Deadline): string {
  return d.source === "report" ? `due ${d.day}` : `due ${d.day}, from the ${d.policy} policy`;
}

/** The policy and the time zone deadlines are counted in. */
export interface DeadlineRules {
  policy: DeadlinePolicy;
  zone: string;
}

export const deadlineRules = (config: Config): DeadlineRules => ({
  policy: deadlinePolicy(config),
  zone: config.reminders.timezone,
});

export const deadlineBy = (
  entry: Pick<TrackerEntry, "due" | "priority" | "added">,
  facts: DeadlineFacts,
  rules: DeadlineRules,
) => deadline(entry, facts, rules.policy, rules.zone);
