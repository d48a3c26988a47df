import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  sweep
} from "./chunk-GQVOYSLM.js";
import "./chunk-6O52L57I.js";
import "./chunk-EL7PGEC2.js";
import {
  sweepSummary,
  writeJobSummary
} from "./chunk-TPBNKM5L.js";
import {
  info,
  setFailed,
  setOutput
} from "./chunk-DTFMBWHE.js";
import "./chunk-MP7O54WV.js";
import "./chunk-PJCCAW4A.js";
import {
  sweepSettings
} from "./chunk-WOCDELLY.js";
import {
  DateTime
} from "./chunk-PW6O7USS.js";
import "./chunk-AEGC4ICH.js";

// src/action/jobs/sweep.ts
async function sweepJob({ repo, serverUrl, deps }, env) {
  const timezone = deps.config.reminders.timezone;
  if (!DateTime.now().setZone(timezone).isValid) throw new Error(`"${timezone}" is not an IANA time zone`);
  const now = DateTime.fromJSDate(deps.now(), { zone: timezone });
  const result = await sweep({ repo, settings: sweepSettings(deps.config), now, serverUrl }, deps);
  setOutput("trackers", result.trackers.length);
  setOutput("open-items", result.openItems);
  setOutput("overdue-items", result.overdueItems);
  setOutput("reminders-posted", result.remindersPosted);
  setOutput("item-reminders", result.itemReminders);
  setOutput("reviews-opened", result.reviewsOpened);
  setOutput("awaiting-review", result.trackers.filter((t) => t.awaitingReview).length);
  setOutput("trackers-reopened", result.reopened);
  setOutput("trackers-closed", result.closed);
  setOutput("details", JSON.stringify(result));
  writeJobSummary(env, sweepSummary(result, `${repo.owner}/${repo.repo}`, serverUrl));
  info(
    `${result.trackers.length} tracker(s), ${result.openItems} open item(s), ${result.overdueItems} overdue; ${deps.client.requests} request(s)`
  );
  const unwritten = result.errors.filter((e) => e.write);
  if (unwritten.length > 0)
    setFailed(
      `${unwritten.length} follow-up(s) could not be written: ${unwritten.map((e) => `#${e.tracker}: ${e.message}`).join("; ")}`
    );
}
export {
  sweepJob
};
