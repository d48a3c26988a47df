/** The follow-through report's input (plain data read from GitHub) and its result. */

export type ItemState = "open" | "done" | "wont_do";

export interface ItemFact {
  title: string;
  state: ItemState;
  /** `owner/repo#12`, or null for an item checked in the report with no issue. */
  ref: string | null;
  url: string | null;
  /** Logins or `@org/team` handles, without the @. */
  owners: string[];
  /** Due day (ISO date), or null. */
  due: string | null;
  /** When the item was first tracked (ISO time). */
  opened: string;
  /** When its issue was closed (ISO time), or null. */
  closed: string | null;
}

export interface TrackerFact {
  ref: string;
  url: string;
  title: string;
  /** The incident's date, or the report's merge when it has none (ISO). */
  date: string;
  severity: string | null;
  awaitingReview: boolean;
  items: ItemFact[];
}

export interface FollowThroughInput {
  trackers: TrackerFact[];
  /** Now: overdue days and the last month of the trend are taken from it. */
  now: Date;
  /** The IANA time zone whose calendar days count (due, on time, months); UTC by default. */
  timezone?: string;
  /** Trackers of incidents before this day are left out (ISO date). */
  since?: string | null;
  /** How many of the oldest open items to list. */
  oldest?: number;
}

export interface Counts {
  items: number;
  open: number;
  done: number;
  wontDo: number;
  overdue: number;
  /** Done ÷ (items − won't do); null with nothing to do. */
  completionRate: number | null;
  /** Done by the due day ÷ done items that had a due day; null with none. */
  onTimeRate: number | null;
}

export interface MonthRow extends Counts {
  /** `2026-03`. */
  month: string;
  incidents: number;
}

export interface GroupRow extends Counts {
  name: string;
}

export interface OpenItem {
  title: string;
  ref: string | null;
  url: string | null;
  tracker: string;
  trackerUrl: string;
  owners: string[];
  due: string | null;
  ageDays: number;
  overdue: boolean;
}

export interface ReviewRow {
  ref: string;
  url: string;
  title: string;
  date: string;
}

export interface FollowThrough {
  generated: string;
  since: string | null;
  trackers: number;
  totals: Counts;
  /** Days from tracked to closed, over items closed as done. */
  timeToClose: { count: number; medianDays: number | null; p90Days: number | null };
  byMonth: MonthRow[];
  bySeverity: GroupRow[];
  byOwner: GroupRow[];
  oldestOpen: OpenItem[];
  awaitingReview: ReviewRow[];
}
