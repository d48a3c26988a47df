import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  BudgetExhausted
} from "./chunk-6O52L57I.js";
import {
  askReason,
  entryRepo,
  reasonOf,
  reasonsToRead,
  shownReason,
  trackerRefresh
} from "./chunk-EL7PGEC2.js";
import {
  cell,
  issueRef,
  overdueLabelSpec
} from "./chunk-MP7O54WV.js";
import {
  errorText,
  httpStatus
} from "./chunk-PJCCAW4A.js";
import {
  deadline,
  deadlineText,
  intervalElapsed,
  ourTracker,
  parseDuration,
  parseMarker
} from "./chunk-WOCDELLY.js";
import {
  DateTime,
  issueKey,
  repoName
} from "./chunk-PW6O7USS.js";

// src/tracking/reminders/closing.ts
function wontDoLines(statuses, record2) {
  const lines = statuses.flatMap((s) => {
    const reason = s.state === "not_planned" ? shownReason(s.entry.key, record2) : void 0;
    return reason === void 0 ? [] : [`- ${s.entry.title}: ${reason ?? "no reason given"}`];
  });
  return lines.length > 0 ? ["", "Won't do:", ...lines] : [];
}
function closingComment(statuses, merged, zone, record2 = {}) {
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
    ...rows,
    ...wontDoLines(statuses, record2)
  ].join("\n");
}

// src/tracking/reminders/people.ts
function itemPeople(s, reportOwners) {
  if (s.assignees.length > 0) return s.assignees.map((a) => `@${a}`);
  const owners = s.entry.owners ?? [];
  return owners.length > 0 ? owners : [...reportOwners];
}
function names(people, mention) {
  return people.map((p) => mention || !p.startsWith("@") ? p : `\`${p}\``).join(", ");
}

// src/tracking/reminders/status.ts
function daysBetween(fromDay, to, zone) {
  const from = DateTime.fromISO(fromDay, { zone }).startOf("day");
  return Math.floor(to.setZone(zone).startOf("day").diff(from, "days").days);
}
function itemStatuses(marker, target, items, now, settings) {
  const facts = { merged: marker.merged, severity: marker.severity ?? null };
  return marker.items.map((entry) => {
    const repo = entryRepo(entry, target);
    const d = deadline(entry, facts, settings.deadlines, settings.timezone);
    const base = { entry, repo, due: d.day, deadline: d, daysOverdue: 0, closedAt: null, assignees: [] };
    const daysLeft = -daysBetween(d.day, now, settings.timezone);
    if (entry.done) return { ...base, state: "done", daysLeft };
    const snapshot = entry.issue === null ? void 0 : items.get(issueKey(repo, entry.issue));
    if (snapshot === null) return { ...base, state: "missing", daysLeft };
    const state = snapshot?.state ?? "open";
    return {
      ...base,
      state,
      daysLeft,
      daysOverdue: state === "open" ? Math.max(0, -daysLeft) : 0,
      closedAt: snapshot?.closedAt ?? null,
      assignees: snapshot?.assignees ?? []
    };
  });
}
function dueSoon(s, intervalDays) {
  return s.state === "open" && s.daysOverdue === 0 && s.daysLeft <= intervalDays;
}

