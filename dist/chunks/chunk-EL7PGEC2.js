import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  allResolvedComment,
  entryLine,
  headerFromMarker,
  issueRef,
  trackerBody,
  trackerNotes
} from "./chunk-MP7O54WV.js";
import {
  deadlineBy
} from "./chunk-WOCDELLY.js";
import {
  issueKey,
  parseRepoName
} from "./chunk-PW6O7USS.js";

// src/tracking/reminders/reasons.ts
var AROUND = 24 * 3600 * 1e3;
var MAX = 200;
function reasonOf(facts, bot) {
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
    (c) => c.author.toLowerCase() === facts.closer?.toLowerCase() && Math.abs(Date.parse(c.createdAt) - closed) <= AROUND && c.body.trim() !== ""
  );
  const last = near[near.length - 1];
  return last ? clip(last.body) : null;
}
var clip = (text) => {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > MAX ? `${one.slice(0, MAX - 1)}\u2026` : one;
};
function reasonsToRead(marker, target, snapshots, trackerOpen) {
  const record = marker.sweep ?? {};
  const asked = new Set(record.asked ?? []);
  return marker.items.flatMap((e) => {
    if (e.issue === null || e.repo || e.done || record.reasons?.[e.key]) return [];
    if (asked.has(e.key) && !trackerOpen) return [];
    return snapshots.get(issueKey(target, e.issue))?.state === "not_planned" ? [{ key: e.key, repo: target, number: e.issue }] : [];
  });
}
function askReason(closer, trackerRef) {
  const who = closer ? `@${closer}: ` : "";
  return `${who}this action item was closed as not planned without a reason. Please add one in a comment (\`reason: ...\`), so that the postmortem's follow-up in ${trackerRef} can show why.`;
}
function shownReason(key, record) {
  const reason = record?.reasons?.[key];
  if (reason) return reason;
  return record?.asked?.includes(key) ? null : void 0;
}

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
      rules ? deadlineBy(entry, facts, rules) : null,
      shownReason(entry.key, marker.sweep)
    )
  );
  const resolved = states.filter((s) => s !== "open").length;
  const header = headerFromMarker(updated, input.serverUrl, target);
  const body = trackerBody(header, lines, resolved, items.length, updated, trackerNotes(tracker.body));
  const allResolved = items.length > 0 && resolved === items.length;
  const notPlanned = states.filter((s) => s === "not_planned").length;
  const reviewing = allResolved && tracker.state === "open" && marker.sweep?.review !== void 0;
  const transition = trackerTransition(
    { repo: target, number: tracker.number, open: tracker.state === "open" && !reviewing },
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
  reasonOf,
  reasonsToRead,
  askReason,
  shownReason,
  trackerTransition,
  entryRepo,
  trackerRefresh,
  planTrackerRefresh
};
