import { DateTime } from "luxon";

/** Small number helpers of the follow-through report. */

const DAY = 86_400_000;

export const days = (from: string, to: string | Date): number =>
  (new Date(to).getTime() - Date.parse(from)) / DAY;

/** A share rounded to 0.1 %, or null when nothing counts. */
export const rate = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;

/** The nearest-rank percentile of sorted values (p in 0..1), rounded to 0.1 day; null when empty. */
export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const index = Math.max(0, Math.ceil(p * sorted.length) - 1);
  return Math.round((sorted[index] ?? 0) * 10) / 10;
}

/** Every month from `first` to `last` (`YYYY-MM`), inclusive. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split("-").map(Number) as [number, number];
  const [ly, lm] = last.split("-").map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** The calendar day of a time in a time zone; a bare date ("2026-06-01") is that day wherever it is read. */
export function dayOf(time: string | Date, zone = "UTC"): string {
  const at =
    typeof time === "string" ? DateTime.fromISO(time, { zone }) : DateTime.fromJSDate(time, { zone });
  return at.isValid ? (at.toISODate() ?? "") : new Date(time).toISOString().slice(0, 10);
}

export const monthOf = (time: string, zone = "UTC") => dayOf(time, zone).slice(0, 7);
