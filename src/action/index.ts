import { run } from "./run.ts";

// POSTMORTEM_TRACKER_NOW (an ISO time) runs the sweep as of another moment: a dry run of next week.
const fixed = process.env.POSTMORTEM_TRACKER_NOW;
await run(process.env, fixed ? () => new Date(fixed) : undefined);
