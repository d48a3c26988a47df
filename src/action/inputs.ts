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
  /** The chat digest's incoming-webhook URL, from a secret. */
  notifyUrl: string | null;
  /** On a schedule or a manual run: the follow-through report instead of the sweep. */
  report: boolean;
  /** Where the report's HTML page is written (for GitHub Pages), or null. */
  reportHtml: string | null;
  /** Keep the pinned "Postmortem follow-through" issue up to date. */
  reportIssue: boolean;
}

/** An input as the runner passes it: `INPUT_NAME` (upper case, spaces as underscores), trimmed. */
function input(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean | null {
  const value = input(env, name).toLowerCase();
  if (value === "") return null;
  if (["true", "yes", "on", "1"].includes(value)) return true;
  if (["false", "no", "off", "0"].includes(value)) return false;
  throw new Error(`input ${name} must be true or false, not "${value}"`);
}

export function readInputs(env: NodeJS.ProcessEnv): Inputs {
  const maxRequests = Number(input(env, "max-requests") || "500");
  if (!Number.isInteger(maxRequests) || maxRequests < 10) {
    throw new Error(
      `input max-requests must be a whole number of at least 10, not "${input(env, "max-requests")}"`,
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
    reportIssue: flag(env, "report-issue") ?? false,
  };
}
