import { type RestIssue, toExisting } from "../../github/client.ts";
import { syncIssueState } from "../../jobs/issue-state.ts";
import type { ActionJob } from "../setup.ts";

/** An issue closed or reopened: the trackers that list it follow at once. */
export async function trackJob({ repo, payload, serverUrl, deps }: ActionJob): Promise<void> {
  await syncIssueState(repo, toExisting(repo, payload.issue as RestIssue), serverUrl, deps);
}