// src/tracking/reminders/digest.ts
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
var open = (c) => c.statuses.filter((s) => s.state === "open");
var resolvedCount = (statuses) => statuses.filter((s) => s.state !== "open" && s.state !== "missing").length;
function digestWanted(c) {
  const items = open(c);
  if (items.length === 0) return false;
  if (items.some((s) => s.daysOverdue > 0 || dueSoon(s, c.intervalDays))) return true;
  return resolvedCount(c.statuses) !== (c.record.digestResolved ?? 0);
}
function escalations(c) {
  const after = c.settings.escalateAfter;
  if (after === null) return [];
  const done = new Set(c.record.escalated ?? []);
  const who = c.settings.escalateTo ? [c.settings.escalateTo] : c.reportOwners;
  if (who.length === 0) return [];
  return open(c).filter((s) => s.daysOverdue > after && !done.has(s.entry.key));
}
function row(c, s) {
  const ref = s.entry.issue === null ? "" : `${issueRef(c.tracker.repo, s.repo, s.entry.issue)} `;
  const people = itemPeople(s, c.reportOwners);
  const mention = c.settings.mention === "all" || c.settings.mention === "overdue" && s.daysOverdue > 0;
  const late = s.daysOverdue > 0 ? plural(s.daysOverdue, "day") : "-";
  return `| ${ref}${cell(s.entry.title)} | ${people.length > 0 ? names(people, mention) : "-"} | ${s.due} | ${late} |`;
}
function escalationLines(c, items) {
  if (items.length === 0) return [];
  const who = c.settings.escalateTo ? [c.settings.escalateTo] : [...c.reportOwners];
  const list = items.map(
    (s) => `${s.entry.issue === null ? "" : `${issueRef(c.tracker.repo, s.repo, s.entry.issue)} `}${s.entry.title} (${plural(s.daysOverdue, "day")})`
  );
  return [
    "",
    `${names(who, c.settings.mention !== "none")}: overdue by more than ${plural(c.settings.escalateAfter ?? 0, "day")}: ${list.join("; ")}.`
  ];
}
function digestComment(c, reopen, escalated) {
  const items = open(c);
  const overdue = items.filter((s) => s.daysOverdue > 0).length;
  const first = reopen ? `Reopened: ${plural(items.length, "action item")} ${items.length === 1 ? "is" : "are"} still open.` : `Follow-up: ${items.length} of ${c.statuses.length} action items are still open${overdue > 0 ? `, ${overdue} overdue` : ""}.`;
  const body = [
    first,
    "",
    "| Item | Owners | Due | Overdue |",
    "| --- | --- | --- | --- |",
    ...items.map((s) => row(c, s)),
    ...escalationLines(c, escalated)
  ];
  return {
    op: "comment",
    repo: c.tracker.repo,
    issue: { existing: c.tracker.number },
    body: body.join("\n")
  };
}

// src/tracking/reminders/item.ts
var plural2 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function reminderDue(s, last, now, settings) {
  if (s.state !== "open" || s.entry.issue === null || s.entry.repo) return null;
  const current2 = last && last.due === s.due ? last : void 0;
  if (s.daysOverdue > 0) {
    if (current2?.kind !== "overdue") return { kind: "overdue", repeat: false };
    return intervalElapsed(current2.at, now.toMillis(), settings.interval) ? { kind: "overdue", repeat: true } : null;
  }
  if (current2 || settings.remindBefore === null) return null;
  const window = parseDuration(settings.remindBefore).as("days");
  return s.daysLeft <= window ? { kind: "before", repeat: false } : null;
}
function itemReminder(s, last, now, settings, context) {
  const due = reminderDue(s, last, now, settings);
  if (!due) return null;
  const people = itemPeople(s, context.reportOwners);
  const who = people.length > 0 ? `${names(people, settings.mention !== "none")}: ` : "";
  const when = deadlineText(s.deadline);
  const text = due.kind === "before" ? `${who}a reminder that this action item is ${when}${s.daysLeft > 0 ? ` (in ${plural2(s.daysLeft, "day")})` : " (today)"}.` : `${who}this action item is ${due.repeat ? "still open, " : ""}${plural2(s.daysOverdue, "day")} overdue (${when}).`;
  const ask = due.kind === "before" ? "Close it when it is done; if it will not be done, close it as not planned with the reason in a comment." : "Close it when it is done, move its due date in the report, or close it as not planned with the reason in a comment.";
  return { ...due, body: [text, "", `${ask} Tracked by ${context.trackerRef}.`].join("\n") };
}

