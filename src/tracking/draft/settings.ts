import type { Config } from "../../config/schema.ts";
import { severityMapping } from "./severity.ts";
import type { DraftSettings } from "./types.ts";

/** The draft's settings from the configuration. */
export function draftSettings(config: Config, botLogin: string): DraftSettings {
  return {
    zone: config.draft.timezone ?? config.reminders.timezone,
    directory: config.draft.directory,
    severityLabels: severityMapping(config.draft["severity-labels"]),
    botLogin,
    command: config.draft.command,
  };
}

/** The branch a draft is written on: one per issue, so asking again finds it. */
export const draftBranch = (issue: number) => `postmortem-tracker/draft/${issue}`;
