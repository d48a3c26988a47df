import { DateTime } from "luxon";
import type { SweepRecord } from "../marker.ts";
import { shownReason } from "./reasons.ts";
import type { ItemStatus } from "./status.ts";

/** The won't-do items whose reason is known (or known to be missing), one line each. */
function wontDoLines(statuses: ItemStatus[], record: SweepRecord): string[] {
  const lines = statuses.flatMap((s) => {
    const reason = s.state === "not_planned" ? shownReason(s.entry.key, record) : undefined;
    return reason === undefined ? [] : [`- ${s.entry.title}: ${reason ?? "no reason given"}`];
  });
  return lines.length > 0 ? ["", "Won't do:", ...lines] : [];
}

/** The tracker's closing comment: time to close and on time, per item, and the won't-do reasons. */
export function closingComment(
  statuses: ItemStatus[],
  merged: string,
  zone: string,
  record: SweepRecord = {},
): string {
  const start = DateTime.fromISO(merged, { zone });
  const rows = statuses.map((s) => {
    if (s.state === "done") return `| ${s.entry.title} | done in the report | - |`;
    if (!s.closedAt) return `| ${s.entry.title} | ${s.state === "not_planned" ? "won't do" : "closed"} | - |`;
    const closed = DateTime.fromISO(s.closedAt, { zone });
    const days = Math.max(0, Math.round(closed.diff(start, "days").days));
    const onTime = closed.toISODate() !== null && (closed.toISODate() ?? "") <= s.due;
    return `| ${s.entry.title} | ${s.state === "not_planned" ? "won't do" : `${days} day${days === 1 ? "" : "s"}`} | ${onTime ? "yes" : "no"} |`;
  });
  const completed = statuses.filter((s) => s.state === "completed");
  const onTime = completed.filter(
    (s) => s.closedAt && (DateTime.fromISO(s.closedAt, { zone }).toISODate() ?? "") <= s.due,
  ).length;
  return [
    `All ${statuses.length} action items are resolved: ${onTime} of ${completed.length} closed on time. Closing the follow-up.`,
    "",
    "| Item | Time to close | On time |",
    "| --- | --- | --- |",
    ...rows,
    ...wontDoLines(statuses, record),
  ].join("\n");
}
