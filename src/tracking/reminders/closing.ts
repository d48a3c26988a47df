import { DateTime } from "luxon";
import type { ItemStatus } from "./status.ts";

/** The tracker's closing comment: time to close and on time, per item. */
export function closingComment(statuses: ItemStatus[], merged: string, zone: string): string {
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
  ].join("\n");
}
