import { run } from "./run.ts";

// POSTMORTEM_TRACKER_NOW (an ISO time) runs the sweep as of another moment: a dry run of next week.
const fixed = process.env.POSTMORTEM_TRACKER_NOW;
if (fixed && Number.isNaN(new Date(fixed).getTime())) {
  console.log(`::error::POSTMORTEM_TRACKER_NOW is not a time: "${fixed}" (write it as 2026-11-20T09:00:00Z)`);
  process.exitCode = 1;
} else {
  await run(process.env, fixed ? () => new Date(fixed) : undefined);
}
