/** What the planners see of GitHub, and what they ask the gateway to do: plain data. */

export interface RepoId {
  owner: string;
  repo: string;
}

export const repoName = (r: RepoId) => `${r.owner}/${r.repo}`;

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
}

/**
 * Issues created earlier in the same plan are named by an id: `{{#ID}}` in a text becomes `#123`, and
 * `"{{n:ID}}"` (with its quotes, inside JSON) becomes `123`, once the gateway has created them.
 */
export type Target = { existing: number } | { planned: string };

export type Operation =
  | { op: "ensureLabel"; repo: RepoId; name: string; color: string; description: string }
  | { op: "renameLabel"; repo: RepoId; from: string; to: string }
  | {
      op: "createIssue";
      id: string;
      repo: RepoId;
      title: string;
      body: string;
      labels: string[];
      assignees: string[];
      /** Create it closed, e.g. an item already done when the report was merged. */
      close?: "completed";
    }
  | {
      op: "updateIssue";
      repo: RepoId;
      issue: Target;
      title?: string;
      body?: string;
      labels?: string[];
      state?: "open" | "closed";
      stateReason?: "completed" | "not_planned" | "reopened";
      assignees?: string[];
    }
  | {
      op: "comment";
      repo: RepoId;
      issue: Target;
      body: string;
      /** When set, a failure is logged with this text and the plan goes on (another repository). */
      bestEffort?: string;
    }
  | { op: "addLabels"; repo: RepoId; issue: Target; labels: string[] }
  | { op: "removeLabel"; repo: RepoId; issue: Target; label: string }
  | { op: "addSubIssues"; repo: RepoId; parent: Target; children: Target[] };

export const placeholder = (id: string) => `{{#${id}}}`;
export const numberPlaceholder = (id: string) => `"{{n:${id}}}"`;

/** One line per operation, for logs and dry runs. */
export function describeOperation(op: Operation): string {
  const target = (t: Target) => ("existing" in t ? `#${t.existing}` : `new issue "${t.planned}"`);
  const where = (r: RepoId) => `${r.owner}/${r.repo}`;
  switch (op.op) {
    case "ensureLabel":
      return `ensure label "${op.name}" in ${where(op.repo)}`;
    case "renameLabel":
      return `rename label "${op.from}" to "${op.to}" in ${where(op.repo)}`;
    case "createIssue":
      return `create issue in ${where(op.repo)}: "${op.title}"${op.labels.length ? ` [${op.labels.join(", ")}]` : ""}${op.assignees.length ? ` assigned to ${op.assignees.join(", ")}` : ""}${op.close ? " (closed)" : ""}`;
    case "updateIssue": {
      const what = [
        op.title !== undefined ? "title" : "",
        op.body !== undefined ? "body" : "",
        op.labels ? "labels" : "",
        op.assignees ? "assignees" : "",
        op.state ? `state ${op.state}${op.stateReason ? ` (${op.stateReason})` : ""}` : "",
      ].filter(Boolean);
      return `update ${target(op.issue)} in ${where(op.repo)}: ${what.join(", ")}`;
    }
    case "comment":
      return `comment on ${target(op.issue)} in ${where(op.repo)}`;
    case "addLabels":
      return `label ${target(op.issue)} in ${where(op.repo)} with ${op.labels.join(", ")}`;
    case "removeLabel":
      return `remove label "${op.label}" from ${target(op.issue)} in ${where(op.repo)}`;
    case "addSubIssues":
      return `add ${op.children.length} sub-issue(s) to ${target(op.parent)} in ${where(op.repo)}`;
  }
}
