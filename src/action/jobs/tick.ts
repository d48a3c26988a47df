import * as core from "@actions/core";
import { type RestIssue, toExisting } from "../../github/client.ts";
import { syncTrackerEdit } from "../../jobs/tracker-edit.ts";
import type { ActionJob } from "../setup.ts";

/** A tracker's body edited by a person: ticked items close their issues, unticked ones reopen. */
export async function tickJob({ repo, payload, serverUrl, deps }: ActionJob): Promise<void> {
  const tracker = toExisting(repo, payload.issue as RestIssue);
  const sender = (payload.sender?.login ?? "") as string;
  const ops = await syncTrackerEdit(tracker, payload.changes?.body?.from ?? "", sender, serverUrl, deps);
  if (ops.length === 0) core.info(`#${tracker.number}: no checklist item of a tracker changed`);
}
