import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  entryRepo,
  trackerTransition
} from "./chunk-N2Z5FFMK.js";
import {
  TRACKER,
  bodyWithRefused,
  changedReports,
  fromPushCommits,
  itemContext,
  markerBase,
  planItems,
  planSetup,
  readReport,
  startSync,
  syncInputFor
} from "./chunk-N6FDX4KR.js";
import "./chunk-UY5FDPQE.js";
import {
  trackerLabels
} from "./chunk-KD5N64TB.js";
import {
  allResolvedComment,
  cell,
  entryLine,
  headerFromReport,
  issueRef,
  mergeLabels,
  ourIssues,
  reportUrl,
  trackerBody,
  trackerTitle
} from "./chunk-2W7DVF2B.js";
import "./chunk-6GEF5X2A.js";
import "./chunk-VQF3NPJG.js";
import "./chunk-AEGC4ICH.js";

// src/tracking/sync/comment.ts
var verbs = {
  created: "created",
  updated: "updated",
  closed: "closed (checked in the report)",
  removed: "closed as not planned (removed from the report)",
  linked: "linked (existing issue)"
};
function changedIssue(change, created) {
  return change.issue ?? (change.key ? created.get(change.key)?.number ?? null : null);
}
var refText = (from, repo, issue) => issue === null ? "(new issue)" : issueRef(from, repo, issue);
function pullRequestComment(ctx, changes, created, tracker, items) {
  const from = ctx.source;
  const head = `The action items of [${ctx.report.title}](${reportUrl(ctx)}) are tracked in ${refText(from, ctx.target, tracker)} (${items} item${items === 1 ? "" : "s"}).`;
  if (changes.length === 0) return `${head}

No issue needed a change.`;
  const rows = changes.map(
    (c) => `| ${refText(from, c.repo, changedIssue(c, created))} | ${cell(c.title)} | ${verbs[c.kind]} |`
  );
  return [head, "", "| Issue | Action item | Change |", "| --- | --- | --- |", ...rows].join("\n");
}

// src/tracking/sync/finish.ts
function trackerNode(state, created) {
  if (state.tracker) return { number: state.tracker.issue.number, nodeId: state.tracker.issue.nodeId };
  const made = created.get(TRACKER);
  return made ? { number: made.number, nodeId: made.nodeId } : null;
}
function placedEntries(items, created) {
  return items.items.map(({ placed }) => ({
    placed,
    entry: placed.key ? { ...placed.entry, issue: created.get(placed.key)?.number ?? null } : placed.entry
  }));
}
function refusedNotes(state, items, created, tracker) {
  const c = itemContext(state, tracker);
  const notes = [];
  for (const { placed } of items.items) {
    const made = placed.key ? created.get(placed.key) : void 0;
    const body = made ? bodyWithRefused(placed, made.refused, c) : null;
    if (made && body)
      notes.push({ op: "updateIssue", repo: made.repo, issue: { existing: made.number }, body });
  }
  return notes;
}
function subIssues(state, items, created, parent) {
  const nodes = new Map(state.existing.map((i) => [i.number, i.nodeId]));
  const children = items.items.flatMap(({ subIssue }) => {
    if (!subIssue) return [];
    if ("key" in subIssue) {
      const made = created.get(subIssue.key);
      return made ? [{ number: made.number, nodeId: made.nodeId }] : [];
    }
    const nodeId = nodes.get(subIssue.existing);
    return nodeId ? [{ number: subIssue.existing, nodeId }] : [];
  });
  const repo = state.input.ctx.target;
  return children.length > 0 ? [{ op: "addSubIssues", repo, parent, children }] : [];
}
function trackerWrites(state, items, created, tracker) {
  const { ctx, config, now } = state.input;
  const target = ctx.target;
  const entries = placedEntries(items, created);
  const marker = {
    ...markerBase(state.input),
    merged: state.tracker?.marker.merged ?? now,
    ...state.tracker?.marker.followUp ? { followUp: state.tracker.marker.followUp } : {},
    items: entries.map(({ entry }) => entry)
  };
  const lines = entries.map(
    ({ entry, placed }) => entryLine(
      entry,
      placed.state,
      entry.issue !== null ? issueRef(target, entryRepo(entry, target), entry.issue) : null
    )
  );
  const resolved = entries.filter((e) => e.placed.state !== "open").length;
  const notPlanned = entries.filter((e) => e.placed.state === "not_planned").length;
  const transition = trackerTransition(
    { repo: target, number: tracker, open: state.tracker ? state.tracker.issue.state === "open" : true },
    entries.length > 0 && resolved === entries.length,
    allResolvedComment(entries.length, notPlanned)
  );
  const labels = trackerLabels(ctx.path, config);
  const update = {
    op: "updateIssue",
    repo: target,
    issue: { existing: tracker },
    title: trackerTitle(ctx.report),
    body: trackerBody(headerFromReport(ctx), lines, resolved, entries.length, marker),
    labels: state.tracker ? mergeLabels(state.tracker.issue.labels, labels) : labels.map((l) => l.name),
    ...transition.state
  };
  return [...transition.comment ? [transition.comment] : [], update];
}
function finishSync(state, items, created) {
  const { ctx } = state.input;
  const tracker = trackerNode(state, created);
  const ops = refusedNotes(state, items, created, tracker?.number ?? null);
  if (tracker)
    ops.push(
      ...subIssues(state, items, created, tracker),
      ...trackerWrites(state, items, created, tracker.number)
    );
  if (ctx.pullRequest !== null) {
    const body = pullRequestComment(ctx, items.changes, created, tracker?.number ?? null, items.items.length);
    ops.push({ op: "comment", repo: ctx.source, issue: { existing: ctx.pullRequest }, body });
  }
  return ops;
}

