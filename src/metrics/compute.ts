import { dayOf, days, monthOf, monthsBetween, percentile, rate } from "./stats.ts";
import type {
  Counts,
  FollowThrough,
  FollowThroughInput,
  GroupRow,
  ItemFact,
  MonthRow,
  OpenItem,
  TrackerFact,
} from "./types.ts";

/**
 * The follow-through of postmortems: how many action items got done, on time, and how fast, by
 * month of incident, severity and owner. Pure: the clock comes in with the data.
 */

type Tracked = { tracker: TrackerFact; item: ItemFact };

/** Today and the time zone its days are counted in (the reminders' own). */
interface Days {
  today: string;
  zone: string;
}

/** Open past its due day (the due day itself is still on time). */
export const isOverdue = (item: ItemFact, { today }: Days) =>
  item.state === "open" && item.due !== null && item.due < today;

/** Closed as done on or before its due day, in the zone's calendar. */
const onTime = (item: ItemFact, { zone }: Days) =>
  item.state === "done" && item.due !== null && item.closed !== null && dayOf(item.closed, zone) <= item.due;

export function countsOf(items: ItemFact[], today: Days): Counts {
  const n = (f: (i: ItemFact) => boolean) => items.filter(f).length;
  const done = n((i) => i.state === "done");
  const wontDo = n((i) => i.state === "wont_do");
  const doneWithDue = n((i) => i.state === "done" && i.due !== null && i.closed !== null);
  return {
    items: items.length,
    open: n((i) => i.state === "open"),
    done,
    wontDo,
    overdue: n((i) => isOverdue(i, today)),
    completionRate: rate(done, items.length - wontDo),
    onTimeRate: rate(
      n((i) => onTime(i, today)),
      doneWithDue,
    ),
  };
}

function byMonth(trackers: TrackerFact[], input: FollowThroughInput, today: Days): MonthRow[] {
  const dated = trackers.map((t) => monthOf(t.date, today.zone)).sort();
  const first = input.since ? input.since.slice(0, 7) : dated[0];
  if (!first) return [];
  return monthsBetween(first, today.today.slice(0, 7)).map((month) => {
    const inMonth = trackers.filter((t) => monthOf(t.date, today.zone) === month);
    const items = inMonth.flatMap((t) => t.items);
    return { month, incidents: inMonth.length, ...countsOf(items, today) };
  });
}

const byName = (a: GroupRow, b: GroupRow) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const bySize = (a: GroupRow, b: GroupRow) => b.items - a.items || byName(a, b);

/** Rows by a name each item has one or more of. */
function grouped(
  tracked: Tracked[],
  names: (t: Tracked) => string[],
  today: Days,
  order: (a: GroupRow, b: GroupRow) => number,
): GroupRow[] {
  const groups = new Map<string, ItemFact[]>();
  for (const t of tracked)
    for (const name of names(t)) groups.set(name, [...(groups.get(name) ?? []), t.item]);
  return [...groups.entries()].map(([name, items]) => ({ name, ...countsOf(items, today) })).sort(order);
}

function oldestOpen(tracked: Tracked[], now: Date, today: Days, limit: number): OpenItem[] {
  return tracked
    .filter(({ item }) => item.state === "open")
    .sort((a, b) => Date.parse(a.item.opened) - Date.parse(b.item.opened))
    .slice(0, limit)
    .map(({ tracker, item }) => ({
      title: item.title,
      ref: item.ref,
      url: item.url,
      tracker: tracker.ref,
      trackerUrl: tracker.url,
      owners: item.owners,
      due: item.due,
      ageDays: Math.floor(days(item.opened, now)),
      overdue: isOverdue(item, today),
    }));
}

function timeToClose(items: ItemFact[]): FollowThrough["timeToClose"] {
  const spans = items
    .filter((i) => i.state === "done" && i.closed !== null)
    .map((i) => Math.max(0, days(i.opened, i.closed as string)))
    .sort((a, b) => a - b);
  return { count: spans.length, medianDays: percentile(spans, 0.5), p90Days: percentile(spans, 0.9) };
}

export function followThrough(input: FollowThroughInput): FollowThrough {
  const zone = input.timezone ?? "UTC";
  const today: Days = { today: dayOf(input.now, zone), zone };
  const since = input.since ?? null;
  const trackers = input.trackers
    .filter((t) => !since || dayOf(t.date, zone) >= since)
    .sort((a, b) => Date.parse(a.date) - Date.parse(b.date) || (a.ref < b.ref ? -1 : 1));
  const tracked = trackers.flatMap((tracker) => tracker.items.map((item) => ({ tracker, item })));
  const items = tracked.map((t) => t.item);
  return {
    generated: input.now.toISOString(),
    since,
    trackers: trackers.length,
    totals: countsOf(items, today),
    timeToClose: timeToClose(items),
    byMonth: byMonth(trackers, input, today),
    // Severities in their order (SEV-1 first), owners by how many items they have.
    bySeverity: grouped(tracked, (t) => [t.tracker.severity ?? "unknown"], today, byName),
    byOwner: grouped(
      tracked,
      (t) => (t.item.owners.length > 0 ? t.item.owners : ["(no owner)"]),
      today,
      bySize,
    ),
    oldestOpen: oldestOpen(tracked, input.now, today, input.oldest ?? 10),
    awaitingReview: trackers
      .filter((t) => t.awaitingReview)
      .map((t) => ({ ref: t.ref, url: t.url, title: t.title, date: dayOf(t.date, zone) })),
  };
}
