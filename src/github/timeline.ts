import type { IncidentIssue, Reference, TimelineEvent } from "../tracking/draft/types.ts";
import type { RepoId } from "../tracking/model.ts";

/** GitHub's issue timeline and issue, as REST sends them, into the draft's plain values. */

interface User {
  login?: string;
}

export interface RestTimelineEvent {
  event?: string;
  id?: number;
  created_at?: string;
  actor?: User | null;
  user?: User | null;
  body?: string;
  label?: { name?: string };
  assignee?: User | null;
  state_reason?: string | null;
  rename?: { from?: string; to?: string };
  commit_id?: string | null;
  source?: {
    issue?: {
      number?: number;
      title?: string;
      html_url?: string;
      pull_request?: unknown;
      repository?: { full_name?: string };
    };
  };
}

function reference(e: RestTimelineEvent): Reference | null {
  const i = e.source?.issue;
  if (!i?.number || !i.html_url) return null;
  return {
    repo: i.repository?.full_name ?? "",
    number: i.number,
    title: i.title ?? "",
    url: i.html_url,
    pull: Boolean(i.pull_request),
  };
}

/** One REST timeline entry, or null for the kinds a postmortem does not tell (subscribed, mentioned...). */
export function timelineEvent(e: RestTimelineEvent): TimelineEvent | null {
  const at = e.created_at ?? "";
  const actor = e.actor?.login ?? e.user?.login ?? "";
  switch (e.event) {
    case "commented":
      return { at, actor, kind: "commented", id: e.id ?? 0, body: e.body ?? "" };
    case "labeled":
    case "unlabeled":
      return e.label?.name ? { at, actor, kind: e.event, label: e.label.name } : null;
    case "assigned":
    case "unassigned":
      return e.assignee?.login ? { at, actor, kind: e.event, assignee: e.assignee.login } : null;
    case "cross-referenced": {
      const source = reference(e);
      return source ? { at, actor, kind: "cross-referenced", source } : null;
    }
    case "closed":
      return { at, actor, kind: "closed", reason: e.state_reason ?? null };
    case "reopened":
      return { at, actor, kind: "reopened" };
    case "renamed":
      return { at, actor, kind: "renamed", from: e.rename?.from ?? "", to: e.rename?.to ?? "" };
    case "referenced":
      return e.commit_id ? { at, actor, kind: "referenced", commit: e.commit_id } : null;
    default:
      return null;
  }
}

export interface RestIncident {
  number: number;
  title: string;
  html_url: string;
  created_at: string;
  closed_at?: string | null;
  state: string;
  user: User | null;
  labels: (string | { name?: string })[];
  assignees?: User[] | null;
}

export function incidentOf(repo: RepoId, i: RestIncident): IncidentIssue {
  return {
    repo,
    number: i.number,
    title: i.title,
    url: i.html_url,
    author: i.user?.login ?? "",
    createdAt: i.created_at,
    closedAt: i.closed_at ?? null,
    state: i.state === "closed" ? "closed" : "open",
    labels: i.labels.map((l) => (typeof l === "string" ? l : (l.name ?? ""))).filter(Boolean),
    assignees: (i.assignees ?? []).flatMap((a) => (a.login ? [a.login] : [])),
  };
}
