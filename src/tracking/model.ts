/** What the planners see of GitHub, and what they ask the gateway to do: plain data. */

export interface RepoId {
  owner: string;
  repo: string;
}

export const repoName = (r: RepoId) => `${r.owner}/${r.repo}`;

/** `owner/repo` as a RepoId (an empty part stays empty, so a bad name fails at GitHub, not here). */
export function parseRepoName(name: string): RepoId {
  const [owner = "", repo = ""] = name.split("/");
  return { owner, repo };
}

export const sameRepo = (a: RepoId, b: RepoId) =>
  a.owner.toLowerCase() === b.owner.toLowerCase() && a.repo.toLowerCase() === b.repo.toLowerCase();

/** One issue anywhere, as a map key: `owner/repo#12`, lower case. */
export const issueKey = (repo: RepoId, number: number) => `${repoName(repo)}#${number}`.toLowerCase();

/** Where an issue stands: open, closed as completed, or closed as not planned. */
export type IssueState = "open" | "completed" | "not_planned";

export function stateOf(issue: { state: "open" | "closed"; stateReason: string | null }): IssueState {
  if (issue.state === "open") return "open";
  return issue.stateReason === "not_planned" ? "not_planned" : "completed";
}

export interface ExistingIssue {
  repo: RepoId;
  number: number;
  nodeId: string;
  title: string;
  body: string;
  state: "open" | "closed";
  stateReason: string | null;
  labels: string[];
  assignees: string[];
  author: string;
  /**
   * The issue this one is a sub-issue of (`owner/repo#n`, as issueKey writes it), null when it has
   * none; undefined when the API does not say (a server without sub-issues).
   */
  parent?: string | null;
  /** When it was last closed, and by whom, where the read says. */
  closedAt?: string | null;
  closedBy?: string | null;
}

/** What a sweep reads of an item's issue (GraphQL, 100 at a time). */
export interface IssueSnapshot {
  state: IssueState;
  closedAt: string | null;
  labels: string[];
  /** Logins, without the @. */
  assignees?: string[];
}

/** The issue an operation acts on: one that exists, by number (new ones come back from the gateway). */
export interface Target {
  existing: number;
}

/** A best-effort write that failed: what it was for and GitHub's answer, and the issue it was on. */
export interface WriteProblem {
  text: string;
  /** The issue written to, as issueKey names it. */
  issue: string;
  /** GitHub's answer alone ("Not Found"). */
  answer: string;
}

/** An issue as GraphQL names it, for sub-issues. */
export interface IssueNode {
  number: number;
  nodeId: string;
}

export interface CheckRunOutput {
  title: string;
  summary: string;
  annotations: {
    path: string;
    start_line: number;
    end_line: number;
    annotation_level: "failure" | "warning" | "notice";
    title: string;
    message: string;
  }[];
}

export type IssueCreation = {
  op: "createIssue";
  /** The plan's name for the new issue: the gateway reports what it created under it. */
  key: string;
  repo: RepoId;
  title: string;
  body: string;
  labels: string[];
  assignees: string[];
  /** Create it closed, e.g. an item already done when the report was merged. */
  close?: "completed";
};

export type IssueUpdate = {
  op: "updateIssue";
  repo: RepoId;
  issue: Target;
  title?: string;
  body?: string;
  labels?: string[];
  state?: "open" | "closed";
  stateReason?: "completed" | "not_planned" | "reopened";
  assignees?: string[];
};

