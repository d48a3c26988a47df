import type { TrackerMarker } from "../marker.ts";
import { type IssueSnapshot, issueKey, type RepoId } from "../model.ts";

/** A won't-do has a reason: found in the closer's comment around the close, or a `reason:` line. */

export interface CloseFacts {
  closer: string | null;
  closedAt: string | null;
  comments: { author: string; body: string; createdAt: string }[];
}

const AROUND = 24 * 3600 * 1000;
const MAX = 200;

/** The reason in an item's comments, or null. Our own comments never count. */
export function reasonOf(facts: CloseFacts, bot: string): string | null {
  // Closed by us (the item left the report, or moved to another issue): our note is the reason.
  if (facts.closer?.toLowerCase() === bot.toLowerCase()) {
    const ours = facts.comments.filter((c) => c.author.toLowerCase() === bot.toLowerCase()).pop();
    return clip(ours?.body.split("\n")[0] ?? "closed by the postmortem tracker");
  }
  const people = facts.comments.filter((c) => c.author.toLowerCase() !== bot.toLowerCase());
  for (const c of [...people].reverse()) {
    const line = c.body.split("\n").find((l) => /^\s*reason\s*:/i.test(l));
    if (line) return clip(line.replace(/^\s*reason\s*:\s*/i, ""));
  }
  if (!facts.closer || !facts.closedAt) return null;
  const closed = Date.parse(facts.closedAt);
  const near = people.filter(
    (c) =>
      c.author.toLowerCase() === facts.closer?.toLowerCase() &&
      Math.abs(Date.parse(c.createdAt) - closed) <= AROUND &&
      c.body.trim() !== "",
  );
  const last = near[near.length - 1];
  return last ? clip(last.body) : null;
}

const clip = (text: string) => {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > MAX ? `${one.slice(0, MAX - 1)}…` : one;
};

/**
 * The won't-do items whose comments the sweep reads: ours, with no reason recorded; once asked, only
 * while the tracker is open (a late answer still shows), so a closed tracker costs no reads.
 */
export function reasonsToRead(
  marker: TrackerMarker,
  target: RepoId,
  snapshots: ReadonlyMap<string, IssueSnapshot | null>,
  trackerOpen: boolean,
): { key: string; repo: RepoId; number: number }[] {
  const record = marker.sweep ?? {};
  const asked = new Set(record.asked ?? []);
  return marker.items.flatMap((e) => {
    if (e.issue === null || e.repo || e.done || record.reasons?.[e.key]) return [];
    if (asked.has(e.key) && !trackerOpen) return [];
    // Only issues in the tracker's repository (e.repo is unset), which are ours to ask on.
    return snapshots.get(issueKey(target, e.issue))?.state === "not_planned"
      ? [{ key: e.key, repo: target, number: e.issue }]
      : [];
  });
}

export function askReason(closer: string | null, trackerRef: string): string {
  const who = closer ? `@${closer}: ` : "";
  return `${who}this action item was closed as not planned without a reason. Please add one in a comment (\`reason: ...\`), so that the postmortem's follow-up in ${trackerRef} can show why.`;
}

/** The reason as the tracker shows it: the text, null once asked and none given, undefined if unknown. */
export function shownReason(key: string, record: TrackerMarker["sweep"]): string | null | undefined {
  const reason = record?.reasons?.[key];
  if (reason) return reason;
  return record?.asked?.includes(key) ? null : undefined;
}
