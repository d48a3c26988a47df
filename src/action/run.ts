import { readFileSync } from "node:fs";
import * as core from "@actions/core";
import { readInputs } from "./inputs.ts";

/** The parts of a webhook payload the Action reads. */
export interface EventPayload {
  action?: string;
  ref?: string;
  after?: string;
  deleted?: boolean;
  repository?: { default_branch?: string };
  sender?: { login?: string };
  commits?: { added?: string[]; removed?: string[]; modified?: string[] }[];
  issue?: unknown;
  pull_request?: { number: number; head: { sha: string } };
}

/** Which job an event calls for: the sweep on a schedule, the sync on a push, the tracker on an issue. */
function jobFor(
  event: string,
  payload: EventPayload,
  botLogin: string,
): "sweep" | "sync" | "track" | "review" | null {
  if (event === "schedule" || event === "workflow_dispatch") return "sweep";
  if (event === "push") {
    const toDefault = payload.ref === `refs/heads/${payload.repository?.default_branch}`;
    return toDefault && !payload.deleted ? "sync" : null;
  }
  if (event === "pull_request" && ["opened", "synchronize", "reopened"].includes(payload.action ?? ""))
    return "review";
  if (event === "issues" && (payload.action === "closed" || payload.action === "reopened")) {
    return payload.sender?.login === botLogin ? null : "track";
  }
  return null;
}

/** Reads the inputs and the event, runs the job the event calls for; any error fails the step. */
export async function run(
  env: NodeJS.ProcessEnv = process.env,
  now: () => Date = () => new Date(),
): Promise<void> {
  try {
    const inputs = readInputs();
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
    if (!owner || !repo) throw new Error("GITHUB_REPOSITORY is not set (owner/repo)");
    const event = env.GITHUB_EVENT_NAME ?? "";
    const payload: EventPayload = env.GITHUB_EVENT_PATH
      ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"))
      : {};
    const job = jobFor(event, payload, inputs.botLogin);
    if (job === null) {
      core.info(`nothing to do on "${event}${payload.action ? `.${payload.action}` : ""}"`);
      return;
    }
    const { runJob } = await import("./jobs.ts");
    await runJob({ job, inputs, repo: { owner, repo }, payload, env, now });
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
