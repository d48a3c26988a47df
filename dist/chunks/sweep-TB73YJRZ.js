import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  entryRepo,
  trackerRefresh
} from "./chunk-3I2NCOCQ.js";
import {
  sweepSummary,
  writeJobSummary
} from "./chunk-HSH6HGTA.js";
import {
  DateTime,
  Duration
} from "./chunk-UY5FDPQE.js";
import {
  cell,
  issueRef,
  ourTracker
} from "./chunk-UZ3WSUNB.js";
import {
  BudgetExhausted,
  errorText,
  httpStatus
} from "./chunk-GYN3CRWL.js";
import {
  info,
  setOutput
} from "./chunk-DTFMBWHE.js";
import {
  issueKey
} from "./chunk-5HK4E2P3.js";
import "./chunk-AEGC4ICH.js";

// src/tracking/reminders.ts
function sweepSettings(config) {
  const r = config.reminders;
  return {
    interval: r.interval,
    timezone: r.timezone,
    mentionOwners: r["mention-owners"],
    dueByPriority: r["due-by-priority"],
    defaultDue: r["default-due"],
    overdueLabel: r["overdue-label"]
  };
}
function parseDuration(text) {
  const m = /^(\d+)\s*([hdw])$/.exec(text.trim());
  if (!m) throw new Error(`"${text}" is not a duration such as "7d", "2w" or "12h"`);
  const n = Number(m[1]);
  return m[2] === "h" ? Duration.fromObject({ hours: n }) : m[2] === "w" ? Duration.fromObject({ weeks: n }) : Duration.fromObject({ days: n });
}
function dueDay(entry, merged, settings) {
  if (entry.due) return entry.due;
  const policy = entry.priority && settings.dueByPriority[entry.priority] || settings.defaultDue;
  const start = DateTime.fromISO(entry.added ?? merged, { zone: settings.timezone });
  return start.plus(parseDuration(policy)).toISODate() ?? entry.due ?? "";
}
function daysBetween(fromDay, to, zone) {
  const from = DateTime.fromISO(fromDay, { zone }).startOf("day");
  return Math.floor(to.setZone(zone).startOf("day").diff(from, "days").days);
}
function itemStatuses(marker, target, items, now, settings) {
  return marker.items.map((entry) => {
    const repo = entryRepo(entry, target);
    const due = dueDay(entry, marker.merged, settings);
    if (entry.done) return { entry, repo, state: "done", due, daysOverdue: 0, closedAt: null };
    const snapshot = entry.issue === null ? void 0 : items.get(issueKey(repo, entry.issue));
    if (snapshot === null) return { entry, repo, state: "missing", due, daysOverdue: 0, closedAt: null };
    const state = snapshot?.state ?? "open";
    const late = state === "open" ? Math.max(0, daysBetween(due, now, settings.timezone)) : 0;
    return { entry, repo, state, due, daysOverdue: late, closedAt: snapshot?.closedAt ?? null };
  });
}
var ref = (target, s) => s.entry.issue === null ? "" : issueRef(target, s.repo, s.entry.issue);
function ownersText(s, mention) {
  const owners = s.entry.owners ?? [];
  if (owners.length === 0) return "-";
  return owners.map((o) => mention || !o.startsWith("@") ? o : `\`${o}\``).join(", ");
}
function openTable(target, open, mention) {
  return [
    "| Item | Owners | Due | Overdue |",
    "| --- | --- | --- | --- |",
    ...open.map(
      (s) => `| ${ref(target, s)} ${cell(s.entry.title)} | ${ownersText(s, mention)} | ${s.due} | ${s.daysOverdue > 0 ? `${s.daysOverdue} day${s.daysOverdue === 1 ? "" : "s"}` : "-"} |`
    )
  ];
}
function closingComment(statuses, merged, zone) {
  const start = DateTime.fromISO(merged, { zone });
  const rows = statuses.map((s) => {
    if (s.state === "done") return `| ${s.entry.title} | done in the report | - |`;
    if (!s.closedAt) return `| ${s.entry.title} | ${s.state === "not_planned" ? "won't do" : "closed"} | - |`;
    const closed = DateTime.fromISO(s.closedAt, { zone });
    const days = Math.max(0, Math.round(closed.diff(start, "days").days));
    const onTime2 = closed.toISODate() !== null && (closed.toISODate() ?? "") <= s.due;
    return `| ${s.entry.title} | ${s.state === "not_planned" ? "won't do" : `${days} day${days === 1 ? "" : "s"}`} | ${onTime2 ? "yes" : "no"} |`;
  });
  const completed = statuses.filter((s) => s.state === "completed");
  const onTime = completed.filter(
    (s) => s.closedAt && (DateTime.fromISO(s.closedAt, { zone }).toISODate() ?? "") <= s.due
  ).length;
  return [
    `All ${statuses.length} action items are resolved: ${onTime} of ${completed.length} closed on time. Closing the follow-up.`,
    "",
    "| Item | Time to close | On time |",
    "| --- | --- | --- |",
    ...rows
  ].join("\n");
}
function overdueLabels(statuses, input) {
  const label = input.settings.overdueLabel;
  const ops = [];
  for (const s of statuses) {
    if (s.entry.issue === null || s.entry.repo || s.state === "done" || s.state === "missing") continue;
    const has = (input.items.get(issueKey(s.repo, s.entry.issue))?.labels ?? []).includes(label);
    if (s.daysOverdue > 0 && !has)
      ops.push({ op: "addLabels", repo: s.repo, issue: { existing: s.entry.issue }, labels: [label] });
    if (s.daysOverdue === 0 && has)
      ops.push({ op: "removeLabel", repo: s.repo, issue: { existing: s.entry.issue }, label });
  }
  return ops;
}
function followUpComment(statuses, open, reopen, input) {
  const { tracker, settings } = input;
  const overdue = open.filter((s) => s.daysOverdue > 0).length;
  const first = reopen ? `Reopened: ${open.length} action item${open.length === 1 ? " is" : "s are"} still open.` : `Follow-up: ${open.length} of ${statuses.length} action items are still open${overdue > 0 ? `, ${overdue} overdue` : ""}.`;
  return {
    op: "comment",
    repo: tracker.repo,
    issue: { existing: tracker.number },
    body: [first, "", ...openTable(tracker.repo, open, settings.mentionOwners)].join("\n")
  };
}
function liveStates(statuses) {
  const live = /* @__PURE__ */ new Map();
  for (const s of statuses) {
    if (s.entry.issue === null || s.state === "done" || s.state === "missing") continue;
    live.set(issueKey(s.repo, s.entry.issue), s.state);
  }
  return live;
}
function planReminders(input) {
  const { tracker, marker, now, settings } = input;
  const statuses = itemStatuses(marker, tracker.repo, input.items, now, settings);
  const open = statuses.filter((s) => s.state === "open");
  const last = DateTime.fromISO(marker.followUp ?? marker.merged, { zone: settings.timezone });
  const followUpDue = open.length > 0 && now.diff(last).toMillis() >= parseDuration(settings.interval).toMillis();
  const reopen = open.length > 0 && tracker.state === "closed";
  const allResolved = statuses.length > 0 && open.length === 0 && statuses.every((s) => s.state !== "missing");
  const closes = allResolved && tracker.state === "open";
  const refresh = trackerRefresh({
    tracker,
    marker: followUpDue || reopen ? { ...marker, followUp: now.toUTC().toISO() } : marker,
    live: liveStates(statuses),
    serverUrl: input.serverUrl,
    ...closes ? { closing: closingComment(statuses, marker.merged, settings.timezone) } : {}
  });
  const operations = [
    ...overdueLabels(statuses, input),
    ...followUpDue || reopen ? [followUpComment(statuses, open, reopen, input)] : [],
    ...refresh.comment ? [refresh.comment] : [],
    ...refresh.update ? [refresh.update] : []
  ];
  return {
    operations,
    summary: summaryOf(statuses, input, { reopen, closes, followUp: followUpDue && !reopen })
  };
}
function summaryOf(statuses, input, done) {
  const open = statuses.filter((s) => s.state === "open");
  const overdue = open.filter((s) => s.daysOverdue > 0);
  return {
    number: input.tracker.number,
    title: input.marker.title,
    report: input.marker.report,
    total: statuses.length,
    open: open.length,
    overdue: overdue.length,
    resolved: statuses.filter((s) => s.state !== "open" && s.state !== "missing").length,
    oldestOverdue: Math.max(0, ...overdue.map((s) => s.daysOverdue)),
    missing: statuses.filter((s) => s.state === "missing").map((s) => s.entry.issue ?? 0),
    reopened: done.reopen,
    closed: done.closes,
    followUp: done.followUp
  };
}

