import type { Counts } from "./types.ts";

/** Shared wording of the renderers. */

export const percent = (r: number | null) => (r === null ? "–" : `${Math.round(r * 1000) / 10} %`);
export const daysText = (d: number | null) => (d === null ? "–" : `${d} d`);

export const COUNT_HEADERS = ["Items", "Open", "Done", "Won't do", "Overdue", "Completion", "On time"];

export const countCells = (c: Counts) => [
  String(c.items),
  String(c.open),
  String(c.done),
  String(c.wontDo),
  String(c.overdue),
  percent(c.completionRate),
  percent(c.onTimeRate),
];
