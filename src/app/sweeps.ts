import type { Probot } from "probot";
import {
  CONFIG_PATH,
  type ConfigResult,
  defaultConfig,
  parseConfigText,
  validateConfig,
} from "../config/load.ts";
import { GitHubClient } from "../github/client.ts";
import { Gateway } from "../github/gateway.ts";
import { errorText, type Logger } from "../github/octokit.ts";
import type { JobDeps } from "../jobs/deps.ts";
import { type InstallationSweepResult, sweepInstallation } from "../jobs/installation-sweep.ts";
import { type RepoId, repoName } from "../tracking/model.ts";
import type { AppEnv } from "./handler.ts";

/** The App's own follow-ups: every installation swept on a schedule, with each repository's config. */

export interface SweepOptions {
  /** Requests one installation's sweep may make; it resumes where it stopped next time. */
  budget: number;
  /** Where each installation's last sweep stopped (kept in memory, or in Redis). */
  cursors: CursorStore;
}

export interface CursorStore {
  get(installation: number): Promise<string | null>;
  set(installation: number, repo: string | null): Promise<void>;
}

export function memoryCursors(): CursorStore {
  const cursors = new Map<number, string>();
  return {
    get: async (id) => cursors.get(id) ?? null,
    set: async (id, repo) => {
      if (repo === null) cursors.delete(id);
      else cursors.set(id, repo);
    },
  };
}

/** `SWEEP_INTERVAL`: "0" (off), or a number of seconds, minutes, hours or days ("90s", "30m", "1h", "1d"). */
export function parseSweepInterval(text: string | undefined): number {
  const value = (text ?? "").trim() || "1h";
  if (value === "0") return 0;
  const m = /^(\d+)\s*([smhd])$/.exec(value);
  if (!m || Number(m[1]) === 0)
    throw new Error(`SWEEP_INTERVAL="${value}" is not "0" or a duration such as "30m", "1h" or "1d"`);
  const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as "s" | "m" | "h" | "d"];
  return Number(m[1]) * unit;
}

type InstallationOctokit = Awaited<ReturnType<Probot["auth"]>>;

type OwnerConfigs = Map<string, Promise<ConfigResult>>;

/** A file as Probot's config plugin reads it (with _extends); the defaults when there is none. */
async function probotConfig(octokit: InstallationOctokit, repo: RepoId): Promise<ConfigResult> {
  const { config, files } = await octokit.config.get({
    owner: repo.owner,
    repo: repo.repo,
    path: CONFIG_PATH,
  });
  return validateConfig(files.some((f) => f.config !== null) ? config : null);
}

/**
 * A repository's config as the webhooks read it: its own file, else its organisation's .github
 * repository's, which is asked once per owner and sweep rather than once per repository.
 */
async function repoConfig(
  octokit: InstallationOctokit,
  client: GitHubClient,
  repo: RepoId,
  owners: OwnerConfigs,
): Promise<ConfigResult> {
  const text = await client.fileText(repo, CONFIG_PATH);
  if (text !== null) {
    const own = parseConfigText(text, CONFIG_PATH);
    // _extends is resolved as Probot resolves it.
    return own.ok && own.config._extends !== undefined ? probotConfig(octokit, repo) : own;
  }
  const key = repo.owner.toLowerCase();
  let shared = owners.get(key);
  if (!shared) {
    shared = probotConfig(octokit, { owner: repo.owner, repo: ".github" });
    owners.set(key, shared);
  }
  return shared;
}

function repoDepsFor(
  octokit: InstallationOctokit,
  client: GitHubClient,
  botLogin: string,
  log: Logger,
  env: AppEnv,
) {
  const owners: OwnerConfigs = new Map();
  return async (repo: RepoId): Promise<JobDeps | string> => {
    const loaded = await repoConfig(octokit, client, repo, owners);
    if (!loaded.ok) {
      log.warn(`sweep of ${repoName(repo)} skipped: ${loaded.message}`);
      return loaded.message;
    }
    if (loaded.config.reminders["swept-by"] === "action")
      return `${CONFIG_PATH} says a scheduled workflow sends its follow-ups (reminders.swept-by: action)`;
    const gateway = new Gateway({ client, log, dryRun: loaded.config["dry-run"] });
    return { client, gateway, config: loaded.config, botLogin, log, now: env.now };
  };
}

/** One installation's sweep, from where its last one stopped. */
export async function sweepOneInstallation(
  app: Probot,
  env: AppEnv,
  installation: number,
  options: SweepOptions,
): Promise<InstallationSweepResult> {
  const octokit = await app.auth(installation);
  const client = new GitHubClient({ octokit, budget: options.budget });
  const botLogin = await env.botLogin();
  const log: Logger = {
    info: (m) => app.log.info(m),
    warn: (m) => app.log.warn(m),
    debug: (m) => app.log.debug(m),
  };
  const result = await sweepInstallation(
    { trackerLabel: defaultConfig.labels.tracker, resumeAt: await options.cursors.get(installation) },
    {
      client,
      botLogin,
      log,
      now: env.now,
      repoDeps: repoDepsFor(octokit, client, botLogin, log, env),
      lock: (repo, task) => env.lock(repoName(repo), task),
    },
  );
  await options.cursors.set(installation, result.stoppedAt);
  app.log.info(
    `sweep of installation ${installation}: ${result.swept} of ${result.repositories} repositories, ${result.trackers} trackers, ${result.remindersPosted} reminders; ${result.requests} requests${result.stoppedAt ? `; resumes at ${result.stoppedAt}` : ""}`,
  );
  return result;
}

/** The App's installations, with its own credentials. */
export async function installationIds(app: Probot): Promise<number[]> {
  const client = new GitHubClient({ octokit: await app.auth() });
  return (await client.installations()).map((i) => i.id);
}

/** Every installation, one after the other; one's failure does not stop the others. */
export async function sweepAllInstallations(app: Probot, env: AppEnv, options: SweepOptions): Promise<void> {
  for (const id of await installationIds(app)) {
    try {
      await sweepOneInstallation(app, env, id, options);
    } catch (error) {
      app.log.error(`sweep of installation ${id} failed: ${errorText(error)}`);
    }
  }
}

/** In one process: a sweep now and every `every` ms, never two at once; the timer does not hold the process. */
export function scheduleInProcess(every: number, run: () => Promise<void>, log: Logger): () => void {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    run()
      .catch((error) => log.warn(`sweep failed: ${errorText(error)}`))
      .finally(() => {
        running = false;
      });
  };
  const first = setTimeout(tick, 0);
  const timer = setInterval(tick, every);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
