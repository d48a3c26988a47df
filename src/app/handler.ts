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
  | "issues.edited"
  | "issues.labeled"
  | "issue_comment.created"
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

/** Probot's config reader marks the errors of the file itself (not YAML, a folder...) with this. */
const CONFIG_PLUGIN = "[@probot/octokit-plugin-config] ";

/**
 * An error reading the config that is not the file's fault: signing in as the App (a key that
 * cannot sign, a refused token), or GitHub itself. Said as such, never as a bad config.
 */
function notTheConfig(error: unknown): Error {
  const e = error as { status?: number; code?: string; message?: string; request?: { url?: string } };
  const message = e.message ?? String(error);
  const signIn =
    e.status === 401 ||
    /\/access_tokens$/.test(e.request?.url ?? "") ||
    String(e.code ?? "").startsWith("ERR_OSSL") ||
    /DECODER routines|private key|secretOrPrivateKey/i.test(message);
  const text = signIn
    ? `could not sign in to GitHub as the App: ${message} (check APP_ID and the private key, PRIVATE_KEY or PRIVATE_KEY_PATH)`
    : e.status
      ? `GitHub answered ${e.status} when asked for ${CONFIG_PATH}: ${message}`
      : `could not reach GitHub: ${message}`;
  return new Error(text, { cause: error });
}

/** The config file as a person finds it: the path, and `owner/repo:` when it came from another repository. */
function configFile(url: string, repo: { owner: string; repo: string }): string {
  const m = /\/repos\/([^/]+)\/([^/]+)\/contents\/([^?]+)/.exec(url);
  if (!m) return CONFIG_PATH;
  const path = decodeURIComponent(m[3] ?? "");
  const same =
    m[1]?.toLowerCase() === repo.owner.toLowerCase() && m[2]?.toLowerCase() === repo.repo.toLowerCase();
  return same ? path : `${m[1]}/${m[2]}:${path}`;
}

/** A config file that is not YAML (or not a file) named with its line, not the API address it came from. */
function configFileProblem(error: Error, repo: { owner: string; repo: string }): string {
  const text = error.message.slice(CONFIG_PLUGIN.length);
  const url = /(https?:\/\/\S+)/.exec(text)?.[1] ?? "";
  const file = configFile(url, repo);
  const cause = error.cause as { message?: string; linePos?: { line: number; col: number }[] } | undefined;
  if (/invalid YAML/.test(text) && cause?.message) {
    const at = cause.linePos?.[0];
    return `${file}${at ? `:${at.line}` : ""} is not valid YAML: ${cause.message.split("\n")[0]}`;
  }
  return `${file} could not be read: ${text.replace(url, file)}`;
}

async function readConfig(
  context: AppContext,
): Promise<{ ok: true; config: Config } | { ok: false; message: string }> {
  let raw: unknown;
  try {
    // context.config reads .github/postmortem-tracker.yml, with the organisation's .github repository and _extends.
    raw = await context.config("postmortem-tracker.yml");
  } catch (error) {
    const message = (error as Error).message ?? "";
    if (!message.startsWith(CONFIG_PLUGIN)) throw notTheConfig(error);
    return { ok: false, message: configFileProblem(error as Error, context.repo()) };
  }
  return validateConfig(raw);
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
    // A sign-in or GitHub failure is logged as what it is and fails the delivery (GitHub can redeliver it).
    const loaded = await readConfig(context).catch((error: Error) => {
      context.log.error(error.message);
      throw error;
    });
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
