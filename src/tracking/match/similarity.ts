import { normalizeText } from "../../report/index.ts";

/**
 * How alike two wordings of an action item are, from 0 to 1. Words are weighted by how rare they are
 * among the report's items (so "add" or "the" count little), a word matches its plural and a one-letter
 * typo, and the score mixes containment (an item that gained or lost words is still itself) with the
 * overlap of both wordings (so a short item is not "contained" in every long one).
 */

export type Weights = (word: string) => number;

const stem = (word: string) =>
  word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;

export const words = (text: string): string[] => normalizeText(text).split(" ").filter(Boolean).map(stem);

/** Edit distance of two short words, stopping early past `max`. */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1)
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    if (Math.min(...row) > max) return false;
    prev = row;
  }
  return (prev[b.length] ?? max + 1) <= max;
}

const sameWord = (a: string, b: string) =>
  a === b || (Math.min(a.length, b.length) >= 5 && !/\d/.test(a + b) && withinEdits(a, b, 1));

/** Rarer words weigh more: log(1 + texts / texts containing the word). */
export function wordWeights(texts: string[]): Weights {
  const seen = new Map<string, number>();
  for (const text of texts) for (const w of new Set(words(text))) seen.set(w, (seen.get(w) ?? 0) + 1);
  const n = Math.max(texts.length, 1);
  return (word) => Math.log(1 + n / (seen.get(word) ?? 1));
}

export interface Likeness {
  /** The blended score used to match. */
  score: number;
  /** Share of `a`'s weight that `b` has: 1 when every word of `a` is in `b`. */
  aInB: number;
  bInA: number;
}

export function likeness(a: string, b: string, weight: Weights): Likeness {
  const wa = words(a);
  const wb = words(b);
  const total = (ws: string[]) => ws.reduce((sum, w) => sum + weight(w), 0);
  const left = [...wb];
  let shared = 0;
  for (const w of wa) {
    const at = left.findIndex((x) => sameWord(w, x));
    if (at < 0) continue;
    shared += weight(w);
    left.splice(at, 1);
  }
  const ta = total(wa);
  const tb = total(wb);
  if (ta === 0 || tb === 0) return { score: ta === tb ? 1 : 0, aInB: 0, bInA: 0 };
  const dice = (2 * shared) / (ta + tb);
  const containment = shared / Math.min(ta, tb);
  return { score: 0.5 * dice + 0.5 * containment, aInB: shared / ta, bInA: shared / tb };
}
