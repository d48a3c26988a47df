import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import type { SectionNames } from "../report/index.ts";
import { type Config, configSchema } from "./schema.ts";

export const CONFIG_PATH = ".github/postmortem-tracker.yml";

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

function describe(issue: z.core.$ZodIssue): string {
  const key = issue.path.length > 0 ? issue.path.join(".") : "(top level)";
  return `${key}: ${issue.message}`;
}

/** Validates parsed YAML; the message names every key at fault, so nothing is written on a bad config. */
export function validateConfig(raw: unknown, file = CONFIG_PATH): ConfigResult {
  const result = configSchema.safeParse(raw ?? {});
  if (result.success) return { ok: true, config: result.data };
  const problems = result.error.issues.map(describe);
  return { ok: false, message: `${file} is not valid: ${problems.join("; ")}` };
}

/**
 * Parses and validates a config file's text (`file` names it in the messages): no file (null) or an empty one
 * is the defaults; YAML that does not parse is named with the first line of the parser's message.
 */
export function parseConfigText(text: string | null, file: string): ConfigResult {
  let raw: unknown = {};
  if (text !== null) {
    try {
      raw = parseYaml(text) ?? {};
    } catch (error) {
      return { ok: false, message: `${file} is not valid YAML: ${(error as Error).message.split("\n")[0]}` };
    }
  }
  return validateConfig(raw, file);
}

export const defaultConfig: Config = configSchema.parse({});

/** The parser's heading words, where the config replaces them. */
export function sectionNames(config: Config): Partial<SectionNames> {
  const s = config.sections;
  const names: Partial<SectionNames> = {};
  if (s.corrective) names.corrective = s.corrective;
  if (s.summary) names.summary = s.summary;
  if (s.timeline) names.timeline = s.timeline;
  if (s["root-cause"]) names.rootCause = s["root-cause"];
  if (s.lessons) names.lessons = s.lessons;
  if (s.improvements) names.improvements = s.improvements;
  if (s.tasks) names.tasks = s.tasks;
  return names;
}

/** The review's options, where the config sets them. */
export function reviewOptions(config: Config): {
  levels: Config["review"]["rules"];
  phrases?: { phrase: string; rewrite: string }[];
} {
  return {
    levels: config.review.rules,
    ...(config.review.blameless ? { phrases: config.review.blameless } : {}),
  };
}
