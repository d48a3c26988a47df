import * as core from "@actions/core";
import { parseConfigText, validateConfig } from "../config/load.ts";
import type { Config } from "../config/schema.ts";
import { GitHubClient } from "../github/client.ts";
import { Gateway } from "../github/gateway.ts";
import type { Logger } from "../github/octokit.ts";
import type { JobDeps } from "../jobs/deps.ts";
import type { RepoId } from "../tracking/model.ts";
import type { EventPayload } from "./event.ts";
import type { Inputs } from "./inputs.ts";
import { actionOctokit } from "./octokit.ts";

/** What each of the Action's jobs is given: the event, and the job's dependencies. */
export interface ActionJob {
  inputs: Inputs;
  repo: RepoId;
  payload: EventPayload;
  serverUrl: string;
  deps: JobDeps;
}

export const log: Logger = {
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
  debug: (m) => core.debug(m),
};

/** The repository's config file with the inputs over it (an empty input keeps what the file says). */
async function loadConfig(client: GitHubClient, repo: RepoId, inputs: Inputs): Promise<Config> {
  const text = await client.fileText(repo, inputs.configPath);
  if (text === null) log.info(`${inputs.configPath}: not in the repository; using the defaults`);
  const loaded = parseConfigText(text, inputs.configPath);
  if (!loaded.ok) throw new Error(loaded.message);
  if (loaded.config._extends !== undefined) {
    throw new Error(
      `${inputs.configPath}: _extends is read by the App only; in the Action, write the settings in this file`,
    );
  }
  const config = structuredClone(loaded.config);
  if (inputs.reminderInterval) config.reminders.interval = inputs.reminderInterval;
  if (inputs.timezone) config.reminders.timezone = inputs.timezone;
  if (inputs.mentionOwners !== null) config.reminders["mention-owners"] = inputs.mentionOwners;
  if (inputs.notifyUrl) config.reminders["notify-url"] = inputs.notifyUrl;
  const checked = validateConfig(config, "the Action's inputs");
  if (!checked.ok) throw new Error(checked.message);
  return checked.config;
}

export interface SetupOptions {
  now: () => Date;
  throttle: boolean;
}

/** One client and one budget for the whole run; the gateway decides the dry run, once. */
export async function setup(
  inputs: Inputs,
  repo: RepoId,
  payload: EventPayload,
  env: NodeJS.ProcessEnv,
  options: SetupOptions,
): Promise<ActionJob> {
  const octokit = actionOctokit(inputs.token, env, { throttle: options.throttle });
  const client = new GitHubClient({ octokit, budget: inputs.maxRequests });
  const config = await loadConfig(client, repo, inputs);
  const gateway = new Gateway({ client, log, dryRun: inputs.dryRun || config["dry-run"] });
  const deps: JobDeps = { client, gateway, config, botLogin: inputs.botLogin, log, now: options.now };
  return { inputs, repo, payload, serverUrl: env.GITHUB_SERVER_URL || "https://github.com", deps };
}
