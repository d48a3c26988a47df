import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  DateTime,
  Duration
} from "./chunk-PW6O7USS.js";

// src/tracking/reminders/settings.ts
function deadlinePolicy(config) {
  const d = config.deadlines;
  const severity = {};
  for (const [name, days] of Object.entries(d.severity)) severity[Number(name.slice(4))] = days;
  return { severity, priority: d.priority, fallback: d.default };
}
function sweepSettings(config) {
  const r = config.reminders;
  return {
    interval: r.interval,
    timezone: r.timezone,
    mention: r["mention-owners"] ? r.mention : "none",
    deadlines: deadlinePolicy(config),
    overdueLabel: r["overdue-label"],
    remindBefore: r["remind-before"] === "off" ? null : r["remind-before"],
    escalateAfter: r["escalate-after"] === "off" ? null : r["escalate-after"],
    escalateTo: r["escalate-to"],
    effectivenessReview: r["effectiveness-review"] === "off" ? null : r["effectiveness-review"],
    notifyUrl: r["notify-url"]
  };
}
function parseDuration(text) {
  const m = /^(\d+)\s*([hdw])$/.exec(text.trim());
  if (!m) throw new Error(`"${text}" is not a duration such as "7d", "2w" or "12h"`);
  const n = Number(m[1]);
  return m[2] === "h" ? Duration.fromObject({ hours: n }) : m[2] === "w" ? Duration.fromObject({ weeks: n }) : Duration.fromObject({ days: n });
}
var SLACK_MS = 3600 * 1e3;
function intervalElapsed(since, nowMs, interval) {
  const ms = parseDuration(interval).toMillis();
  return nowMs - Date.parse(since) >= ms - Math.min(SLACK_MS, ms / 10);
}

// src/tracking/reminders/deadline.ts
var WORDS = {
  critical: 1,
  major: 2,
  high: 2,
  medium: 3,
  moderate: 3,
  low: 4,
  minor: 4
};
function severityLevel(severity) {
  if (severity === null || severity === void 0) return null;
  const text = String(severity).trim().toLowerCase();
  const word = WORDS[text.split(/\s+/)[0] ?? ""];
  if (word) return word;
  const m = /^(?:sev(?:erity)?|s)?\s*[-_ ]?\s*(\d)\b/.exec(text);
  return m ? Number(m[1]) : null;
}
function deadline(entry, facts, policy, zone) {
  if (entry.due) return { day: entry.due, source: "report", policy: null };
  const start = DateTime.fromISO(entry.added ?? facts.merged, { zone });
  const level = severityLevel(facts.severity);
  const candidates = [];
  const bySeverity = level === null ? void 0 : policy.severity[level];
  if (bySeverity) candidates.push({ name: `SEV-${level}`, day: dayAfter(start, bySeverity) });
  const byPriority = entry.priority ? policy.priority[entry.priority] : void 0;
  if (byPriority) candidates.push({ name: entry.priority ?? "", day: dayAfter(start, byPriority) });
  if (candidates.length === 0) candidates.push({ name: "default", day: dayAfter(start, policy.fallback) });
  const tightest = candidates.reduce((a, b) => b.day < a.day ? b : a);
  return { day: tightest.day, source: "policy", policy: tightest.name };
}
var dayAfter = (start, duration) => start.plus(parseDuration(duration)).toISODate() ?? "";
function deadlineText(d) {
  return d.source === "report" ? `due ${d.day}` : `due ${d.day}, from the ${d.policy} policy`;
}
var deadlineRules = (config) => ({
  policy: deadlinePolicy(config),
  zone: config.reminders.timezone
});
var deadlineBy = (entry, facts, rules) => deadline(entry, facts, rules.policy, rules.zone);

// src/tracking/marker.ts
var open = "<!-- postmortem-tracker ";
var close = " -->";
function renderMarker(marker) {
  return `${open}${JSON.stringify(marker).replace(/--/g, "-\\u002d")}${close}`;
}
function parseMarker(body) {
  if (!body) return null;
  const start = body.lastIndexOf(open);
  if (start < 0) return null;
  const end = body.indexOf(close, start + open.length);
  if (end < 0) return null;
  try {
    const value = JSON.parse(body.slice(start + open.length, end));
    if (value?.v !== 1 || typeof value.report !== "string") return null;
    if (value.kind === "action" && typeof value.key === "string") return value;
    if (value.kind === "tracker" && Array.isArray(value.items)) return value;
    return null;
  } catch {
    return null;
  }
}

// src/tracking/ours.ts
var writtenByAnApp = (login, botLogin) => login.toLowerCase() === botLogin.toLowerCase() || login.endsWith("[bot]");
function ourMarker(issue, botLogin) {
  return issue.author === botLogin ? parseMarker(issue.body) : null;
}
function ourTracker(issue, botLogin) {
  const marker = ourMarker(issue, botLogin);
  return marker?.kind === "tracker" ? { issue, marker } : null;
}
function ourIssues(existing, botLogin, paths) {
  const trackers = [];
  const actions = [];
  for (const issue of [...existing].sort((a, b) => a.number - b.number)) {
    const marker = ourMarker(issue, botLogin);
    if (!marker || !paths.includes(marker.report)) continue;
    if (marker.kind === "tracker") trackers.push({ issue, marker });
    else actions.push({ issue, marker });
  }
  return { tracker: trackers[0] ?? null, actions };
}
var sameSet = (a, b) => a.length === b.length && a.every((x) => b.includes(x));
function mergeLabels(current, wanted) {
  const names = wanted.map((l) => l.name);
  const ours = /^(?:priority|type): /;
  return [.../* @__PURE__ */ new Set([...current.filter((l) => !ours.test(l) || names.includes(l)), ...names])];
}

export {
  renderMarker,
  parseMarker,
  writtenByAnApp,
  ourTracker,
  ourIssues,
  sameSet,
  mergeLabels,
  sweepSettings,
  parseDuration,
  intervalElapsed,
  severityLevel,
  deadline,
  deadlineText,
  deadlineRules,
  deadlineBy
};
