import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
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
} from "./chunk-7Z3UWOJ6.js";
import "./chunk-7RBNJNGM.js";
import {
  notReportReason
} from "./chunk-OGQWIQG3.js";
import {
  entryRepo,
  shownReason,
  trackerTransition
} from "./chunk-EL7PGEC2.js";
import {
  syncSummary,
  writeJobSummary
} from "./chunk-TPBNKM5L.js";
import {
  setOutput
} from "./chunk-DTFMBWHE.js";
import {
  allResolvedComment,
  cell,
  entryLine,
  headerFromReport,
  issueRef,
  reportUrl,
  trackerBody,
  trackerLabels,
  trackerNotes,
  trackerTitle
} from "./chunk-MP7O54WV.js";
import {
  deadlineBy,
  deadlineRules,
  mergeLabels,
  ourIssues
} from "./chunk-WOCDELLY.js";
import {
  issueKey,
  repoName
} from "./chunk-PW6O7USS.js";
import "./chunk-AEGC4ICH.js";

// src/tracking/sync/comment.ts
var verbs = {
  created: () => "created",
  split: (c) => `created (split from #${c.related})`,
  updated: () => "updated",
  closed: () => "closed (checked in the report)",
  removed: () => "closed as not planned (removed from the report)",
  merged: (c) => `closed as not planned (merged into #${c.related})`,
  linked: () => "linked (existing issue)"
};
function changedIssue(change, created) {
  return change.issue ?? (change.key ? created.get(change.key)?.number ?? null : null);
}
var refText = (from, repo, issue) => issue === null ? "(new issue)" : issueRef(from, repo, issue);
var syncedTag = (ctx) => `<!-- postmortem-tracker synced ${ctx.source.sha} ${ctx.path} -->`;
function pullRequestComment(ctx, changes, created, tracker, items, problems = []) {
  const from = ctx.source;
  const head = `The action items of [${ctx.report.title}](${reportUrl(ctx)}) are tracked in ${refText(from, ctx.target, tracker)} (${items} item${items === 1 ? "" : "s"}).`;
  const trouble = problems.length === 0 ? [] : [
    "",
    "Not done (every other item is tracked; each is tried again on the next merge, and the tracker marks it):",
    "",
    ...problems.map((p) => `- ${p.text}`)
  ];
  if (changes.length === 0)
    return [head, "", "No issue needed a change.", ...trouble, "", syncedTag(ctx)].join("\n");
  const rows = changes.map(
    (c) => `| ${refText(from, c.repo, changedIssue(c, created))} | ${cell(c.title)} | ${verbs[c.kind](c)} |`
  );
  return [
    head,
    "",
    "| Issue | Action item | Change |",
    "| --- | --- | --- |",
    ...rows,
    ...trouble,
    "",
    syncedTag(ctx)
  ].join("\n");
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
function unreached(entry, target, problems) {
  if (!entry.ref || entry.issue === null) return entry;
  const key = issueKey(entryRepo(entry, target), entry.issue);
  const problem = problems.find((p) => p.issue === key);
  return problem ? { ...entry, unreached: problem.answer } : entry;
}
function trackedItems(state, items, created) {
  return placedEntries(items, created).flatMap(({ entry }, i) => {
    const item = state.pairs[i]?.item;
    return item && entry.issue !== null && !entry.ref && !entry.done ? [{ item, issue: entry.issue }] : [];
  });
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
function trackerWrites(state, items, created, tracker, problems) {
  const { ctx, config, now } = state.input;
  const target = ctx.target;
  const entries = placedEntries(items, created).map(({ entry, placed }) => ({
    placed,
    entry: unreached(entry, target, problems)
  }));
  const marker = {
    ...markerBase(state.input.ctx, state.input.now),
    merged: state.tracker?.marker.merged ?? now,
    ...state.tracker?.marker.followUp ? { followUp: state.tracker.marker.followUp } : {},
    // What the sweep has sent survives a sync, or the next sweep would send it again.
    ...state.tracker?.marker.sweep ? { sweep: state.tracker.marker.sweep } : {},
    items: entries.map(({ entry }) => entry)
  };
  const rules = deadlineRules(config);
  const facts = { merged: marker.merged, severity: marker.severity ?? null };
  const lines = entries.map(
    ({ entry, placed }) => entryLine(
      entry,
      placed.state,
      entry.issue !== null ? issueRef(target, entryRepo(entry, target), entry.issue) : null,
      deadlineBy(entry, facts, rules),
      shownReason(entry.key, marker.sweep)
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
  const notes = trackerNotes(state.tracker?.issue.body ?? "");
  const update = {
    op: "updateIssue",
    repo: target,
    issue: { existing: tracker },
    title: trackerTitle(ctx.report),
    body: trackerBody(headerFromReport(ctx), lines, resolved, entries.length, marker, notes),
    labels: state.tracker ? mergeLabels(state.tracker.issue.labels, labels) : labels.map((l) => l.name),
    ...transition.state
  };
  return [...transition.comment ? [transition.comment] : [], update];
}
function finishSync(state, items, created, commented = false, problems = []) {
  const { ctx } = state.input;
  const tracker = trackerNode(state, created);
  const ops = refusedNotes(state, items, created, tracker?.number ?? null);
  if (tracker) ops.push(...subIssues(state, items, created, tracker));
  if (ctx.pullRequest !== null && !commented) {
    const body = pullRequestComment(
      ctx,
      items.changes,
      created,
      tracker?.number ?? null,
      items.items.length,
      problems
    );
    ops.push({ op: "comment", repo: ctx.source, issue: { existing: ctx.pullRequest }, body });
  }
  if (tracker) ops.push(...trackerWrites(state, items, created, tracker.number, problems));
  return ops;
}

// src/tracking/link-back.ts
function linkedReport(text, items, where) {
  const lines = text.split("\n");
  let added = 0;
  for (const { item, issue } of items) {
    const at = item.line - 1;
    const line = lines[at];
    const url = `${where.serverUrl}/${repoName(where.repo)}/issues/${issue}`;
    if (line === void 0 || item.ref?.number === issue || line.includes(url)) continue;
    lines[at] = withLink(line, `[#${issue}](${url})`);
    added += 1;
  }
  return added > 0 ? lines.join("\n") : null;
}
function withLink(line, link) {
  const cr = line.endsWith("\r") ? "\r" : "";
  const body = cr ? line.slice(0, -1) : line;
  const trimmed = body.trimEnd();
  if (trimmed.trimStart().startsWith("|") && trimmed.endsWith("|") && !trimmed.endsWith("\\|"))
    return `${trimmed.slice(0, -1).trimEnd()} ${link} |${cr}`;
  return `${trimmed} (${link})${cr}`;
}

// src/jobs/link-back.ts
var linkBranch = (path) => `postmortem-tracker/links/${path.replace(/\.md$/i, "").replace(/[^\w.-]+/g, "-")}`;
async function linkBack(state, synced, at, deps) {
  if (deps.config["link-back"] !== "pull-request") return;
  const { ctx } = state.input;
  const file = await deps.client.file(ctx.source, ctx.path, at.sha);
  if (!file) return;
  const issues = trackedItems(state, synced.items, synced.created);
  const text = linkedReport(file.text, issues, { repo: ctx.target, serverUrl: ctx.source.serverUrl });
  if (text === null) {
    deps.log.info(`${ctx.path}: every item links its issue already`);
    return;
  }
  const branch = linkBranch(ctx.path);
  const open = await deps.client.openPullsFrom(ctx.source, branch);
  const repo = ctx.source;
  const title = `Link the action items of "${ctx.report.title}" to their issues`;
  const ops = [
    { op: "moveBranch", repo, branch, sha: at.sha },
    { op: "writeFile", repo, branch, path: ctx.path, text, blobSha: file.sha, message: title }
  ];
  if (open.length === 0) {
    const body = `Writes a link to each action item's issue into \`${ctx.path}\`, so that readers of the report see where each item is tracked. Merging it changes no issue: each item keeps its own. This pull request is updated after later merges of the report.`;
    ops.push({ op: "openPullRequest", repo, head: branch, base: at.base, title, body });
  }
  await deps.gateway.apply(ops);
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
async function applySync(state, deps) {
  const { gateway } = deps;
  const skippedBefore = gateway.skipped.length;
  const setup = planSetup(state);
  const made = await gateway.apply(setup);
  const items = planItems(state, trackerNode(state, made)?.number ?? null);
  const created = new Map([...made, ...await gateway.apply(items.operations)]);
  const problems = gateway.skipped.slice(skippedBefore);
  const finish = finishSync(state, items, created, await commentedBefore(state, deps), problems);
  await gateway.apply(finish);
  return { operations: [...setup, ...items.operations, ...finish], items, created };
}
async function commentedBefore(state, deps) {
  const { ctx } = state.input;
  if (!state.tracker || ctx.pullRequest === null) return false;
  const tag = syncedTag(ctx);
  const comments = await deps.client.comments(ctx.source, ctx.pullRequest);
  return comments.some((c) => c.author === deps.botLogin && c.body.includes(tag));
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
    log.info(
      start.noItems ? `${file.path}: has no action items; nothing to file` : `${file.path}: already in sync with ${change.sha.slice(0, 7)}`
    );
    return { path: file.path, blocked: null, operations: [] };
  }
  const synced = await applySync(start.state, deps);
  if (change.branch) await linkBack(start.state, synced, { sha: change.sha, base: change.branch }, deps);
  return { path: file.path, blocked: null, operations: synced.operations };
}
async function syncMerge(change, deps) {
  const results = [];
  for (const file of change.files) {
    const why = notReportReason(file.path, deps.config);
    if (why && !file.removed) deps.log.info(`${file.path}: not synced, ${why}`);
  }
  for (const file of changedReports(change.files, deps.config)) {
    const result = await syncReport(change, file, deps);
    if (result) results.push(result);
  }
  return results;
}

// src/action/jobs/sync.ts
async function syncJob({ repo, payload, serverUrl, deps }, env) {
  const files = fromPushCommits(payload.commits ?? []);
  const sha = payload.after ?? "";
  const pulls = await deps.client.pullsOfCommit(repo, sha);
  const pullRequest = pulls.find((p) => p.merge_commit_sha === sha)?.number ?? null;
  const branch = payload.repository?.default_branch;
  const change = { source: repo, sha, pullRequest, serverUrl, files, ...branch ? { branch } : {} };
  const results = await syncMerge(change, deps);
  const count = (kind) => results.reduce((n, r) => n + r.operations.filter((op) => op.op === kind).length, 0);
  setOutput("reports", results.length);
  setOutput("issues-created", count("createIssue"));
  setOutput("issues-updated", count("updateIssue"));
  setOutput("blocked", results.filter((r) => r.blocked !== null).length);
  writeJobSummary(env, syncSummary(results, `${repo.owner}/${repo.repo}`));
}
export {
  syncJob
};
