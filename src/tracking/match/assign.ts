import type { ActionItem } from "../../report/index.ts";
import type { ActionMarker, TrackerEntry } from "../marker.ts";
import { type RepoId, sameRepo } from "../model.ts";
import type { Ours } from "../ours.ts";
import { likeness, type Weights, wordWeights } from "./similarity.ts";

/**
 * The report's items matched to our issues for it, as one assignment over all pairs: an explicit id
 * or the same wording first, then the most alike pairs (wording, position between matched neighbours,
 * owner, due date, priority), each issue and item used once. What is left is a split (a new item made
 * of an old one's words), a merge (an old item's words now in another item), removed or new.
 */

/** One of our issues with what the tracker recorded of its item the last time. */
export interface Candidate {
  own: Ours<ActionMarker>;
  before: TrackerEntry | undefined;
}

export interface Match {
  candidate: Candidate;
  /** The item names the issue itself: it is that issue's item, not a reference to someone else's. */
  pinned: boolean;
  /** The item's wording the issue was filed or last updated for. */
  was: string;
  exact: boolean;
  /** Another issue (or item) was nearly as close: the author should say which with an `id:`. */
  guess: boolean;
}

export interface Matching {
  /** By the item's index in the report. */
  matched: Map<number, Match>;
  /** A new item split from the issue of another item. */
  splitOf: Map<number, Candidate>;
  /** Our issues whose item is gone; `into` when its words went into another matched item. */
  leftOver: { candidate: Candidate; into: Candidate | null }[];
}

interface Scored {
  item: number;
  cand: number;
  total: number;
}

const PLAUSIBLE = 0.5;
const NEAR = 0.1;
const PART = 0.7;

export const wasText = (c: Candidate) => c.before?.title ?? c.own.issue.title;

/** Does the item name this issue of ours (`#5`, `owner/repo#5` or its URL)? */
function names(item: ActionItem, c: Candidate, source: RepoId): boolean {
  const ref = item.ref;
  if (!ref || ref.number !== c.own.issue.number) return false;
  return sameRepo({ owner: ref.owner ?? source.owner, repo: ref.repo ?? source.repo }, c.own.issue.repo);
}

/**
 * Certain pairs, in report order: an item that names one of our issues is that issue's item; then the
 * same key (the author's id, or a hash of the same wording).
 */
function exactPairs(items: ActionItem[], candidates: Candidate[], source: RepoId) {
  const pairs = new Map<number, number>();
  const pinned = new Set<number>();
  const used = new Set<number>();
  const take = (test: (item: ActionItem, c: Candidate) => boolean, pin: boolean) =>
    items.forEach((item, i) => {
      if (pairs.has(i)) return;
      const j = candidates.findIndex((c, n) => !used.has(n) && test(item, c));
      if (j < 0) return;
      pairs.set(i, j);
      used.add(j);
      if (pin) pinned.add(i);
    });
  take((item, c) => names(item, c, source), true);
  take((item, c) => c.own.marker.key === item.key, false);
  return { pairs, pinned };
}

/** Order is usually kept: a pair that does not cross a matched pair, near the same place, is likelier. */
function positionBonus(i: number, j: number, anchors: Map<number, number>, sizes: [number, number]): number {
  for (const [ai, aj] of anchors) if ((ai < i && aj > j) || (ai > i && aj < j)) return 0;
  const near = Math.abs(i / Math.max(sizes[0], 1) - j / Math.max(sizes[1], 1)) <= 0.2;
  return near ? 0.15 : 0.1;
}

function metadataBonus(item: ActionItem, c: Candidate): number {
  const b = c.before;
  if (!b) return 0;
  const same = (x: unknown, y: unknown) => x !== null && x !== undefined && x !== "" && x === y;
  return (
    0.05 *
    [
      same(item.owners.join(), (b.owners ?? []).join()),
      same(item.due, b.due),
      same(item.priority, b.priority),
    ].filter(Boolean).length
  );
}

function scorePairs(
  items: ActionItem[],
  candidates: Candidate[],
  anchors: Map<number, number>,
  weight: Weights,
) {
  const takenCands = new Set(anchors.values());
  const scored: Scored[] = [];
  items.forEach((item, i) => {
    if (anchors.has(i)) return;
    candidates.forEach((c, j) => {
      if (takenCands.has(j)) return;
      const text = likeness(item.title, wasText(c), weight).score;
      const bonus = positionBonus(i, j, anchors, [items.length, candidates.length]) + metadataBonus(item, c);
      if (text >= PLAUSIBLE || (text >= 0.34 && bonus >= 0.2))
        scored.push({ item: i, cand: j, total: text + bonus });
    });
  });
  return scored.sort((a, b) => b.total - a.total || Math.abs(a.item - a.cand) - Math.abs(b.item - b.cand));
}

/** The most alike pairs first, each side once; a pair with a near rival is a guess. */
function greedy(scored: Scored[]): { chosen: Scored[]; guesses: Set<Scored> } {
  const items = new Set<number>();
  const cands = new Set<number>();
  const chosen: Scored[] = [];
  for (const s of scored) {
    if (items.has(s.item) || cands.has(s.cand)) continue;
    chosen.push(s);
    items.add(s.item);
    cands.add(s.cand);
  }
  const guesses = new Set(
    chosen.filter((c) =>
      scored.some((s) => s !== c && (s.item === c.item || s.cand === c.cand) && s.total >= c.total - NEAR),
    ),
  );
  return { chosen, guesses };
}

export function matchItems(items: ActionItem[], candidates: Candidate[], source: RepoId): Matching {
  const { pairs: anchors, pinned } = exactPairs(items, candidates, source);
  const weight = wordWeights([...items.map((i) => i.title), ...candidates.map(wasText)]);
  const { chosen, guesses } = greedy(scorePairs(items, candidates, anchors, weight));
  const matched = new Map<number, Match>();
  const at = (j: number) => candidates[j] as Candidate;
  for (const [i, j] of anchors) {
    const exact = at(j).own.marker.key === items[i]?.key;
    matched.set(i, { candidate: at(j), pinned: pinned.has(i), was: wasText(at(j)), exact, guess: false });
  }
  for (const s of chosen) {
    const match = { candidate: at(s.cand), pinned: false, was: wasText(at(s.cand)), exact: false };
    matched.set(s.item, { ...match, guess: guesses.has(s) });
  }
  const used = new Set([...matched.values()].map((m) => m.candidate));
  // A split keeps the issue for the closer half (an edited item); the other half's words come from it.
  const edited = [...matched.entries()].filter(([, m]) => !m.exact);
  const splitOf = new Map<number, Candidate>();
  items.forEach((item, i) => {
    if (matched.has(i)) return;
    const from = edited.find(([, m]) => likeness(item.title, m.was, weight).aInB >= PART);
    if (from) splitOf.set(i, from[1].candidate);
  });
  // Which half of a split keeps the issue is no guess worth a warning: both halves are tracked.
  for (const from of splitOf.values())
    for (const m of matched.values()) if (m.candidate === from) m.guess = false;
  // A merge: an old item's words went into an item that was edited in the same change.
  const leftOver = candidates
    .filter((c) => !used.has(c))
    .map((c) => {
      const into = edited.find(([i]) => likeness(wasText(c), items[i]?.title ?? "", weight).aInB >= PART);
      return { candidate: c, into: into ? into[1].candidate : null };
    });
  // Nor is which issue survives a merge: the other one is closed, naming it.
  for (const { into } of leftOver)
    for (const m of matched.values()) if (into && m.candidate === into) m.guess = false;
  return { matched, splitOf, leftOver };
}
