import { isReportLabel } from "../tracking/labels.ts";
import { type ExistingIssue, issueKey, type Operation, type RepoId, stateOf } from "../tracking/model.ts";
import { ourTracker } from "../tracking/ours.ts";
import { type LiveStates, planTrackerRefresh } from "../tracking/refresh.ts";
import { deadlineRules } from "../tracking/reminders/deadline.ts";
import type { JobDeps } from "./deps.ts";

/** An action item (or a referenced issue) was closed or reopened: its trackers' checklists follow at once. */
export async function syncIssueState(
  repo: RepoId,
  issue: ExistingIssue,
  serverUrl: string,
  deps: JobDeps,
): Promise<Operation[]> {
  const done: Operation[] = [];
  const seen = new Set<number>();
  for (const label of issue.labels.filter((l) => isReportLabel(l, deps.config))) {
    const issues = await deps.client.issuesWithLabel(repo, label);
    // The list is read now; the event's copy of the issue may be older (a close and a quick reopen).
    const live: LiveStates = new Map([[issueKey(repo, issue.number), stateOf(issue)]]);
    for (const i of issues) live.set(issueKey(repo, i.number), stateOf(i));
    for (const listed of issues) {
      const tracker = ourTracker(listed, deps.botLogin);
      if (!tracker || seen.has(listed.number)) continue;
      if (!tracker.marker.items.some((e) => e.issue === issue.number && !e.repo)) continue;
      seen.add(listed.number);
      const ops = planTrackerRefresh({
        tracker: listed,
        marker: tracker.marker,
        live,
        serverUrl,
        deadlines: deadlineRules(deps.config),
      });
      await deps.gateway.apply(ops);
      done.push(...ops);
    }
  }
  return done;
}
