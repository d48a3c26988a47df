import * as core from "@actions/core";

/** The Action's inputs (action.yml gives each a default; an empty one means "as the config file says"). */
export interface Inputs {
  token: string;
  configPath: string;
  reminderInterval: string | null;
  timezone: string | null;
  dryRun: boolean;
  maxRequests: number;
  mentionOwners: boolean | null;
  botLogin: string;
}

function flag(name: string): boolean | null {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === "") return null;
  if (["true", "yes", "on", "1"].includes(value)) return true;
  if (["false", "no", "off", "0"].includes(value)) return false;
  throw new Error(`input ${name} must be true or false, not "${value}"`);
}

export function readInputs(): Inputs {
  const maxRequests = Number(core.getInput("max-requests") || "500");
  if (!Number.isInteger(maxRequests) || maxRequests < 10) {
    throw new Error(
      `input max-requests must be a whole number of at least 10, not "${core.getInput("max-requests")}"`,
    );
  }
  return {
    token: core.getInput("github-token", { required: true }),
    configPath: core.getInput("config-path") || ".github/postmortem-tracker.yml",
    reminderInterval: core.getInput("reminder-interval") || null,
    timezone: core.getInput("timezone") || null,
    dryRun: flag("dry-run") ?? false,
    maxRequests,
    mentionOwners: flag("mention-owners"),
    botLogin: core.getInput("bot-login") || "github-actions[bot]",
  };
}
