import { createHash } from "node:crypto";

/** Lowercase letters and digits separated by single spaces: what two wordings share. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function tokens(text: string): string[] {
  return normalizeText(text).split(" ").filter(Boolean);
}

/**
 * Share of the longer text's tokens that the other text also has (a multiset overlap), from 0 to 1.
 * Used to match an edited item to its earlier self.
 */
export function tokenOverlap(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 && tb.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of tb) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(t, n - 1);
    }
  }
  return shared / Math.max(ta.length, tb.length);
}

/** The key of an item without an explicit id: a short hash of its normalised title. */
export function derivedKey(title: string): string {
  return `h${createHash("sha256").update(normalizeText(title)).digest("hex").slice(0, 10)}`;
}

/** An author's id made safe for a marker: letters, digits, dot, dash and underscore. */
export function explicitKey(id: string): string {
  return id.replace(/[^\w.-]+/g, "-").slice(0, 64);
}