// src/tracking/reminders/review.ts
function reviewDue(tracker, record2, settings, now) {
  const days = settings.effectivenessReview;
  if (days === null || record2.review || tracker.state !== "closed" || !tracker.closedAt) return false;
  const since = (now.toMillis() - Date.parse(tracker.closedAt)) / 864e5;
  return since >= days && since < 2 * days;
}
var awaitingReview = (tracker, record2) => record2.review !== void 0 && tracker.state === "open";
function reviewComment(days, owners, mention) {
  const what = `very action item of this postmortem was resolved ${days} days ago. Time to review whether they worked:`;
  return [
    owners.length > 0 ? `${names(owners, mention)}: e${what}` : `E${what}`,
    "",
    "- [ ] Did the actions prevent a recurrence?",
    "- [ ] Related incidents since: link them here.",
    "- [ ] What to keep, and what to change.",
    "",
    "Close this issue when the review is done; it will not be reopened again."
  ].join("\n");
}

// src/tracking/reminders/summary.ts
function current(input, closesNow) {
  const { tracker, now, settings } = input;
  if (tracker.state === "open" || closesNow || !tracker.closedAt) return true;
  return now.toMillis() - Date.parse(tracker.closedAt) < parseDuration(settings.interval).toMillis();
}
function summaryOf(statuses, input, done, itemReminders2) {
  const open2 = statuses.filter((s) => s.state === "open");
  const overdue = open2.filter((s) => s.daysOverdue > 0);
  const days = parseDuration(input.settings.interval).as("days");
  return {
    number: input.tracker.number,
    title: input.marker.title,
    report: input.marker.report,
    total: statuses.length,
    open: open2.length,
    overdue: overdue.length,
    resolved: statuses.filter((s) => s.state !== "open" && s.state !== "missing").length,
    oldestOverdue: Math.max(0, ...overdue.map((s) => s.daysOverdue)),
    missing: statuses.filter((s) => s.state === "missing").map((s) => s.entry.issue ?? 0),
    reopened: done.reopen,
    closed: done.closes,
    followUp: done.followUp,
    itemReminders: itemReminders2,
    reviewOpened: done.review,
    awaitingReview: done.review || awaitingReview(input.tracker, input.marker.sweep ?? {}) && open2.length === 0,
    current: done.reopen || done.review || current(input, done.closes),
    attention: open2.filter((s) => s.daysOverdue > 0 || dueSoon(s, days)).map((s) => ({
      title: s.entry.title,
      issue: s.entry.issue,
      owners: s.assignees.length > 0 ? s.assignees.map((a) => `@${a}`) : s.entry.owners ?? input.marker.owners ?? [],
      due: s.due,
      overdue: s.daysOverdue
    }))
  };
}

