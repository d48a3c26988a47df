import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);

// src/tracking/model.ts
var repoName = (r) => `${r.owner}/${r.repo}`;
function parseRepoName(name) {
  const [owner = "", repo = ""] = name.split("/");
  return { owner, repo };
}
var sameRepo = (a, b) => a.owner.toLowerCase() === b.owner.toLowerCase() && a.repo.toLowerCase() === b.repo.toLowerCase();
var issueKey = (repo, number) => `${repoName(repo)}#${number}`.toLowerCase();
function stateOf(issue) {
  if (issue.state === "open") return "open";
  return issue.stateReason === "not_planned" ? "not_planned" : "completed";
}
function describeOperation(op) {
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
      return `open a pull request from ${op.head} into ${op.base} in ${where}: "${op.title}"`;
    case "notify":
      return `post a chat digest for ${where} to ${new URL(op.url).host}`;
    case "publishCheckRun":
      return `publish check run "${op.name}" on ${op.headSha}: ${op.conclusion}, ${op.output.title}`;
  }
}
function updatedFields(op) {
  return [
    op.title !== void 0 ? "title" : "",
    op.body !== void 0 ? "body" : "",
    op.labels ? "labels" : "",
    op.assignees ? "assignees" : "",
    op.state ? `state ${op.state}${op.stateReason ? ` (${op.stateReason})` : ""}` : ""
  ].filter(Boolean);
}
var changesSomething = (op) => updatedFields(op).length > 0;

export {
  repoName,
  parseRepoName,
  sameRepo,
  issueKey,
  stateOf,
  describeOperation,
  changesSomething
};
