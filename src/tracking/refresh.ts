import type { TrackerEntry, TrackerMarker } from "./marker.ts";
import type { ExistingIssue, Operation, RepoId } from "./model.ts";
import {
  allResolvedComment,
  entryLine,
  headerFromMarker,
  type ItemState,
  issueRef,
  trackerBody,
} from "./render.ts";

/** What is known of each item's issue right now, by `owner/repo#number`. */
export type LiveStates = Map<string, "open" | "completed" | "not_planned">;

export const issueKey = (repo: RepoId, number: number) =>
  `${repo.owner}/${repo.repo}#${number}`.toLowerCase();

export function liveState(
  issue: Pick<ExistingIssue, "state" | "stateReason">,
): "open" | "completed" | "not_planned" {
  if (issue.state === "open") return "open";
  return issue.stateReason === "not_planned" ? "not_planned" : "completed";
}

export function entryRepo(entry: TrackerEntry, target: RepoId): RepoId {
  if (!entry.repo) return target;
  const [owner = "", repo = ""] = entry.repo.split("/");
  return { owner, repo };
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
}

/**
 * Rewrites a tracker's checklist from its items' current states; closes it with a comment when every
 * item is resolved, and reopens it when one is open again. Writes nothing when nothing changed.
 */
export function planTrackerRefresh(input: RefreshInput): Operation[] {
  const { tracker, marker, live } = input;
  const target = tracker.repo;
  const states = marker.items.map((entry) => entryState(entry, target, live));
  // Referenced issues are not ours: the marker keeps their last seen state.
  const items: TrackerEntry[] = marker.items.map((entry, i) => {
    const state = states[i];
    return entry.ref && state && state !== "done" ? { ...entry, state } : entry;
  });
  const updated: TrackerMarker = { ...marker, items };
  const lines = items.map((entry, i) =>
    entryLine(
      entry,
      states[i] ?? "open",
      entry.issue !== null ? issueRef(target, entryRepo(entry, target), entry.issue) : null,
    ),
  );
  const resolved = states.filter((s) => s !== "open").length;
  const body = trackerBody(
    headerFromMarker(updated, input.serverUrl, target),
    lines,
    resolved,
    items.length,
    updated,
  );
  const allResolved = items.length > 0 && resolved === items.length;
  const ops: Operation[] = [];
  if (allResolved && tracker.state === "open") {
    const notPlanned = states.filter((s) => s === "not_planned").length;
    ops.push({
      op: "comment",
      repo: target,
      issue: { existing: tracker.number },
      body: allResolvedComment(items.length, notPlanned),
    });
  }
  const update: Extract<Operation, { op: "updateIssue" }> = {
    op: "updateIssue",
    repo: target,
    issue: { existing: tracker.number },
  };
  if (body !== tracker.body) update.body = body;
  if (allResolved && tracker.state === "open")
    Object.assign(update, { state: "closed", stateReason: "completed" });
  if (!allResolved && tracker.state === "closed")
    Object.assign(update, { state: "open", stateReason: "reopened" });
  if (update.body !== undefined || update.state) ops.push(update);
  return ops;
}
