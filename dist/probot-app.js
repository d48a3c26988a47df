import {
  AppOctokit
} from "./chunks/chunk-WOVKYTWO.js";
import {
  DEFAULT_SWEEP_BUDGET,
  botAccount,
  memoryCursors,
  optionsFromEnv,
  parseSweepInterval,
  registerHandlers,
  scheduleInProcess,
  sweepAllInstallations
} from "./chunks/chunk-6WXOJRKD.js";

// src/queue/lock.ts
var tails = /* @__PURE__ */ new Map();
async function withLock(key, task) {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(task, task);
  const tail = run.catch(() => void 0);
  tails.set(key, tail);
  try {
    return await run;
  } finally {
    if (tails.get(key) === tail) tails.delete(key);
  }
}

// src/app/app.ts
function postmortemTracker(app, options = {}) {
  const every = parseSweepInterval(options.sweepInterval ?? "0");
  if (options.redisUrl)
    return import("./chunks/distributed-NX7GAALS.js").then((d) => d.startDistributed(app, options, every));
  const env = { botLogin: botAccount(app), now: options.now ?? (() => /* @__PURE__ */ new Date()), lock: withLock };
  registerHandlers(app, env);
  if (every > 0) {
    const sweeps = { budget: options.sweepBudget ?? DEFAULT_SWEEP_BUDGET, cursors: memoryCursors() };
    scheduleInProcess(every, () => sweepAllInstallations(app, env, sweeps), app.log);
  }
}
var app_default = postmortemTracker;
export {
  AppOctokit,
  app_default as default,
  optionsFromEnv,
  postmortemTracker
};
