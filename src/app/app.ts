import type { Probot } from "probot";
import { withLock } from "../queue/lock.ts";
import { botAccount } from "./bot.ts";
import type { AppEnv } from "./handler.ts";
import { registerHandlers } from "./handlers.ts";
import { type AppOptions, DEFAULT_SWEEP_BUDGET } from "./options.ts";
import { memoryCursors, parseSweepInterval, scheduleInProcess, sweepAllInstallations } from "./sweeps.ts";

/**
 * The GitHub App: one handler per event, each wiring its webhook into a job of the shared core. Without
 * Redis everything runs in this process (one instance); with it, see src/app/distributed.ts.
 */
export function postmortemTracker(app: Probot, options: AppOptions = {}): void | Promise<void> {
  const every = parseSweepInterval(options.sweepInterval ?? "0");
  if (options.redisUrl)
    return import("./distributed.ts").then((d) => d.startDistributed(app, options, every));
  const env: AppEnv = { botLogin: botAccount(app), now: options.now ?? (() => new Date()), lock: withLock };
  registerHandlers(app, env);
  if (every > 0) {
    const sweeps = { budget: options.sweepBudget ?? DEFAULT_SWEEP_BUDGET, cursors: memoryCursors() };
    scheduleInProcess(every, () => sweepAllInstallations(app, env, sweeps), app.log);
  }
}

// For a serverless function: the Octokit with the App's rate-limit policy, for createProbot.
export { AppOctokit } from "./octokit.ts";
export { optionsFromEnv } from "./options.ts";
export default postmortemTracker;