// src/tracking/reminders/plan.ts
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
  if (ops.some((op) => op.op === "addLabels"))
    ops.unshift({ op: "ensureLabel", repo: input.tracker.repo, ...overdueLabelSpec(label) });
  return ops;
}
function itemReminders(statuses, input) {
  const { tracker, marker, now, settings } = input;
  const reminded = marker.sweep?.reminded ?? {};
  const context = { reportOwners: marker.owners ?? [], trackerRef: `#${tracker.number}` };
  return statuses.flatMap((s) => {
    const r = itemReminder(s, reminded[s.entry.key], now, settings, context);
    if (!r || input.unsent?.has(s.entry.key) || s.entry.issue === null) return [];
    const operation = {
      op: "comment",
      repo: s.repo,
      issue: { existing: s.entry.issue },
      body: r.body
    };
    return [{ key: s.entry.key, operation, kind: r.kind }];
  });
}
function reasonPlans(statuses, input) {
  const asked = new Set(input.marker.sweep?.asked ?? []);
  const found = {};
  const ask = [];
  for (const s of statuses) {
    const facts = s.state === "not_planned" ? input.closeFacts?.get(s.entry.key) : void 0;
    if (!facts || s.entry.issue === null) continue;
    const reason = reasonOf(facts, input.bot ?? "");
    if (reason) found[s.entry.key] = reason;
    else if (!asked.has(s.entry.key) && !input.unsent?.has(s.entry.key))
      ask.push({
        key: s.entry.key,
        kind: "reason",
        operation: {
          op: "comment",
          repo: s.repo,
          issue: { existing: s.entry.issue },
          body: askReason(facts.closer, `#${input.tracker.number}`)
        }
      });
  }
  return { found, ask };
}
function liveStates(statuses) {
  const live = /* @__PURE__ */ new Map();
  for (const s of statuses) {
    if (s.entry.issue === null || s.state === "done" || s.state === "missing") continue;
    live.set(issueKey(s.repo, s.entry.issue), s.state);
  }
  return live;
}
function decide(input, statuses) {
  const { tracker, marker, now, settings } = input;
  const record2 = marker.sweep ?? {};
  const open2 = statuses.filter((s) => s.state === "open");
  const allResolved = statuses.length > 0 && open2.length === 0 && statuses.every((s) => s.state !== "missing");
  const interval = parseDuration(settings.interval);
  const digest = {
    tracker,
    statuses,
    record: record2,
    settings,
    reportOwners: marker.owners ?? [],
    intervalDays: interval.as("days")
  };
  const reopen = open2.length > 0 && tracker.state === "closed";
  const digestDue = reopen || intervalElapsed(marker.followUp ?? marker.merged, now.toMillis(), settings.interval) && digestWanted(digest);
  const review = allResolved && reviewDue(tracker, record2, settings, now);
  const holding = allResolved && awaitingReview(tracker, record2);
  return { record: record2, open: open2, allResolved, digest, reopen, digestDue, review, holding };
}
function nextRecord(d, reminders, found, escalated, input) {
  const at = input.now.toUTC().toISO() ?? "";
  const record2 = { ...d.record, reminded: { ...d.record.reminded ?? {} } };
  const byKey = new Map(d.digest.statuses.map((s) => [s.entry.key, s]));
  for (const r of reminders) {
    if (r.kind === "reason") {
      record2.asked = [...record2.asked ?? [], r.key];
      continue;
    }
    const due = byKey.get(r.key)?.due ?? "";
    (record2.reminded ?? {})[r.key] = { kind: r.kind, at, due };
  }
  if (Object.keys(found).length > 0) record2.reasons = { ...d.record.reasons ?? {}, ...found };
  if (Object.keys(record2.reminded ?? {}).length === 0) delete record2.reminded;
  if (d.digestDue) record2.digestResolved = resolvedCount(d.digest.statuses);
  if (escalated.length > 0)
    record2.escalated = [...d.record.escalated ?? [], ...escalated.map((s) => s.entry.key)];
  if (d.review) record2.review = at;
  return record2;
}
function planReminders(input) {
  const { tracker, marker, now, settings } = input;
  const statuses = itemStatuses(marker, tracker.repo, input.items, now, settings);
  const d = decide(input, statuses);
  const reasons = reasonPlans(statuses, input);
  const reminders = [...itemReminders(statuses, input), ...reasons.ask];
  const escalated = d.digestDue ? escalations(d.digest) : [];
  const sweep2 = nextRecord(d, reminders, reasons.found, escalated, input);
  const closes = d.allResolved && tracker.state === "open" && !d.holding;
  const refresh = trackerRefresh({
    // Held open for its review: the refresh sees the review in the marker and does not close it.
    tracker,
    marker: {
      ...marker,
      ...d.digestDue ? { followUp: now.toUTC().toISO() } : {},
      ...Object.keys(sweep2).length > 0 ? { sweep: sweep2 } : {}
    },
    live: liveStates(statuses),
    serverUrl: input.serverUrl,
    deadlines: { policy: settings.deadlines, zone: settings.timezone },
    ...closes ? { closing: closingComment(statuses, marker.merged, settings.timezone, sweep2) } : {}
  });
  const note = d.review ? reviewComment(settings.effectivenessReview ?? 0, marker.owners ?? [], settings.mention !== "none") : null;
  const update = refresh.update ?? (d.review ? { op: "updateIssue", repo: tracker.repo, issue: { existing: tracker.number } } : null);
  const operations = [
    ...overdueLabels(statuses, input),
    ...d.digestDue ? [digestComment(d.digest, d.reopen, escalated)] : [],
    ...note ? [{ op: "comment", repo: tracker.repo, issue: { existing: tracker.number }, body: note }] : [],
    ...refresh.comment ? [refresh.comment] : [],
    ...update ? [d.review ? { ...update, state: "open", stateReason: "reopened" } : update] : []
  ];
  const done = { reopen: d.reopen, closes, followUp: d.digestDue && !d.reopen, review: d.review };
  return {
    reminders,
    operations,
    summary: summaryOf(statuses, input, done, reminders.filter((r) => r.kind !== "reason").length)
  };
}

