import type { Probot } from "probot";
import type { AppEnv } from "./handler.ts";
import { onDraft } from "./on-draft.ts";
import { onIssueState } from "./on-issue-state.ts";
import { onMerge } from "./on-merge.ts";
import { onPush } from "./on-push.ts";
import { onReview } from "./on-review.ts";
import { onTrackerEdit } from "./on-tracker-edit.ts";

/** The handlers, on Probot itself or on the queue's router. */
export function registerHandlers(app: Pick<Probot, "on">, env: AppEnv): void {
  onMerge(app, env);
  onReview(app, env);
  onPush(app, env);
  onIssueState(app, env);
  onTrackerEdit(app, env);
  onDraft(app, env);
}
