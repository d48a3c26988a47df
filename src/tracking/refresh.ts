import type { TrackerEntry, TrackerMarker } from "./marker.ts";
import {
  type ExistingIssue,
  type IssueState,
  type IssueUpdate,
  issueKey,
  type Operation,
  parseRepoName,
  type RepoId,
} from "./model.ts";
import { type DeadlineRules, deadlineBy } from "./reminders/deadline.ts";
import { shownReason } from "./reminders/reasons.ts";
import {
  allResolvedComment,
  entryLine,
  headerFromMarker,
  type ItemState,
  issueRef,
  trackerBody,
  trackerNotes,
} from "./render.ts";
import { trackerTransition } from "./transition.ts";

/** What is known of each item's issue right now, by `issueKey`. */
export type LiveStates = Map<string, IssueState>;

export function entryRepo(entry: TrackerEntry, target: RepoId): RepoId {
  return entry.repo ? parseRepoName(entry.repo) : target;
}

export function entryState(entry: TrackerEntry, target: RepoId, live: LiveStates): ItemState {
  if (entry.done) return "done";
  if (entry.issue === null) return "open";
  return live.get(issueKey(entryRepo(entry, target), entry.issue)) ?? entry.state ?? "open";
}

export interface RefreshInput {
  tracker: ExistingIssue;
  marker: TrackerMarker;
  live: LiveStates;
  serverUrl: string;
  /** The comment that closes the tracker, instead of the short one (the sweep's has the numbers). */
  closing?: string;
  /** When given, open items show their deadline from policy too. */
  deadlines?: DeadlineRules;
}

/**
 * A tracker's checklist rewritten from its items' current states, and its transition: closed with a
 * comment when every item is resolved, reopened when one is open again. Nothing when nothing changed.
 */
export function trackerRefresh(input: RefreshInput): {
  update: IssueUpdate | null;
  comment: Operation | null;
} {
  const { tracker, marker, live } = input;
  const target = tracker.repo;
  const states = marker.items.map((entry) => entryState(entry, target, live));
  // Referenced issues are not ours: the marker keeps their last seen state.
  const items: TrackerEntry[] = marker.items.map((entry, i) => {
    const state = states[i];
    return entry.ref && state && state !== "done" ? { ...entry, state } : entry;
  });
  const updated: TrackerMarker = { ...marker, items };
  const facts = { merged: marker.merged, severity: marker.severity ?? null };
  const rules = input.deadlines;
  const lines = items.map((entry, i) =>
    entryLine(
      entry,
      states[i] ?? "open",
      entry.issue !== null ? issueRef(target, entryRepo(entry, target), entry.issue) : null,
      rules ? deadlineBy(entry, facts, rules) : null,
      shownReason(entry.key, marker.sweep),
    ),
  );
  const resolved = states.filter((s) => s !== "open").length;
  const header = headerFromMarker(updated, input.serverUrl, target);
  const body = trackerBody(header, lines, resolved, items.length, updated, trackerNotes(tracker.body));
  const allResolved = items.length > 0 && resolved === items.length;
  const notPlanned = states.filter((s) => s === "not_planned").length;
  // Reopened for the review of effectiveness: it stays open until a person closes it.
  const reviewing = allResolved && tracker.state === "open" && marker.sweep?.review !== undefined;
  const transition = trackerTransition(
    { repo: target, number: tracker.number, open: tracker.state === "open" && !reviewing },
    allResolved,
    input.closing ?? allResolvedComment(items.length, notPlanned),
  );
  const update: IssueUpdate = {
    op: "updateIssue",
    repo: target,
    issue: { existing: tracker.number },
    ...transition.state,
  };
  if (body !== tracker.body) update.body = body;
  return { update: update.body !== undefined || update.state ? update : null, comment: transition.comment };
}

/** The refresh as operations, in the order they are applied: the closing comment, then the tracker. */
export function planTrackerRefresh(input: RefreshInput): Operation[] {
  const { update, comment } = trackerRefresh(input);
  return [comment, update].filter((op): op is Operation => op !== null);
}