// src/tracking/reminders/chat.ts
var MAX_LINES = 40;
function chatDigest(trackers, repo, serverUrl) {
  const lines = [];
  let count = 0;
  for (const t of trackers) {
    for (const a of t.attention) {
      count += 1;
      if (lines.length >= MAX_LINES) continue;
      const url = `${serverUrl}/${repoName(repo)}/issues/${a.issue ?? t.number}`;
      const when = a.overdue > 0 ? `${a.overdue} day${a.overdue === 1 ? "" : "s"} overdue` : "due soon";
      const owners = a.owners.length > 0 ? a.owners.join(", ") : "no owner";
      lines.push(`\u2022 ${t.title}: ${a.title} (${owners}), due ${a.due}, ${when}: ${url}`);
    }
  }
  if (count === 0) return null;
  const more = count > lines.length ? [`\u2026and ${count - lines.length} more`] : [];
  const head = `Postmortem follow-up in ${repoName(repo)}: ${count} action item${count === 1 ? "" : "s"} overdue or due soon`;
  return [head, ...lines, ...more].join("\n");
}

// src/jobs/sweep.ts
var CURSOR = /\s*· sweep resumes at #(\d+)$/;
var MAX_ITEMS_PER_READ = 100;
var emptyResult = () => ({
  trackers: [],
  remindersPosted: 0,
  itemReminders: 0,
  reviewsOpened: 0,
  chatDigest: false,
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
async function postReminders(reminders, t, deps, result) {
  const unsent = /* @__PURE__ */ new Set();
  for (const r of reminders) {
    try {
      await deps.gateway.apply([r.operation]);
    } catch (error) {
      if (error instanceof BudgetExhausted) throw error;
      unsent.add(r.key);
      const message = `reminder on item ${describeTarget(r)} failed: ${errorText(error)}`;
      result.errors.push({ tracker: t.issue.number, message, write: true });
      deps.log.warn(`tracker #${t.issue.number}: ${message}`);
    }
  }
  return unsent;
}
var describeTarget = (r) => r.operation.op === "comment" ? `#${r.operation.issue.existing}` : r.key;
async function readCloseFacts(t, snapshots, deps) {
  const facts = /* @__PURE__ */ new Map();
  for (const ref of reasonsToRead(t.marker, t.issue.repo, snapshots, t.issue.state === "open")) {
    if (deps.client.remaining() < 8) break;
    const issue = await deps.client.issue(ref.repo, ref.number);
    const comments = await deps.client.comments(ref.repo, ref.number);
    facts.set(ref.key, { closer: issue.closedBy ?? null, closedAt: issue.closedAt ?? null, comments });
  }
  return facts;
}
async function sweepTracker(listed, snapshots, input, deps, result, ensured) {
  const { client, gateway, log } = deps;
  const closeFacts = await readCloseFacts(listed, snapshots, deps);
  const plan = (t2, unsent) => planReminders({
    tracker: t2.issue,
    marker: t2.marker,
    items: snapshots,
    now: input.now,
    settings: input.settings,
    serverUrl: input.serverUrl,
    closeFacts,
    bot: deps.botLogin,
    ...unsent ? { unsent } : {}
  });
  let t = listed;
  let planned = plan(t);
  const writes = () => [...planned.reminders.map((r) => r.operation), ...planned.operations];
  if (planned.operations.some((op) => op.op === "updateIssue") && client.remaining() > writes().length + 2) {
    const fresh2 = ourTracker(await client.issue(t.issue.repo, t.issue.number), t.issue.author);
    if (fresh2 && fresh2.issue.body !== t.issue.body) {
      t = fresh2;
      planned = plan(t);
    }
  }
  const fresh = (op) => !(op.op === "ensureLabel" && ensured.has(op.name));
  planned = { ...planned, operations: planned.operations.filter(fresh) };
  if (gateway.cost(writes()) >= client.remaining()) return { stopped: true };
  try {
    const unsent = await postReminders(planned.reminders, t, deps, result);
    if (unsent.size > 0) {
      const again = plan(t, unsent);
      planned = { ...again, operations: again.operations.filter(fresh) };
    }
    await gateway.apply(planned.operations);
    for (const op of planned.operations) if (op.op === "ensureLabel") ensured.add(op.name);
    return { stopped: false, summary: planned.summary, failed: false };
  } catch (error) {
    if (error instanceof BudgetExhausted) return { stopped: true };
    const status = httpStatus(error);
    result.errors.push({
      tracker: t.issue.number,
      message: `${status ? `${status} ` : ""}${errorText(error)}`,
      write: true
    });
    log.warn(`tracker #${t.issue.number}: ${errorText(error)}`);
    return { stopped: false, summary: planned.summary, failed: true };
  }
}
function record(result, summary, failed) {
  for (const missing of summary.missing)
    result.errors.push({
      tracker: summary.number,
      message: `item #${missing} was deleted or cannot be read`
    });
  if (summary.current) result.trackers.push(summary);
  result.itemReminders += summary.itemReminders;
  result.remindersPosted += summary.followUp && !failed ? 1 : 0;
  result.reviewsOpened += summary.reviewOpened && !failed ? 1 : 0;
  if (!summary.current) return;
  result.reopened += summary.reopened && !failed ? 1 : 0;
  result.closed += summary.closed && !failed ? 1 : 0;
  result.openItems += summary.open;
  result.overdueItems += summary.overdue;
}
async function sweepQueue(queue, input, deps, result) {
  const { client, gateway } = deps;
  const ensured = /* @__PURE__ */ new Set();
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
      const outcome = await sweepTracker(tracked, snapshots, input, deps, result, ensured);
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
var lostTrackers = (issues, botLogin) => issues.filter((i) => i.author === botLogin && i.state === "open" && parseMarker(i.body) === null);
async function listIssues(input, deps, label) {
  let issues;
  try {
    issues = await deps.client.issuesWithLabel(input.repo, label);
  } catch (error) {
    if (!(error instanceof BudgetExhausted)) throw error;
    deps.log.warn(`${error.message} while listing trackers; the next run starts again`);
    return null;
  }
  return issues;
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
  const listed = input.trackers ?? await listIssues(input, deps, at.label);
  if (listed === null) return result;
  const trackers = listed.flatMap((issue) => ourTracker(issue, deps.botLogin) ?? []);
  for (const lost of lostTrackers(listed, deps.botLogin))
    result.errors.push({
      tracker: lost.number,
      message: "its hidden marker is gone (its body was replaced): it is not followed up until the next merge of its report writes it again"
    });
  const queue = rotate(trackers, at.cursor);
  const stopped = await sweepQueue(queue, input, deps, result);
  await writeCursor(input, deps, at, stopped);
  if (stopped !== null) {
    deps.log.warn(
      `request budget reached: ${result.trackers.length} of ${queue.length} trackers done; the next run starts at #${stopped}`
    );
  }
  result.stoppedAt = stopped;
  await notifyChat(input, deps, result);
  return result;
}
async function notifyChat(input, deps, result) {
  const url = input.settings.notifyUrl;
  if (!url) return;
  const text = chatDigest(result.trackers, input.repo, input.serverUrl);
  if (text === null) return;
  await deps.gateway.apply([{ op: "notify", repo: input.repo, url, text }]);
  result.chatDigest = true;
}

export {
  awaitingReview,
  sweep
};
