import type { Config } from "../config/schema.ts";
import type { GitHubClient } from "../github/client.ts";
import type { Gateway } from "../github/gateway.ts";
import type { Logger } from "../github/octokit.ts";

/** What every job is given by its shell (the App, the Action): reads, writes, settings and the clock. */
export interface JobDeps {
  client: GitHubClient;
  gateway: Gateway;
  config: Config;
  /** The account whose issues are ours (the App's bot, or github-actions[bot]). */
  botLogin: string;
  log: Logger;
  now: () => Date;
}
