import type { SweepRecord } from "../marker.ts";
import type { Operation, RepoId } from "../model.ts";
import { issueRef } from "../render.ts";
import { cell } from "../text.ts";
import { itemPeople, names } from "./people.ts";
import type { SweepSettings } from "./settings.ts";
import { dueSoon, type ItemStatus } from "./status.ts";

/** The tracker's digest: what is overdue, what is due soon, progress; and the escalations it carries. */

export interface DigestContext {
  tracker: { repo: RepoId; number: number };
  statuses: ItemStatus[];
  record: SweepRecord;
  settings: SweepSettings;
  reportOwners: readonly string[];
  intervalDays: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const open = (c: DigestContext) => c.statuses.filter((s) => s.state === "open");
export const resolvedCount = (statuses: ItemStatus[]) =>
  statuses.filter((s) => s.state !== "open" && s.state !== "missing").length;

/** A digest is worth posting when something is overdue or due soon, or progress moved since the last. */
export function digestWanted(c: DigestContext): boolean {
  const items = open(c);
  if (items.length === 0) return false;
  if (items.some((s) => s.daysOverdue > 0 || dueSoon(s, c.intervalDays))) return true;
  return resolvedCount(c.statuses) !== (c.record.digestResolved ?? 0);
}

/** Overdue items past the escalation threshold that were not escalated yet. */
export function escalations(c: DigestContext): ItemStatus[] {
  const after = c.settings.escalateAfter;
  if (after === null) return [];
  const done = new Set(c.record.escalated ?? []);
  const who = c.settings.escalateTo ? [c.settings.escalateTo] : c.reportOwners;
  if (who.length === 0) return [];
  return open(c).filter((s) => s.daysOverdue > after && !done.has(s.entry.key));
}

function row(c: DigestContext, s: ItemStatus): string {
  const ref = s.entry.issue === null ? "" : `${issueRef(c.tracker.repo, s.repo, s.entry.issue)} `;
  const people = itemPeople(s, c.reportOwners);
  const mention = c.settings.mention === "all" || (c.settings.mention === "overdue" && s.daysOverdue > 0);
  const late = s.daysOverdue > 0 ? plural(s.daysOverdue, "day") : "-";
  return `| ${ref}${cell(s.entry.title)} | ${people.length > 0 ? names(people, mention) : "-"} | ${s.due} | ${late} |`;
}

function escalationLines(c: DigestContext, items: ItemStatus[]): string[] {
  if (items.length === 0) return [];
  const who = c.settings.escalateTo ? [c.settings.escalateTo] : [...c.reportOwners];
  const list = items.map(
    (s) =>
      `${s.entry.issue === null ? "" : `${issueRef(c.tracker.repo, s.repo, s.entry.issue)} `}${s.entry.title} (${plural(s.daysOverdue, "day")})`,
  );
  return [
    "",
    `${names(who, c.settings.mention !== "none")}: overdue by more than ${plural(c.settings.escalateAfter ?? 0, "day")}: ${list.join("; ")}.`,
  ];
}

/** The reopening note or the periodic digest. */
export function digestComment(c: DigestContext, reopen: boolean, escalated: ItemStatus[]): Operation {
  const items = open(c);
  const overdue = items.filter((s) => s.daysOverdue > 0).length;
  const first = reopen
    ? `Reopened: ${plural(items.length, "action item")} ${items.length === 1 ? "is" : "are"} still open.`
    : `Follow-up: ${items.length} of ${c.statuses.length} action items are still open${overdue > 0 ? `, ${overdue} overdue` : ""}.`;
  const body = [
    first,
    "",
    "| Item | Owners | Due | Overdue |",
    "| --- | --- | --- | --- |",
    ...items.map((s) => row(c, s)),
    ...escalationLines(c, escalated),
  ];
  return {
    op: "comment",
    repo: c.tracker.repo,
    issue: { existing: c.tracker.number },
    body: body.join("\n"),
  };
}
