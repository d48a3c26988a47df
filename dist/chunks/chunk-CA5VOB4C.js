import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  allResolvedComment,
  deadlineBy,
  entryLine,
  headerFromMarker,
  issueRef,
  trackerBody
} from "./chunk-JUKVP5TG.js";
import {
  issueKey,
  parseRepoName
} from "./chunk-HU25QKXB.js";

// src/tracking/transition.ts
function trackerTransition(tracker, allResolved, closing) {
  if (allResolved && tracker.open) {
    return {
      comment: tracker.number === null ? null : { op: "comment", repo: tracker.repo, issue: { existing: tracker.number }, body: closing },
      state: { state: "closed", stateReason: "completed" }
    };
  }
  if (!allResolved && !tracker.open)
    return { comment: null, state: { state: "open", stateReason: "reopened" } };
  return { comment: null, state: {} };
}

// src/tracking/refresh.ts
function entryRepo(entry, target) {
  return entry.repo ? parseRepoName(entry.repo) : target;
}
function entryState(entry, target, live) {
  if (entry.done) return "done";
  if (entry.issue === null) return "open";
  return live.get(issueKey(entryRepo(entry, target), entry.issue)) ?? entry.state ?? "open";
}
function trackerRefresh(input) {
  const { tracker, marker, live } = input;
  const target = tracker.repo;
  const states = marker.items.map((entry) => entryState(entry, target, live));
  const items = marker.items.map((entry, i) => {
    const state = states[i];
    return entry.ref && state && state !== "done" ? { ...entry, state } : entry;
  });
  const updated = { ...marker, items };
  const facts = { merged: marker.merged, severity: marker.severity ?? null };
  const rules = input.deadlines;
  const lines = items.map(
    (entry, i) => entryLine(
      entry,
      states[i] ?? "open",
      entry.issue !== null ? issueRef(target, entryRepo(entry, target), entry.issue) : null,
      rules ? deadlineBy(entry, facts, rules) : null
    )
  );
  const resolved = states.filter((s) => s !== "open").length;
  const header = headerFromMarker(updated, input.serverUrl, target);
  const body = trackerBody(header, lines, resolved, items.length, updated);
  const allResolved = items.length > 0 && resolved === items.length;
  const notPlanned = states.filter((s) => s === "not_planned").length;
  const transition = trackerTransition(
    { repo: target, number: tracker.number, open: tracker.state === "open" },
    allResolved,
    input.closing ?? allResolvedComment(items.length, notPlanned)
  );
  const update = {
    op: "updateIssue",
    repo: target,
    issue: { existing: tracker.number },
    ...transition.state
  };
  if (body !== tracker.body) update.body = body;
  return { update: update.body !== void 0 || update.state ? update : null, comment: transition.comment };
}
function planTrackerRefresh(input) {
  const { update, comment } = trackerRefresh(input);
  return [comment, update].filter((op) => op !== null);
}

export {
  trackerTransition,
  entryRepo,
  trackerRefresh,
  planTrackerRefresh
};