// src/jobs/notice.ts
async function noticeOnce(deps, where, body, seen) {
  const comments = await deps.client.comments(where.repo, where.pullRequest);
  if (comments.some((c) => c.author === deps.botLogin && c.body.includes(seen))) return;
  await deps.gateway.apply([
    { op: "comment", repo: where.repo, issue: { existing: where.pullRequest }, body }
  ]);
}

// src/jobs/sync.ts
var BLOCKED = "<!-- postmortem-tracker blocked";
async function applySync(state, gateway) {
  const setup = planSetup(state);
  const made = await gateway.apply(setup);
  const items = planItems(state, trackerNode(state, made)?.number ?? null);
  const created = new Map([...made, ...await gateway.apply(items.operations)]);
  const finish = finishSync(state, items, created);
  await gateway.apply(finish);
  return [...setup, ...items.operations, ...finish];
}
async function isOlderMerge(input, file, deps) {
  const paths = [file.path, ...file.previousPath ? [file.previousPath] : []];
  const { tracker } = ourIssues(input.existing, deps.botLogin, paths);
  const sha = input.ctx.source.sha;
  if (!tracker?.marker.sha || tracker.marker.sha === sha) return false;
  const status = await deps.client.compare(input.ctx.source, tracker.marker.sha, sha);
  if (status !== "behind" && status !== "identical") return false;
  deps.log.info(
    `${file.path}: ${sha.slice(0, 7)} is older than ${tracker.marker.sha.slice(0, 7)}, already synced; skipped`
  );
  return true;
}
async function syncReport(change, file, deps) {
  const { log } = deps;
  const report = await readReport(deps.client, change.source, file.path, change.sha, deps.config);
  if (report === null) {
    log.warn(`${file.path} is not in ${change.sha}; skipped`);
    return null;
  }
  for (const w of report.warnings) log.info(`${w.file}${w.line ? `:${w.line}` : ""}: ${w.message}`);
  const input = await syncInputFor(deps.client, { ...change, report, file }, deps);
  if (await isOlderMerge(input, file, deps)) return null;
  const start = startSync(input);
  if ("blocked" in start) {
    log.warn(start.blocked);
    const tag = `${BLOCKED} ${change.sha} ${file.path} -->`;
    if (change.pullRequest !== null)
      await noticeOnce(
        deps,
        { repo: change.source, pullRequest: change.pullRequest },
        `${start.blocked}

${tag}`,
        tag
      );
    return { path: file.path, blocked: start.blocked, operations: [] };
  }
  if ("inSync" in start) {
    log.info(`${file.path}: already in sync with ${change.sha.slice(0, 7)}`);
    return { path: file.path, blocked: null, operations: [] };
  }
  return { path: file.path, blocked: null, operations: await applySync(start.state, deps.gateway) };
}
async function syncMerge(change, deps) {
  const results = [];
  for (const file of changedReports(change.files, deps.config)) {
    const result = await syncReport(change, file, deps);
    if (result) results.push(result);
  }
  return results;
}

// src/action/jobs/sync.ts
async function syncJob({ repo, payload, serverUrl, deps }) {
  const files = fromPushCommits(payload.commits ?? []);
  const sha = payload.after ?? "";
  const pulls = await deps.client.pullsOfCommit(repo, sha);
  const pullRequest = pulls.find((p) => p.merge_commit_sha === sha)?.number ?? null;
  await syncMerge({ source: repo, sha, pullRequest, serverUrl, files }, deps);
}
export {
  syncJob
};
