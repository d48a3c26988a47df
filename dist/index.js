import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  getInput,
  info,
  setFailed
} from "./chunks/chunk-J5LXQ27F.js";

// src/action/run.ts
import { readFileSync } from "node:fs";

// src/action/inputs.ts
function flag(name) {
  const value = getInput(name).trim().toLowerCase();
  if (value === "") return null;
  if (["true", "yes", "on", "1"].includes(value)) return true;
  if (["false", "no", "off", "0"].includes(value)) return false;
  throw new Error(`input ${name} must be true or false, not "${value}"`);
}
function readInputs() {
  const maxRequests = Number(getInput("max-requests") || "500");
  if (!Number.isInteger(maxRequests) || maxRequests < 10) {
    throw new Error(
      `input max-requests must be a whole number of at least 10, not "${getInput("max-requests")}"`
    );
  }
  return {
    token: getInput("github-token", { required: true }),
    configPath: getInput("config-path") || ".github/postmortem-tracker.yml",
    reminderInterval: getInput("reminder-interval") || null,
    timezone: getInput("timezone") || null,
    dryRun: flag("dry-run") ?? false,
    maxRequests,
    mentionOwners: flag("mention-owners"),
    botLogin: getInput("bot-login") || "github-actions[bot]"
  };
}

// src/action/run.ts
function jobFor(event, payload, botLogin) {
  if (event === "schedule" || event === "workflow_dispatch") return "sweep";
  if (event === "push") {
    const toDefault = payload.ref === `refs/heads/${payload.repository?.default_branch}`;
    return toDefault && !payload.deleted ? "sync" : null;
  }
  if (event === "pull_request" && ["opened", "synchronize", "reopened"].includes(payload.action ?? ""))
    return "review";
  if (event === "issues" && (payload.action === "closed" || payload.action === "reopened")) {
    return payload.sender?.login === botLogin ? null : "track";
  }
  return null;
}
async function run(env = process.env, now = () => /* @__PURE__ */ new Date()) {
  try {
    const inputs = readInputs();
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
    if (!owner || !repo) throw new Error("GITHUB_REPOSITORY is not set (owner/repo)");
    const event = env.GITHUB_EVENT_NAME ?? "";
    const payload = env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) : {};
    const job = jobFor(event, payload, inputs.botLogin);
    if (job === null) {
      info(`nothing to do on "${event}${payload.action ? `.${payload.action}` : ""}"`);
      return;
    }
    const { runJob } = await import("./chunks/jobs-FHYME7XB.js");
    await runJob({ job, inputs, repo: { owner, repo }, payload, env, now });
  } catch (error) {
    setFailed(error instanceof Error ? error.message : String(error));
  }
}

// src/action/index.ts
var fixed = process.env.POSTMORTEM_TRACKER_NOW;
if (fixed && Number.isNaN(new Date(fixed).getTime())) {
  console.log(`::error::POSTMORTEM_TRACKER_NOW is not a time: "${fixed}" (write it as 2026-11-20T09:00:00Z)`);
  process.exitCode = 1;
} else {
  await run(process.env, fixed ? () => new Date(fixed) : void 0);
}
