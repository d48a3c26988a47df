import { readFileSync } from "node:fs";
import * as core from "@actions/core";
import { type EventPayload, type Job, jobFor } from "./event.ts";
import { readInputs } from "./inputs.ts";
import type { ActionJob } from "./setup.ts";

type JobFunction = (job: ActionJob, env: NodeJS.ProcessEnv) => Promise<void>;

// Each job is loaded only when its event comes, so the entry stays small and starts fast.
const jobs: Record<Job, () => Promise<JobFunction>> = {
  sweep: async () => (await import("./jobs/sweep.ts")).sweepJob,
  sync: async () => (await import("./jobs/sync.ts")).syncJob,
  track: async () => (await import("./jobs/track.ts")).trackJob,
  tick: async () => (await import("./jobs/tick.ts")).tickJob,
  review: async () => (await import("./jobs/review.ts")).reviewJob,
  draft: async () => (await import("./jobs/draft.ts")).draftJob,
  report: async () => (await import("./jobs/report.ts")).reportJob,
};

export interface RunOptions {
  /** The clock; POSTMORTEM_TRACKER_NOW (an ISO time) sets it from the environment. */
  now?: () => Date;
  /** Space out writes and wait out rate limits as GitHub asks (default on). */
  throttle?: boolean;
}

/** POSTMORTEM_TRACKER_NOW runs the sweep as of another moment: a dry run of next week. */
function clock(env: NodeJS.ProcessEnv, now: (() => Date) | undefined): () => Date {
  if (now) return now;
  const fixed = env.POSTMORTEM_TRACKER_NOW;
  if (!fixed) return () => new Date();
  if (Number.isNaN(new Date(fixed).getTime()))
    throw new Error(`POSTMORTEM_TRACKER_NOW is not a time: "${fixed}" (write it as 2026-11-20T09:00:00Z)`);
  return () => new Date(fixed);
}

/** Reads the inputs and the event, runs the job the event calls for; any error fails the step. */
export async function run(env: NodeJS.ProcessEnv = process.env, options: RunOptions = {}): Promise<void> {
  try {
    const now = clock(env, options.now);
    const inputs = readInputs(env);
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
    if (!owner || !repo) throw new Error("GITHUB_REPOSITORY is not set (owner/repo)");
    const event = env.GITHUB_EVENT_NAME ?? "";
    const payload: EventPayload = env.GITHUB_EVENT_PATH
      ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"))
      : {};
    const job = jobFor(event, payload, inputs.botLogin, inputs.report);
    if (job === null) {
      core.info(`nothing to do on "${event}${payload.action ? `.${payload.action}` : ""}"`);
      return;
    }
    const [jobFunction, { setup }] = await Promise.all([jobs[job](), import("./setup.ts")]);
    const ready = await setup(inputs, { owner, repo }, payload, env, {
      now,
      throttle: options.throttle ?? true,
    });
    await jobFunction(ready, env);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
