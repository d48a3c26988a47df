import * as core from "@actions/core";
import { DateTime } from "luxon";
import { sweep } from "../../jobs/sweep.ts";
import { sweepSettings } from "../../tracking/reminders.ts";
import type { ActionJob } from "../setup.ts";
import { sweepSummary, writeJobSummary } from "../summary.ts";

/** The schedule: follow-ups for every tracker, with outputs and a job summary. */
export async function sweepJob({ repo, serverUrl, deps }: ActionJob, env: NodeJS.ProcessEnv): Promise<void> {
  const timezone = deps.config.reminders.timezone;
  if (!DateTime.now().setZone(timezone).isValid) throw new Error(`"${timezone}" is not an IANA time zone`);
  const now = DateTime.fromJSDate(deps.now(), { zone: timezone });
  const result = await sweep({ repo, settings: sweepSettings(deps.config), now, serverUrl }, deps);
  core.setOutput("trackers", result.trackers.length);
  core.setOutput("open-items", result.openItems);
  core.setOutput("overdue-items", result.overdueItems);
  core.setOutput("reminders-posted", result.remindersPosted);
  core.setOutput("item-reminders", result.itemReminders);
  core.setOutput("reviews-opened", result.reviewsOpened);
  core.setOutput("awaiting-review", result.trackers.filter((t) => t.awaitingReview).length);
  core.setOutput("trackers-reopened", result.reopened);
  core.setOutput("trackers-closed", result.closed);
  core.setOutput("details", JSON.stringify(result));
  writeJobSummary(env, sweepSummary(result, `${repo.owner}/${repo.repo}`, serverUrl));
  core.info(
    `${result.trackers.length} tracker(s), ${result.openItems} open item(s), ${result.overdueItems} overdue; ${deps.client.requests} request(s)`,
  );
  // The step is green only when everything due was written; the other trackers were followed up.
  const unwritten = result.errors.filter((e) => e.write);
  if (unwritten.length > 0)
    core.setFailed(
      `${unwritten.length} follow-up(s) could not be written: ${unwritten.map((e) => `#${e.tracker}: ${e.message}`).join("; ")}`,
    );
}
