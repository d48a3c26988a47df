import { Duration } from "luxon";
import type { Config } from "../../config/schema.ts";

/** What the sweep is told by the config: plain values, so that the planners stay pure. */

export type Mention = "overdue" | "all" | "none";

export interface DeadlinePolicy {
  /** By severity level (1 for SEV-1), a duration counted from the merge. */
  severity: Partial<Record<number, string>>;
  priority: Partial<Record<string, string>>;
  fallback: string;
}

export interface SweepSettings {
  interval: string;
  timezone: string;
  mention: Mention;
  deadlines: DeadlinePolicy;
  overdueLabel: string;
  /** How long before its due date an item is reminded; null: never before. */
  remindBefore: string | null;
  /** Days overdue after which the tracker's digest mentions the report's owners, once; null: never. */
  escalateAfter: number | null;
  /** Who is mentioned on escalation instead of the report's owners. */
  escalateTo: string | null;
  /** Days after a tracker closes that it is reopened for a review of effectiveness; null: never. */
  effectivenessReview: number | null;
  /** An incoming-webhook URL that gets a digest when something is overdue or due soon. */
  notifyUrl: string | null;
}

export function deadlinePolicy(config: Config): DeadlinePolicy {
  const d = config.deadlines;
  const severity: Partial<Record<number, string>> = {};
  for (const [name, days] of Object.entries(d.severity)) severity[Number(name.slice(4))] = days;
  return { severity, priority: d.priority, fallback: d.default };
}

export function sweepSettings(config: Config): SweepSettings {
  const r = config.reminders;
  return {
    interval: r.interval,
    timezone: r.timezone,
    mention: r["mention-owners"] ? r.mention : "none",
    deadlines: deadlinePolicy(config),
    overdueLabel: r["overdue-label"],
    remindBefore: r["remind-before"] === "off" ? null : r["remind-before"],
    escalateAfter: r["escalate-after"] === "off" ? null : r["escalate-after"],
    escalateTo: r["escalate-to"],
    effectivenessReview: r["effectiveness-review"] === "off" ? null : r["effectiveness-review"],
    notifyUrl: r["notify-url"],
  };
}

/** "7d", "2w", "12h" as a luxon Duration. */
export function parseDuration(text: string): Duration {
  const m = /^(\d+)\s*([hdw])$/.exec(text.trim());
  if (!m) throw new Error(`"${text}" is not a duration such as "7d", "2w" or "12h"`);
  const n = Number(m[1]);
  return m[2] === "h"
    ? Duration.fromObject({ hours: n })
    : m[2] === "w"
      ? Duration.fromObject({ weeks: n })
      : Duration.fromObject({ days: n });
}

/** Scheduled runs start a little late at times: an interval counts as elapsed up to an hour early. */
const SLACK_MS = 3600 * 1000;

/** Whether one interval has passed since `since` (an ISO time), within the slack. */
export function intervalElapsed(since: string, nowMs: number, interval: string): boolean {
  const ms = parseDuration(interval).toMillis();
  return nowMs - Date.parse(since) >= ms - Math.min(SLACK_MS, ms / 10);
}
