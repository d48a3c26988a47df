import type { Context } from "probot";
import { CONFIG_PATH, defaultConfig, validateConfig } from "../config/load.ts";
import type { Config } from "../config/schema.ts";
import { GitHubClient } from "../github/client.ts";
import { Gateway } from "../github/gateway.ts";
import type { Logger } from "../github/octokit.ts";
import type { JobDeps } from "../jobs/deps.ts";
import type { RepoId } from "../tracking/model.ts";

/** What every event handler shares: the lock, the config, the client, the gateway, and error logs. */

export type AppContext = Context<
  | "pull_request.closed"
  | "pull_request.opened"
  | "pull_request.synchronize"
  | "pull_request.reopened"
  | "push"
  | "issues.closed"
  | "issues.reopened"
>;

/** Runs a task alone for its key (a repository): in this process, or across instances with Redis. */
export type Lock = <T>(key: string, task: () => Promise<T>) => Promise<T>;

export interface AppEnv {
  botLogin: () => Promise<string>;
  now: () => Date;
  lock: Lock;
}

export type ConfigFailure = (message: string, deps: JobDeps) => Promise<void>;

function logger(context: AppContext): Logger {
  return {
    info: (m) => context.log.info(m),
    warn: (m) => context.log.warn(m),
    debug: (m) => context.log.debug(m),
  };
}

async function readConfig(
  context: AppContext,
): Promise<{ ok: true; config: Config } | { ok: false; message: string }> {
  try {
    // context.config reads .github/postmortem-tracker.yml, with the organisation's .github repository and _extends.
    return validateConfig(await context.config("postmortem-tracker.yml"));
  } catch (error) {
    return { ok: false, message: `${CONFIG_PATH} could not be read: ${(error as Error).message}` };
  }
}

async function depsFor(context: AppContext, env: AppEnv, config: Config): Promise<JobDeps> {
  const log = logger(context);
  const client = new GitHubClient({ octokit: context.octokit });
  // Dry run is decided here, once, from the repository's config: every write goes through this gateway.
  const gateway = new Gateway({ client, log, dryRun: config["dry-run"] });
  return { client, gateway, config, botLogin: await env.botLogin(), log, now: env.now };
}

export const serverUrl = (htmlUrl: string) => new URL(htmlUrl).origin;

/**
 * Runs a job for an event with the repository's config; `lock` makes jobs that write run one at a
 * time per repository. A bad config is logged (and `onBadConfig` may say so) and nothing else runs.
 */
export async function handle(
  context: AppContext,
  env: AppEnv,
  options: { lock: boolean; onBadConfig?: ConfigFailure },
  job: (deps: JobDeps, repo: RepoId) => Promise<void>,
): Promise<void> {
  const repo = context.repo();
  const run = async () => {
    const loaded = await readConfig(context);
    if (!loaded.ok) {
      context.log.error(loaded.message);
      // Saying so needs a gateway: one with the defaults (no dry run), as no config could be read.
      if (options.onBadConfig)
        await options.onBadConfig(loaded.message, await depsFor(context, env, defaultConfig));
      return;
    }
    await job(await depsFor(context, env, loaded.config), repo);
  };
  await (options.lock ? env.lock(`${repo.owner}/${repo.repo}`, run) : run());
}
