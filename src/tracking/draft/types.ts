import type { RepoId } from "../model.ts";

/** What a draft is made from: the incident's issue as GitHub describes it. */
export interface IncidentIssue {
  repo: RepoId;
  number: number;
  title: string;
  url: string;
  author: string;
  /** ISO times. */
  createdAt: string;
  closedAt: string | null;
  state: "open" | "closed";
  labels: string[];
  assignees: string[];
}

/** Another issue or pull request that mentions the incident. */
export interface Reference {
  /** `owner/repo` */
  repo: string;
  number: number;
  title: string;
  url: string;
  pull: boolean;
}

/** One entry of the issue's timeline, as far as a postmortem tells it; `actor` is a login. */
export type TimelineEvent = { at: string; actor: string } & (
  | { kind: "commented"; id: number; body: string }
  | { kind: "labeled" | "unlabeled"; label: string }
  | { kind: "assigned" | "unassigned"; assignee: string }
  | { kind: "cross-referenced"; source: Reference }
  | { kind: "closed"; reason: string | null }
  | { kind: "reopened" }
  | { kind: "renamed"; from: string; to: string }
  | { kind: "referenced"; commit: string }
);

export interface DraftSettings {
  zone: string;
  directory: string;
  /** Normalised label -> severity. */
  severityLabels: Record<string, string>;
  /** The account whose comments (our replies) are left out, and the command, whose comments are too. */
  botLogin: string;
  command: string;
}

export interface Draft {
  path: string;
  text: string;
  title: string;
  /** The pull requests that mention the incident, for the pull request's body. */
  pulls: Reference[];
}
