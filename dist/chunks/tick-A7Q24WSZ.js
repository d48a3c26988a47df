import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  syncIssueState
} from "./chunk-LDG6EX4M.js";
import {
  toExisting
} from "./chunk-6O52L57I.js";
import "./chunk-EL7PGEC2.js";
import {
  info
} from "./chunk-DTFMBWHE.js";
import {
  checklistLines
} from "./chunk-MP7O54WV.js";
import "./chunk-PJCCAW4A.js";
import {
  ourTracker
} from "./chunk-WOCDELLY.js";
import "./chunk-PW6O7USS.js";
import "./chunk-AEGC4ICH.js";

// src/tracking/ticks.ts
function planTicks(input) {
  const { tracker, marker } = input;
  const was = checklistLines(input.before);
  const now = checklistLines(tracker.body);
  if (was.length !== marker.items.length || now.length !== marker.items.length) return [];
  return marker.items.flatMap((entry, i) => {
    const ticked = (line) => line?.startsWith("- [x] ") ?? false;
    if (entry.issue === null || entry.repo || entry.done || ticked(was[i]) === ticked(now[i])) return [];
    const issue = { existing: entry.issue };
    const repo = tracker.repo;
    const done = ticked(now[i]);
    return [
      {
        op: "comment",
        repo,
        issue,
        body: `${done ? "Checked off" : "Unchecked"} in the follow-up #${tracker.number} by @${input.sender}, so this issue is ${done ? "closed as completed" : "reopened"}.`
      },
      {
        op: "updateIssue",
        repo,
        issue,
        state: done ? "closed" : "open",
        stateReason: done ? "completed" : "reopened"
      }
    ];
  });
}

// src/jobs/tracker-edit.ts
async function syncTrackerEdit(tracker, before, sender, serverUrl, deps) {
  const ours = ourTracker(tracker, deps.botLogin);
  if (!ours || sender === deps.botLogin) return [];
  const ops = planTicks({ tracker, marker: ours.marker, before, sender });
  if (ops.length === 0) return [];
  await deps.gateway.apply(ops);
  const first = ops.find((op) => op.op === "updateIssue");
  if (first?.op !== "updateIssue") return ops;
  const closed = first.state === "closed";
  const item = {
    ...tracker,
    number: first.issue.existing,
    state: closed ? "closed" : "open",
    stateReason: closed ? first.stateReason ?? "completed" : null
  };
  const done = [...ops, ...await syncIssueState(tracker.repo, item, serverUrl, deps)];
  return done;
}

// src/action/jobs/tick.ts
async function tickJob({ repo, payload, serverUrl, deps }) {
  const tracker = toExisting(repo, payload.issue);
  const sender = payload.sender?.login ?? "";
  const ops = await syncTrackerEdit(tracker, payload.changes?.body?.from ?? "", sender, serverUrl, deps);
  if (ops.length === 0) info(`#${tracker.number}: no checklist item of a tracker changed`);
}
export {
  tickJob
};
