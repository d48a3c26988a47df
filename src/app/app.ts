import type { Probot } from "probot";
import { botAccount } from "./bot.ts";
import { onIssueState } from "./on-issue-state.ts";
import { onMerge } from "./on-merge.ts";
import { onPush } from "./on-push.ts";
import { onReview } from "./on-review.ts";
import { onTrackerEdit } from "./on-tracker-edit.ts";

/** The GitHub App: one handler per event, each wiring its webhook into a job of the shared core. */
export function postmortemTracker(app: Probot, options: { now?: () => Date } = {}): void {
  const env = { botLogin: botAccount(app), now: options.now ?? (() => new Date()) };
  onMerge(app, env);
  onReview(app, env);
  onPush(app, env);
  onIssueState(app, env);
  onTrackerEdit(app, env);
}

export default postmortemTracker;
