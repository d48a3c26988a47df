import type { DateTime } from "luxon";
import type { SweepRecord } from "../marker.ts";
import { deadlineText } from "./deadline.ts";
import { itemPeople, names } from "./people.ts";
import { intervalElapsed, parseDuration, type SweepSettings } from "./settings.ts";
import type { ItemStatus } from "./status.ts";

/** The reminder on one item's own issue, if one is due: before the due date, at it, then per interval. */

export type ReminderKind = "before" | "overdue";
export type Reminded = NonNullable<SweepRecord["reminded"]>[string];

export interface ItemReminder {
  kind: ReminderKind;
  /** A repeat of the overdue reminder, one interval after the last. */
  repeat: boolean;
  body: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Which reminder is due; the record is about the due day it was sent for, so a moved date starts afresh. */
export function reminderDue(
  s: ItemStatus,
  last: Reminded | undefined,
  now: DateTime,
  settings: SweepSettings,
): { kind: ReminderKind; repeat: boolean } | null {
  // Only on issues in the tracker's repository that are still open.
  if (s.state !== "open" || s.entry.issue === null || s.entry.repo) return null;
  const current = last && last.due === s.due ? last : undefined;
  if (s.daysOverdue > 0) {
    if (current?.kind !== "overdue") return { kind: "overdue", repeat: false };
    return intervalElapsed(current.at, now.toMillis(), settings.interval)
      ? { kind: "overdue", repeat: true }
      : null;
  }
  if (current || settings.remindBefore === null) return null;
  const window = parseDuration(settings.remindBefore).as("days");
  return s.daysLeft <= window ? { kind: "before", repeat: false } : null;
}

export function itemReminder(
  s: ItemStatus,
  last: Reminded | undefined,
  now: DateTime,
  settings: SweepSettings,
  context: { reportOwners: readonly string[]; trackerRef: string },
): ItemReminder | null {
  const due = reminderDue(s, last, now, settings);
  if (!due) return null;
  const people = itemPeople(s, context.reportOwners);
  const who = people.length > 0 ? `${names(people, settings.mention !== "none")}: ` : "";
  const when = deadlineText(s.deadline);
  const text =
    due.kind === "before"
      ? `${who}a reminder that this action item is ${when}${s.daysLeft > 0 ? ` (in ${plural(s.daysLeft, "day")})` : " (today)"}.`
      : `${who}this action item is ${due.repeat ? "still open, " : ""}${plural(s.daysOverdue, "day")} overdue (${when}).`;
  const ask =
    due.kind === "before"
      ? "Close it when it is done; if it will not be done, close it as not planned with the reason in a comment."
      : "Close it when it is done, move its due date in the report, or close it as not planned with the reason in a comment.";
  return { ...due, body: [text, "", `${ask} Tracked by ${context.trackerRef}.`].join("\n") };
}