export type Operation =
  | { op: "ensureLabel"; repo: RepoId; name: string; color: string; description: string }
  | { op: "renameLabel"; repo: RepoId; from: string; to: string }
  | { op: "describeLabel"; repo: RepoId; name: string; description: string }
  | IssueCreation
  | IssueUpdate
  | {
      op: "comment";
      repo: RepoId;
      issue: Target;
      body: string;
      /** When set, a failure is logged with this text and the plan goes on (another repository). */
      bestEffort?: string;
    }
  | {
      op: "addLabels";
      repo: RepoId;
      issue: Target;
      labels: string[];
      /** When set, a failure is logged with this text and the plan goes on. */
      bestEffort?: string;
    }
  | { op: "removeLabel"; repo: RepoId; issue: Target; label: string }
  | { op: "addSubIssues"; repo: RepoId; parent: IssueNode; children: IssueNode[] }
  /** Pins an issue to the repository's issue list. */
  | { op: "pinIssue"; repo: RepoId; node: IssueNode }
  /** Points a branch at a commit: created, or moved there (forced) when it exists. */
  | { op: "moveBranch"; repo: RepoId; branch: string; sha: string }
  /** Commits a file's new text on a branch; `blobSha` is the file's blob the text replaces. */
  | {
      op: "writeFile";
      repo: RepoId;
      branch: string;
      path: string;
      text: string;
      blobSha: string;
      message: string;
    }
  | {
      op: "openPullRequest";
      repo: RepoId;
      head: string;
      base: string;
      title: string;
      body: string;
      /** Opened as a draft: not ready for review. */
      draft?: boolean;
      /** When set, the gateway reports the pull request under this key, as it does created issues. */
      key?: string;
    }
  /** Creates a branch at a commit; one that exists already is kept as it is. */
  | { op: "createBranch"; repo: RepoId; branch: string; sha: string }
  /** Adds a new file on a branch; one that is there already (perhaps a person's edits) is kept. */
  | { op: "addFile"; repo: RepoId; branch: string; path: string; text: string; message: string }
  | {
      /** A chat digest to an incoming webhook (Slack, Teams): a failure is logged, never fatal. */
      op: "notify";
      repo: RepoId;
      url: string;
      text: string;
    }
  | {
      op: "publishCheckRun";
      repo: RepoId;
      name: string;
      headSha: string;
      conclusion: "success" | "neutral" | "failure";
      output: CheckRunOutput;
    };

/** What the gateway created for an `IssueCreation`, by its key. */
export interface Created extends IssueNode {
  repo: RepoId;
  /** Owners who were to be assigned but cannot be in this repository. */
  refused: string[];
}

export type CreatedIssues = ReadonlyMap<string, Created>;

/** One line per operation, for logs and dry runs. */
export function describeOperation(op: Operation): string {
  const where = repoName(op.repo);
  switch (op.op) {
    case "ensureLabel":
      return `ensure label "${op.name}" in ${where}`;
    case "renameLabel":
      return `rename label "${op.from}" to "${op.to}" in ${where}`;
    case "describeLabel":
      return `set the description of label "${op.name}" in ${where} to "${op.description}"`;
    case "createIssue":
      return `create issue in ${where}: "${op.title}"${op.labels.length ? ` [${op.labels.join(", ")}]` : ""}${op.assignees.length ? ` assigned to ${op.assignees.join(", ")}` : ""}${op.close ? " (closed)" : ""}`;
    case "updateIssue":
      return `update #${op.issue.existing} in ${where}: ${updatedFields(op).join(", ")}`;
    case "comment":
      return `comment on #${op.issue.existing} in ${where}`;
    case "addLabels":
      return `label #${op.issue.existing} in ${where} with ${op.labels.join(", ")}`;
    case "removeLabel":
      return `remove label "${op.label}" from #${op.issue.existing} in ${where}`;
    case "addSubIssues":
      return `add ${op.children.length} sub-issue(s) to #${op.parent.number} in ${where}`;
    case "pinIssue":
      return `pin #${op.node.number} in ${where}`;
    case "moveBranch":
      return `point branch ${op.branch} in ${where} at ${op.sha.slice(0, 7)}`;
    case "writeFile":
      return `commit ${op.path} on ${op.branch} in ${where}: ${op.message}`;
    case "openPullRequest":
      return `open a ${op.draft ? "draft " : ""}pull request from ${op.head} into ${op.base} in ${where}: "${op.title}"`;
    case "createBranch":
      return `create branch ${op.branch} in ${where} at ${op.sha.slice(0, 7)}, unless it exists`;
    case "addFile":
      return `add ${op.path} on ${op.branch} in ${where}, unless it is there: ${op.message}`;
    case "notify":
      return `post a chat digest for ${where} to ${new URL(op.url).host}`;
    case "publishCheckRun":
      return `publish check run "${op.name}" on ${op.headSha}: ${op.conclusion}, ${op.output.title}`;
  }
}

function updatedFields(op: IssueUpdate): string[] {
  return [
    op.title !== undefined ? "title" : "",
    op.body !== undefined ? "body" : "",
    op.labels ? "labels" : "",
    op.assignees ? "assignees" : "",
    op.state ? `state ${op.state}${op.stateReason ? ` (${op.stateReason})` : ""}` : "",
  ].filter(Boolean);
}

/** An update that changes something (more than its address). */
export const changesSomething = (op: IssueUpdate) => updatedFields(op).length > 0;
