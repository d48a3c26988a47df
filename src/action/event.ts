/** The parts of a webhook payload the Action reads. */
export interface EventPayload {
  action?: string;
  ref?: string;
  after?: string;
  deleted?: boolean;
  repository?: { default_branch?: string };
  sender?: { login?: string };
  commits?: { added?: string[]; removed?: string[]; modified?: string[] }[];
  issue?: unknown;
  changes?: { body?: { from?: string } };
  pull_request?: { number: number; head: { sha: string } };
  comment?: unknown;
  label?: { name?: string };
}

export type Job = "sweep" | "sync" | "track" | "tick" | "review" | "draft" | "report";

/**
 * Which job an event calls for: the sweep on a schedule (the follow-through report instead with
 * `report: true`), the sync on a push, the tracker on an issue.
 */
export function jobFor(event: string, payload: EventPayload, botLogin: string, report = false): Job | null {
  if (event === "schedule" || event === "workflow_dispatch") return report ? "report" : "sweep";
  if (event === "push") {
    const toDefault = payload.ref === `refs/heads/${payload.repository?.default_branch}`;
    return toDefault && !payload.deleted ? "sync" : null;
  }
  if (event === "pull_request" && ["opened", "synchronize", "reopened"].includes(payload.action ?? ""))
    return "review";
  if (event === "issues" && payload.sender?.login !== botLogin) {
    if (payload.action === "closed" || payload.action === "reopened") return "track";
    // A person edited a tracker's checklist.
    if (payload.action === "edited" && payload.changes?.body?.from !== undefined) return "tick";
    // A label that may ask for a postmortem's draft (the job checks which label).
    if (payload.action === "labeled") return "draft";
  }
  // A comment that may be the draft's command (the job checks it, and who wrote it).
  if (event === "issue_comment" && payload.action === "created") return "draft";
  return null;
}
