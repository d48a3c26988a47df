import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  info,
  setFailed
} from "./chunks/chunk-DTFMBWHE.js";
import "./chunks/chunk-AEGC4ICH.js";

// src/action/run.ts
import { readFileSync } from "node:fs";

// src/action/event.ts
function jobFor(event, payload, botLogin, report = false) {
  if (event === "schedule" || event === "workflow_dispatch") return report ? "report" : "sweep";
  if (event === "push") {
    const toDefault = payload.ref === `refs/heads/${payload.repository?.default_branch}`;
    return toDefault && !payload.deleted ? "sync" : null;
  }
  if (event === "pull_request" && ["opened", "synchronize", "reopened"].includes(payload.action ?? ""))
    return "review";
  if (event === "issues" && payload.sender?.login !== botLogin) {
    if (payload.action === "closed" || payload.action === "reopened") return "track";
    if (payload.action === "edited" && payload.changes?.body?.from !== void 0) return "tick";
    if (payload.action === "labeled") return "draft";
  }
  if (event === "issue_comment" && payload.action === "created") return "draft";
  return null;
}

// src/action/inputs.ts
function input(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function flag(env, name) {
  const value = input(env, name).toLowerCase();
  if (value === "") return null;
  if (["true", "yes", "on", "1"].includes(value)) return true;
  if (["false", "no", "off", "0"].includes(value)) return false;
  throw new Error(`input ${name} must be true or false, not "${value}"`);
}
function readInputs(env) {
  const maxRequests = Number(input(env, "max-requests") || "500");
  if (!Number.isInteger(maxRequests) || maxRequests < 10) {
    throw new Error(
      `input max-requests must be a whole number of at least 10, not "${input(env, "max-requests")}"`
    );
  }
  const token = input(env, "github-token");
  if (!token) throw new Error("Input required and not supplied: github-token");
  return {
    token,
    configPath: input(env, "config-path") || ".github/postmortem-tracker.yml",
    reminderInterval: input(env, "reminder-interval") || null,
    timezone: input(env, "timezone") || null,
    dryRun: flag(env, "dry-run") ?? false,
    maxRequests,
    mentionOwners: flag(env, "mention-owners"),
    botLogin: input(env, "bot-login") || "github-actions[bot]",
    notifyUrl: input(env, "notify-url") || null,
    report: flag(env, "report") ?? false,
    reportHtml: input(env, "report-html") || null,
    reportIssue: flag(env, "report-issue") ?? false
  };
}

// src/action/run.ts
var jobs = {
  sweep: async () => (await import("./chunks/sweep-3IXAESSW.js")).sweepJob,
  sync: async () => (await import("./chunks/sync-MZXY5XMT.js")).syncJob,
  track: async () => (await import("./chunks/track-5S36EQUZ.js")).trackJob,
  tick: async () => (await import("./chunks/tick-A7Q24WSZ.js")).tickJob,
  review: async () => (await import("./chunks/review-IDM2LD64.js")).reviewJob,
  draft: async () => (await import("./chunks/draft-6GD7NMQD.js")).draftJob,
  report: async () => (await import("./chunks/report-WNL5M4TW.js")).reportJob
};
function clock(env, now) {
  if (now) return now;
  const fixed = env.POSTMORTEM_TRACKER_NOW;
  if (!fixed) return () => /* @__PURE__ */ new Date();
  if (Number.isNaN(new Date(fixed).getTime()))
    throw new Error(`POSTMORTEM_TRACKER_NOW is not a time: "${fixed}" (write it as 2026-11-20T09:00:00Z)`);
  return () => new Date(fixed);
}
async function run(env = process.env, options = {}) {
  try {
    const now = clock(env, options.now);
    const inputs = readInputs(env);
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
    if (!owner || !repo) throw new Error("GITHUB_REPOSITORY is not set (owner/repo)");
    const event = env.GITHUB_EVENT_NAME ?? "";
    const payload = env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) : {};
    const job = jobFor(event, payload, inputs.botLogin, inputs.report);
    if (job === null) {
      info(`nothing to do on "${event}${payload.action ? `.${payload.action}` : ""}"`);
      return;
    }
    const [jobFunction, { setup }] = await Promise.all([jobs[job](), import("./chunks/setup-67LESMJG.js")]);
    const ready = await setup(inputs, { owner, repo }, payload, env, {
      now,
      throttle: options.throttle ?? true
    });
    await jobFunction(ready, env);
  } catch (error) {
    setFailed(error instanceof Error ? error.message : String(error));
  }
}

// src/action/index.ts
await run();