// src/jobs/sweep.ts
var CURSOR = /\s*· sweep resumes at #(\d+)$/;
var MAX_ITEMS_PER_READ = 100;
var emptyResult = () => ({
  trackers: [],
  remindersPosted: 0,
  reopened: 0,
  closed: 0,
  openItems: 0,
  overdueItems: 0,
  errors: [],
  stoppedAt: null
});
function rotate(trackers, cursor) {
  const sorted = [...trackers].sort((a, b) => a.issue.number - b.issue.number);
  if (cursor === null) return sorted;
  const at = sorted.findIndex((t) => t.issue.number >= cursor);
  return at <= 0 ? sorted : [...sorted.slice(at), ...sorted.slice(0, at)];
}
var itemRefs = (t) => t.marker.items.filter((e) => e.issue !== null && !e.done).map((e) => ({ repo: entryRepo(e, t.issue.repo), number: e.issue }));
function* batches(queue) {
  let batch = [];
  let count = 0;
  for (const next of queue) {
    const size = itemRefs(next).length;
    if (batch.length > 0 && count + size > MAX_ITEMS_PER_READ) {
      yield batch;
      batch = [];
      count = 0;
    }
    batch.push(next);
    count += size;
  }
  if (batch.length > 0) yield batch;
}
async function sweepTracker(listed, snapshots, input, deps, result) {
  const { client, gateway, log } = deps;
  const plan = (t2) => planReminders({
    tracker: t2.issue,
    marker: t2.marker,
    items: snapshots,
    now: input.now,
    settings: input.settings,
    serverUrl: input.serverUrl
  });
  let t = listed;
  let { operations, summary } = plan(t);
  if (operations.some((op) => op.op === "updateIssue") && client.remaining() > operations.length + 2) {
    const fresh = ourTracker(await client.issue(t.issue.repo, t.issue.number), t.issue.author);
    if (fresh && fresh.issue.body !== t.issue.body) {
      t = fresh;
      ({ operations, summary } = plan(t));
    }
  }
  if (gateway.cost(operations) >= client.remaining()) return { stopped: true };
  try {
    await gateway.apply(operations);
    return { stopped: false, summary, failed: false };
  } catch (error) {
    if (error instanceof BudgetExhausted) return { stopped: true };
    const status = httpStatus(error);
    result.errors.push({
      tracker: t.issue.number,
      message: `${status ? `${status} ` : ""}${errorText(error)}`
    });
    log.warn(`tracker #${t.issue.number}: ${errorText(error)}`);
    return { stopped: false, summary, failed: true };
  }
}
function record(result, summary, failed) {
  for (const missing of summary.missing)
    result.errors.push({
      tracker: summary.number,
      message: `item #${missing} was deleted or cannot be read`
    });
  result.trackers.push(summary);
  result.remindersPosted += summary.followUp && !failed ? 1 : 0;
  result.reopened += summary.reopened && !failed ? 1 : 0;
  result.closed += summary.closed && !failed ? 1 : 0;
  result.openItems += summary.open;
  result.overdueItems += summary.overdue;
}
async function sweepQueue(queue, input, deps, result) {
  const { client, gateway } = deps;
  for (const batch of batches(queue)) {
    const refs = batch.flatMap(itemRefs);
    const first = batch[0]?.issue.number ?? null;
    const reads = Math.ceil(refs.length / MAX_ITEMS_PER_READ);
    if (reads + gateway.cost([cursorWrite(input.repo, "", "")]) >= client.remaining()) return first;
    let snapshots;
    try {
      snapshots = await client.issueSnapshots(refs);
    } catch (error) {
      if (!(error instanceof BudgetExhausted)) throw error;
      return first;
    }
    for (const tracked of batch) {
      const outcome = await sweepTracker(tracked, snapshots, input, deps, result);
      if (outcome.stopped) return tracked.issue.number;
      record(result, outcome.summary, outcome.failed);
    }
  }
  return null;
}
var cursorWrite = (repo, name, description) => ({
  op: "describeLabel",
  repo,
  name,
  description: description.slice(0, 100)
});
async function readCursor(input, deps) {
  const label = deps.config.labels.tracker;
  const description = await deps.client.labelDescription(input.repo, label);
  if (description === null) return null;
  const match = CURSOR.exec(description);
  return { label, description, cursor: match ? Number(match[1]) : null };
}
async function writeCursor(input, deps, at, stopped) {
  const base = at.description.replace(CURSOR, "");
  const wanted = stopped === null ? base : `${base} \xB7 sweep resumes at #${stopped}`;
  if (wanted === at.description) return;
  try {
    await deps.gateway.apply([cursorWrite(input.repo, at.label, wanted)]);
  } catch (error) {
    deps.log.warn(`could not record where the sweep stopped: ${errorText(error)}`);
  }
}
async function listTrackers(input, deps, label) {
  let issues;
  try {
    issues = await deps.client.issuesWithLabel(input.repo, label);
  } catch (error) {
    if (!(error instanceof BudgetExhausted)) throw error;
    deps.log.warn(`${error.message} while listing trackers; the next run starts again`);
    return null;
  }
  return issues.flatMap((issue) => ourTracker(issue, deps.botLogin) ?? []);
}
async function sweep(input, deps) {
  const { repo } = input;
  const result = emptyResult();
  const at = await readCursor(input, deps);
  if (at === null) {
    deps.log.info(
      `no "${deps.config.labels.tracker}" label in ${repo.owner}/${repo.repo}: no trackers to follow up`
    );
    return result;
  }
  const trackers = input.trackers ? input.trackers.flatMap((issue) => ourTracker(issue, deps.botLogin) ?? []) : await listTrackers(input, deps, at.label);
  if (trackers === null) return result;
  const queue = rotate(trackers, at.cursor);
  const stopped = await sweepQueue(queue, input, deps, result);
  await writeCursor(input, deps, at, stopped);
  if (stopped !== null) {
    deps.log.warn(
      `request budget reached: ${result.trackers.length} of ${queue.length} trackers done; the next run starts at #${stopped}`
    );
  }
  result.stoppedAt = stopped;
  return result;
}

// src/action/jobs/sweep.ts
async function sweepJob({ repo, serverUrl, deps }, env) {
  const timezone = deps.config.reminders.timezone;
  if (!DateTime.now().setZone(timezone).isValid) throw new Error(`"${timezone}" is not an IANA time zone`);
  const now = DateTime.fromJSDate(deps.now(), { zone: timezone });
  const result = await sweep({ repo, settings: sweepSettings(deps.config), now, serverUrl }, deps);
  setOutput("trackers", result.trackers.length);
  setOutput("open-items", result.openItems);
  setOutput("overdue-items", result.overdueItems);
  setOutput("reminders-posted", result.remindersPosted);
  setOutput("trackers-reopened", result.reopened);
  setOutput("trackers-closed", result.closed);
  setOutput("details", JSON.stringify(result));
  writeJobSummary(env, sweepSummary(result, `${repo.owner}/${repo.repo}`, serverUrl));
  info(
    `${result.trackers.length} tracker(s), ${result.openItems} open item(s), ${result.overdueItems} overdue; ${deps.client.requests} request(s)`
  );
}
export {
  sweepJob
};
