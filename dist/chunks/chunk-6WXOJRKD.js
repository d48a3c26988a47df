// src/github/octokit.ts
function httpStatus(error) {
  const status = error?.status;
  return typeof status === "number" ? status : null;
}
function errorText(error) {
  const e = error;
  const detail = e.response?.data?.errors ? ` ${JSON.stringify(e.response.data.errors)}` : "";
  const permission = missingPermission(error);
  const needs = permission ? ` (the token needs ${permission})` : "";
  return `${e.response?.data?.message ?? e.message ?? String(error)}${detail}${needs}`;
}
var permissionByRoute = [
  [/\/check-runs/, "checks: write"],
  [/\/pulls\b/, "pull-requests: write"],
  [/\/(contents|git)\//, "contents: write"],
  [/\/(issues|labels)\b|\/graphql$/, "issues: write"]
];
function missingPermission(error) {
  if (httpStatus(error) !== 403) return null;
  const e = error;
  const accepted = e.response?.headers?.["x-accepted-github-permissions"];
  if (accepted)
    return accepted.split(";").map((set) => set.trim().replaceAll("=", ": ").replaceAll("_", "-")).filter(Boolean).join(" or ");
  if (!/not accessible|permission/i.test(e.response?.data?.message ?? "")) return null;
  const url = e.request?.url ?? "";
  const write = e.request?.method !== "GET";
  const found = permissionByRoute.find(([route]) => route.test(new URL(url, "http://x").pathname));
  return found ? write ? found[1] : found[1].replace("write", "read") : null;
}

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

// src/github/timeline.ts
function reference(e) {
  const i = e.source?.issue;
  if (!i?.number || !i.html_url) return null;
  return {
    repo: i.repository?.full_name ?? "",
    number: i.number,
    title: i.title ?? "",
    url: i.html_url,
    pull: Boolean(i.pull_request)
  };
}
function timelineEvent(e) {
  const at2 = e.created_at ?? "";
  const actor = e.actor?.login ?? e.user?.login ?? "";
  switch (e.event) {
    case "commented":
      return { at: at2, actor, kind: "commented", id: e.id ?? 0, body: e.body ?? "" };
    case "labeled":
    case "unlabeled":
      return e.label?.name ? { at: at2, actor, kind: e.event, label: e.label.name } : null;
    case "assigned":
    case "unassigned":
      return e.assignee?.login ? { at: at2, actor, kind: e.event, assignee: e.assignee.login } : null;
    case "cross-referenced": {
      const source = reference(e);
      return source ? { at: at2, actor, kind: "cross-referenced", source } : null;
    }
    case "closed":
      return { at: at2, actor, kind: "closed", reason: e.state_reason ?? null };
    case "reopened":
      return { at: at2, actor, kind: "reopened" };
    case "renamed":
      return { at: at2, actor, kind: "renamed", from: e.rename?.from ?? "", to: e.rename?.to ?? "" };
    case "referenced":
      return e.commit_id ? { at: at2, actor, kind: "referenced", commit: e.commit_id } : null;
    default:
      return null;
  }
}
function incidentOf(repo, i) {
  return {
    repo,
    number: i.number,
    title: i.title,
    url: i.html_url,
    author: i.user?.login ?? "",
    createdAt: i.created_at,
    closedAt: i.closed_at ?? null,
    state: i.state === "closed" ? "closed" : "open",
    labels: i.labels.map((l) => typeof l === "string" ? l : l.name ?? "").filter(Boolean),
    assignees: (i.assignees ?? []).flatMap((a) => a.login ? [a.login] : [])
  };
}

// src/github/client.ts
var BudgetExhausted = class extends Error {
  constructor(budget) {
    super(`request budget of ${budget} reached`);
    this.name = "BudgetExhausted";
  }
};
function repoOfUrl(url) {
  const m = /\/repos\/([^/]+)\/([^/]+)$/.exec(new URL(url).pathname);
  return m?.[1] && m[2] ? { owner: decodeURIComponent(m[1]), repo: decodeURIComponent(m[2]) } : null;
}
var PAGE = 100;
var at = (r) => ({ owner: r.owner, repo: r.repo });
var MAX_PULL_FILES = 3e3;
function toExisting(repo, issue) {
  return {
    repo,
    number: issue.number,
    nodeId: issue.node_id,
    title: issue.title,
    body: issue.body ?? "",
    state: issue.state === "open" ? "open" : "closed",
    stateReason: issue.state_reason ?? null,
    labels: issue.labels.map((l) => typeof l === "string" ? l : l.name ?? "").filter(Boolean),
    assignees: (issue.assignees ?? []).map((a) => a.login),
    author: issue.user?.login ?? "",
    closedAt: issue.closed_at ?? null,
    closedBy: issue.closed_by?.login ?? null,
    ..."parent_issue_url" in issue ? { parent: parentKey(issue.parent_issue_url) } : {}
  };
}
function parentKey(url) {
  const m = /\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/.exec(url ?? "");
  return m ? issueKey({ owner: m[1] ?? "", repo: m[2] ?? "" }, Number(m[3])) : null;
}
var REQUEST_TIMEOUT_MS = 3e4;
var Requests = class {
  count = 0;
  budget;
  constructor(octokit, budget, timeoutMs) {
    this.budget = budget;
    octokit.hook.before("request", (options) => {
      if (this.count >= this.budget) throw new BudgetExhausted(this.budget);
      this.count += 1;
      const o = options;
      o.request = { ...o.request, signal: o.request?.signal ?? AbortSignal.timeout(timeoutMs) };
    });
  }
};
var GitHubClient = class {
  octokit;
  counter;
  constructor(options) {
    this.octokit = options.octokit;
    const timeout = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
    this.counter = new Requests(options.octokit, options.budget ?? Number.POSITIVE_INFINITY, timeout);
  }
  /** Requests made so far, reads and writes. */
  get requests() {
    return this.counter.count;
  }
  /** Requests left before the budget is reached. */
  remaining() {
    return this.counter.budget - this.counter.count;
  }
  /** The writing half, on the same Octokit and budget: for the gateway only. */
  writer() {
    return new GitHubWriter(this.octokit);
  }
  async rest(route, params = {}) {
    return (await this.octokit.request(route, params)).data;
  }
  /** Every page of a list, 100 a page, until a short page or `max` entries. */
  async pages(route, params, max = Infinity) {
    const out = [];
    for (let page = 1; ; page += 1) {
      const data = await this.rest(route, { ...params, per_page: PAGE, page });
      out.push(...data);
      if (data.length < PAGE || out.length >= max) return out;
    }
  }
  /** The App's own account (`slug[bot]`), with the App's credentials. */
  async appLogin() {
    const app = await this.rest("GET /app");
    return `${app.slug}[bot]`;
  }
  async issue(repo, number) {
    const issue = await this.rest("GET /repos/{owner}/{repo}/issues/{issue_number}", {
      ...at(repo),
      issue_number: number
    });
    return toExisting(repo, issue);
  }
  /** All issues (not pull requests) with a label, open and closed. */
  async issuesWithLabel(repo, label2) {
    const all = await this.pages("GET /repos/{owner}/{repo}/issues", {
      ...at(repo),
      labels: label2,
      state: "all"
    });
    return all.filter((i) => !i.pull_request).map((i) => toExisting(repo, i));
  }
  /**
   * One page (100) of an issue search, oldest first. GitHub answers at most 1,000 results per query
   * and its index lags a little behind: for the sweep only, never for the sync.
   */
  async searchIssues(query, page) {
    const data = await this.rest("GET /search/issues", {
      q: query,
      sort: "created",
      order: "asc",
      per_page: PAGE,
      page
    });
    const items = data.items.flatMap((item) => {
      const repo = repoOfUrl(item.repository_url);
      return repo && !item.pull_request ? [{ issue: toExisting(repo, item), created: item.created_at, htmlUrl: item.html_url }] : [];
    });
    return { total: data.total_count, items };
  }
  /** The App's installations (with the App's own credentials), all pages. */
  async installations() {
    const all = await this.pages(
      "GET /app/installations",
      {}
    );
    return all.map((i) => ({ id: i.id, account: i.account?.login ?? "" }));
  }
  /** The newest issues with all these labels (to find one whose creation was answered with an error). */
  async newestIssues(repo, labels) {
    const data = await this.rest("GET /repos/{owner}/{repo}/issues", {
      ...at(repo),
      ...labels.length > 0 ? { labels: labels.join(",") } : {},
      state: "all",
      sort: "created",
      direction: "desc",
      per_page: 30
    });
    return data.map((i) => toExisting(repo, i));
  }
  /** A file's text at a commit, or null when it is not there. */
  async fileText(repo, path, ref) {
    return (await this.file(repo, path, ref))?.text ?? null;
  }
  /** A file's text and blob sha at a commit, or null when it is not there. Files over 1 MB come through the blob API. */
  async file(repo, path, ref) {
    let data;
    try {
      data = await this.rest("GET /repos/{owner}/{repo}/contents/{path}", {
        ...at(repo),
        path,
        ...ref ? { ref } : {}
      });
    } catch (error) {
      if (httpStatus(error) === 404) return null;
      throw error;
    }
    if (data.type !== "file") return null;
    const sha = data.sha ?? "";
    if (data.encoding === "base64" && data.content)
      return { text: Buffer.from(data.content, "base64").toString("utf8"), sha };
    const blob = await this.rest(
      "GET /repos/{owner}/{repo}/git/blobs/{file_sha}",
      { ...at(repo), file_sha: sha }
    );
    const text = Buffer.from(blob.content, blob.encoding === "base64" ? "base64" : "utf8").toString("utf8");
    return { text, sha };
  }
  /** The open pull requests from a branch of this repository. */
  async openPullsFrom(repo, branch) {
    return this.rest("GET /repos/{owner}/{repo}/pulls", {
      ...at(repo),
      head: `${repo.owner}:${branch}`,
      state: "open"
    });
  }
  async pullRequestFiles(repo, pullNumber) {
    const route = "GET /repos/{owner}/{repo}/pulls/{pull_number}/files";
    return this.pages(route, { ...at(repo), pull_number: pullNumber }, MAX_PULL_FILES);
  }
  /** The pull requests a commit belongs to. */
  async pullsOfCommit(repo, sha) {
    return this.rest(
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
      { ...at(repo), commit_sha: sha }
    );
  }
  /** How `head` relates to `base` ("ahead", "behind", "identical", "diverged"); "unknown" when gone. */
  async compare(repo, base, head) {
    try {
      const data = await this.rest("GET /repos/{owner}/{repo}/compare/{basehead}", {
        ...at(repo),
        basehead: `${base}...${head}`
      });
      return data.status;
    } catch (error) {
      if (httpStatus(error) === 404) return "unknown";
      throw error;
    }
  }
  /** An issue's or pull request's comments, all pages. */
  async comments(repo, issue) {
    const data = await this.pages("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", { ...at(repo), issue_number: issue });
    return data.map((c) => ({
      id: c.id,
      body: c.body ?? "",
      author: c.user?.login ?? "",
      createdAt: c.created_at ?? ""
    }));
  }
  /** An incident's issue, with when it was opened and its address, for its postmortem's draft. */
  async incident(repo, number) {
    const issue = await this.rest("GET /repos/{owner}/{repo}/issues/{issue_number}", {
      ...at(repo),
      issue_number: number
    });
    return incidentOf(repo, issue);
  }
  /** An issue's timeline (comments included), all pages, the kinds a postmortem tells. */
  async timeline(repo, number) {
    const route = "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline";
    const all = await this.pages(route, { ...at(repo), issue_number: number });
    return all.flatMap((e) => timelineEvent(e) ?? []);
  }
  /**
   * Someone's role in the repository: admin, maintain, write, triage, read, or none. A custom role
   * is named by the base permission it grants (GitHub's `permission`: admin, write, read).
   */
  async permission(repo, login2) {
    try {
      const data = await this.rest(
        "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
        { ...at(repo), username: login2 }
      );
      const base = ["admin", "maintain", "write", "triage", "read"];
      return base.includes(data.role_name ?? "") ? data.role_name : data.permission;
    } catch (error) {
      if (httpStatus(error) === 404) return "none";
      throw error;
    }
  }
  /** The pull requests from a branch of this repository, open or not, newest first. */
  async pullsFrom(repo, branch) {
    const data = await this.rest("GET /repos/{owner}/{repo}/pulls", { ...at(repo), head: `${repo.owner}:${branch}`, state: "all" });
    return data.map((p) => ({
      number: p.number,
      url: p.html_url,
      state: p.state,
      merged: Boolean(p.merged_at)
    }));
  }
  /** The commit a branch points at. */
  async branchSha(repo, branch) {
    const data = await this.rest("GET /repos/{owner}/{repo}/git/ref/{ref}", {
      ...at(repo),
      ref: `heads/${branch}`
    });
    return data.object.sha;
  }
  /** The check runs of this name on a commit. */
  async checkRuns(repo, ref, name) {
    const data = await this.rest(
      "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
      { ...at(repo), ref, check_name: name }
    );
    return data.check_runs;
  }
  /** A label's description ("" when it has none), or null when there is no such label. */
  async labelDescription(repo, name) {
    try {
      const label2 = await this.rest(
        "GET /repos/{owner}/{repo}/labels/{name}",
        {
          ...at(repo),
          name
        }
      );
      return label2.description ?? "";
    } catch (error) {
      if (httpStatus(error) === 404) return null;
      throw error;
    }
  }
  async canBeAssigned(repo, login2) {
    try {
      await this.rest("GET /repos/{owner}/{repo}/assignees/{assignee}", { ...at(repo), assignee: login2 });
      return true;
    } catch (error) {
      if (httpStatus(error) === 404) return false;
      throw error;
    }
  }
  /**
   * The state of many issues in one GraphQL request per 100 (any repositories), by `issueKey`. A
   * deleted or inaccessible issue comes back as null.
   */
  async issueSnapshots(refs) {
    const out = /* @__PURE__ */ new Map();
    for (let start = 0; start < refs.length; start += PAGE) {
      const groups2 = byRepository(refs.slice(start, start + PAGE));
      const data = await this.partialGraphql(
        snapshotQuery(groups2)
      );
      groups2.forEach((g, r) => {
        for (const n of g.numbers) out.set(issueKey(g.repo, n), snapshotOf(data[`r${r}`]?.[`i${n}`] ?? null));
      });
    }
    return out;
  }
  /** GraphQL data even when some fields failed: missing issues come back as errors beside the rest. */
  async partialGraphql(query) {
    try {
      return await this.octokit.graphql(query);
    } catch (error) {
      const partial = error.data;
      if (!partial) throw error;
      return partial;
    }
  }
};
function byRepository(refs) {
  const byRepo = /* @__PURE__ */ new Map();
  for (const ref of refs) {
    const key = repoName(ref.repo).toLowerCase();
    const entry = byRepo.get(key) ?? { repo: ref.repo, numbers: [] };
    if (!entry.numbers.includes(ref.number)) entry.numbers.push(ref.number);
    byRepo.set(key, entry);
  }
  return [...byRepo.values()];
}
function snapshotQuery(groups2) {
  const fields = "number state stateReason closedAt labels(first: 50) { nodes { name } } assignees(first: 10) { nodes { login } }";
  const repos = groups2.map(
    (g, r) => `r${r}: repository(owner: ${JSON.stringify(g.repo.owner)}, name: ${JSON.stringify(g.repo.repo)}) { ${g.numbers.map((n) => `i${n}: issue(number: ${n}) { ${fields} }`).join(" ")} }`
  );
  return `query { ${repos.join(" ")} }`;
}
function snapshotOf(issue) {
  if (!issue) return null;
  const state = issue.state === "OPEN" ? "open" : issue.stateReason === "NOT_PLANNED" ? "not_planned" : "completed";
  return {
    state,
    closedAt: issue.closedAt,
    labels: issue.labels.nodes.map((l) => l.name),
    assignees: (issue.assignees?.nodes ?? []).map((a) => a.login)
  };
}
var GitHubWriter = class {
  octokit;
  constructor(octokit) {
    this.octokit = octokit;
  }
  async rest(route, params) {
    return (await this.octokit.request(route, params)).data;
  }
  async createLabel(repo, label2) {
    await this.rest("POST /repos/{owner}/{repo}/labels", { ...at(repo), ...label2 });
  }
  async updateLabel(repo, name, change) {
    await this.rest("PATCH /repos/{owner}/{repo}/labels/{name}", { ...at(repo), name, ...change });
  }
  async createIssue(repo, issue) {
    return this.rest("POST /repos/{owner}/{repo}/issues", {
      ...at(repo),
      ...issue,
      request: { retries: 0 }
    });
  }
  async updateIssue(repo, number, change) {
    await this.rest("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      ...at(repo),
      issue_number: number,
      ...change
    });
  }
  /** Sent once: after an error the gateway looks for the comment before sending it again. */
  async comment(repo, number, body) {
    await this.rest("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...at(repo),
      issue_number: number,
      body,
      request: { retries: 0 }
    });
  }
  async addLabels(repo, number, labels) {
    await this.rest("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
      ...at(repo),
      issue_number: number,
      labels
    });
  }
  async removeLabel(repo, number, name) {
    await this.rest("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", {
      ...at(repo),
      issue_number: number,
      name
    });
  }
  /** All sub-issues in one GraphQL mutation. */
  async addSubIssues(parent, children) {
    const mutations = children.map(
      (_, i) => `s${i}: addSubIssue(input: { issueId: $parent, subIssueId: $c${i} }) { subIssue { number } }`
    ).join(" ");
    const vars = children.map((_, i) => `$c${i}: ID!`).join(", ");
    const variables = { parent: parent.nodeId };
    children.forEach((child, i) => {
      variables[`c${i}`] = child.nodeId;
    });
    await this.octokit.graphql(`mutation($parent: ID!, ${vars}) { ${mutations} }`, {
      ...variables,
      headers: { "GraphQL-Features": "sub_issues" }
    });
  }
  /** Pins an issue to the top of the repository's issue list. */
  async pinIssue(issue) {
    await this.octokit.graphql(
      "mutation($id: ID!) { pinIssue(input: { issueId: $id }) { issue { number } } }",
      {
        id: issue.nodeId
      }
    );
  }
  /** Creates a branch at a commit; false when it exists already. */
  async createBranch(repo, branch, sha) {
    try {
      await this.rest("POST /repos/{owner}/{repo}/git/refs", {
        ...at(repo),
        ref: `refs/heads/${branch}`,
        sha
      });
      return true;
    } catch (error) {
      if (httpStatus(error) === 422) return false;
      throw error;
    }
  }
  async moveBranch(repo, branch, sha) {
    const ref = `heads/${branch}`;
    await this.rest("PATCH /repos/{owner}/{repo}/git/refs/{ref}", { ...at(repo), ref, sha, force: true });
  }
  async writeFile(repo, file) {
    await this.rest("PUT /repos/{owner}/{repo}/contents/{path}", {
      ...at(repo),
      path: file.path,
      branch: file.branch,
      sha: file.blobSha,
      message: file.message,
      content: Buffer.from(file.text, "utf8").toString("base64")
    });
  }
  async createPullRequest(repo, pull) {
    return this.rest("POST /repos/{owner}/{repo}/pulls", { ...at(repo), ...pull });
  }
  /** Adds a new file on a branch; false when it is there already (GitHub asks for its sha). */
  async addFile(repo, file) {
    try {
      await this.rest("PUT /repos/{owner}/{repo}/contents/{path}", {
        ...at(repo),
        path: file.path,
        branch: file.branch,
        message: file.message,
        content: Buffer.from(file.text, "utf8").toString("base64")
      });
      return true;
    } catch (error) {
      if (httpStatus(error) === 422 || httpStatus(error) === 409) return false;
      throw error;
    }
  }
  async createCheckRun(repo, run) {
    const created = await this.rest("POST /repos/{owner}/{repo}/check-runs", {
      ...at(repo),
      ...run,
      status: "completed",
      request: { retries: 0 }
    });
    return created.id;
  }
  async updateCheckRun(repo, id, output) {
    await this.rest("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
      ...at(repo),
      check_run_id: id,
      output
    });
  }
};
async function postChatMessage(url, text) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text }),
    signal: AbortSignal.timeout(1e4)
  });
  if (!response.ok) throw new Error(`the chat webhook answered ${response.status} ${response.statusText}`);
}

// src/app/bot.ts
function botAccount(app) {
  let login2 = null;
  return () => {
    login2 ??= app.auth().then((octokit) => new GitHubClient({ octokit }).appLogin());
    login2.catch(() => {
      login2 = null;
    });
    return login2;
  };
}

// src/tracking/draft/build.ts
import { DateTime as DateTime3, IANAZone } from "luxon";

// src/tracking/draft/sections.ts
function slug(title, fallback = "postmortem") {
  return title.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60).replace(/-$/, "") || fallback;
}
var IMPACT_LINE = '- **Impact:** Which services were affected, how users were affected, and what share of users (e.g. "about 12% of checkouts failed").';
var ROOT_CAUSE_LINE = "- **Root cause:** One sentence on what caused it.";
var WRITTEN_BY_PEOPLE = `## Root Cause and Resolution

What caused the incident, in enough detail for someone who was not there, and how it was fixed: the
immediate action and the longer-term one. Describe what the system and the process allowed, not who
made a mistake.

## Corrective and Preventative Measures

### Improvements

<!-- The areas of the system to enhance or fix, one list entry each. -->

### Tasks

<!-- One task per line, with an outcome you can check, for example:
- [ ] Alert when pool wait time exceeds 50 ms for 5 minutes @login due: 2026-12-15 P2 type: detect
-->

## Lessons Learned

### What Went Well

- 

### What Could Be Improved

- 

### Next Steps

- 
`;

// src/tracking/reminders/deadline.ts
import { DateTime } from "luxon";

// src/tracking/reminders/settings.ts
import { Duration } from "luxon";
function deadlinePolicy(config) {
  const d = config.deadlines;
  const severity = {};
  for (const [name, days] of Object.entries(d.severity)) severity[Number(name.slice(4))] = days;
  return { severity, priority: d.priority, fallback: d.default };
}
function sweepSettings(config) {
  const r = config.reminders;
  return {
    interval: r.interval,
    timezone: r.timezone,
    mention: r["mention-owners"] ? r.mention : "none",
    deadlines: deadlinePolicy(config),
    overdueLabel: r["overdue-label"],
    remindBefore: r["remind-before"] === "off" ? null : r["remind-before"],
    escalateAfter: r["escalate-after"] === "off" ? null : r["escalate-after"],
    escalateTo: r["escalate-to"],
    effectivenessReview: r["effectiveness-review"] === "off" ? null : r["effectiveness-review"],
    notifyUrl: r["notify-url"]
  };
}
function parseDuration(text) {
  const m = /^(\d+)\s*([hdw])$/.exec(text.trim());
  if (!m) throw new Error(`"${text}" is not a duration such as "7d", "2w" or "12h"`);
  const n = Number(m[1]);
  return m[2] === "h" ? Duration.fromObject({ hours: n }) : m[2] === "w" ? Duration.fromObject({ weeks: n }) : Duration.fromObject({ days: n });
}
var SLACK_MS = 3600 * 1e3;
function intervalElapsed(since, nowMs, interval) {
  const ms = parseDuration(interval).toMillis();
  return nowMs - Date.parse(since) >= ms - Math.min(SLACK_MS, ms / 10);
}

// src/tracking/reminders/deadline.ts
var WORDS = {
  critical: 1,
  major: 2,
  high: 2,
  medium: 3,
  moderate: 3,
  low: 4,
  minor: 4
};
function severityLevel(severity) {
  if (severity === null || severity === void 0) return null;
  const text = String(severity).trim().toLowerCase();
  const word = WORDS[text.split(/\s+/)[0] ?? ""];
  if (word) return word;
  const m = /^(?:sev(?:erity)?|s)?\s*[-_ ]?\s*(\d)\b/.exec(text);
  return m ? Number(m[1]) : null;
}
function deadline(entry, facts, policy, zone2) {
  if (entry.due) return { day: entry.due, source: "report", policy: null };
  const start = DateTime.fromISO(entry.added ?? facts.merged, { zone: zone2 });
  const level = severityLevel(facts.severity);
  const candidates = [];
  const bySeverity = level === null ? void 0 : policy.severity[level];
  if (bySeverity) candidates.push({ name: `SEV-${level}`, day: dayAfter(start, bySeverity) });
  const byPriority = entry.priority ? policy.priority[entry.priority] : void 0;
  if (byPriority) candidates.push({ name: entry.priority ?? "", day: dayAfter(start, byPriority) });
  if (candidates.length === 0) candidates.push({ name: "default", day: dayAfter(start, policy.fallback) });
  const tightest = candidates.reduce((a, b) => b.day < a.day ? b : a);
  return { day: tightest.day, source: "policy", policy: tightest.name };
}
var dayAfter = (start, duration2) => start.plus(parseDuration(duration2)).toISODate() ?? "";
function deadlineText(d) {
  return d.source === "report" ? `due ${d.day}` : `due ${d.day}, from the ${d.policy} policy`;
}
var deadlineRules = (config) => ({
  policy: deadlinePolicy(config),
  zone: config.reminders.timezone
});
var deadlineBy = (entry, facts, rules2) => deadline(entry, facts, rules2.policy, rules2.zone);

// src/tracking/draft/severity.ts
var labelKey = (label2) => label2.toLowerCase().replace(/[\s_-]+/g, "");
function severityMapping(mapping) {
  return Object.fromEntries(Object.entries(mapping).map(([label2, sev]) => [labelKey(label2), sev]));
}
function severityOf(labels, mapping) {
  const found = labels.flatMap((l) => {
    const sev = mapping[labelKey(l)];
    return sev === void 0 ? [] : [sev];
  });
  const rank = (s) => severityLevel(s) ?? Number.POSITIVE_INFINITY;
  return found.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

// src/tracking/draft/timeline.ts
import { DateTime as DateTime2 } from "luxon";
var EXCERPT = 100;
function excerpt(body) {
  const prose = body.replace(/<!--[\s\S]*?-->/g, "").replace(/```[\s\S]*?(?:```|$)/g, "").split("\n").map(
    (line) => line.replace(/^\s*(?:>\s*)+|^\s*#+\s+|^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, "").replace(/\s+/g, " ").trim()
  ).find((line) => line !== "");
  if (!prose) return "(no text)";
  const text = prose.replace(/</g, "&lt;").replace(/"/g, "'");
  if (text.length <= EXCERPT) return text;
  const cut = text.slice(0, EXCERPT);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 60 ? cut.lastIndexOf(" ") : EXCERPT).trimEnd()}\u2026`;
}
var refText = (r, home) => `${r.repo.toLowerCase() === home.toLowerCase() ? "" : r.repo}#${r.number} "${excerpt(r.title)}"`;
function what(event, home) {
  switch (event.kind) {
    case "commented":
      return `commented: "${excerpt(event.body)}"`;
    case "labeled":
      return `added the label \`${event.label}\``;
    case "unlabeled":
      return `removed the label \`${event.label}\``;
    case "assigned":
      return event.assignee === event.actor ? "assigned themselves" : `assigned @${event.assignee}`;
    case "unassigned":
      return `unassigned @${event.assignee}`;
    case "cross-referenced":
      return `linked ${event.source.pull ? "pull request" : "issue"} ${refText(event.source, home)}`;
    case "closed":
      return event.reason === "not_planned" ? "closed the issue as not planned" : "closed the issue";
    case "reopened":
      return "reopened the issue";
    case "renamed":
      return `renamed the issue to "${excerpt(event.to)}"`;
    case "referenced":
      return `referenced the issue in commit ${event.commit.slice(0, 7)}`;
  }
}
function timelineLines(opened, events, where) {
  const entries = [
    { at: DateTime2.fromISO(opened.at, { zone: where.zone }), text: `@${opened.author} opened the issue` },
    ...events.map((e) => ({
      at: DateTime2.fromISO(e.at, { zone: where.zone }),
      text: `@${e.actor || "ghost"} ${what(e, where.home)}`
    }))
  ].filter((e) => e.at.isValid);
  entries.sort((a, b) => a.at.toMillis() - b.at.toMillis());
  let day = "";
  return entries.map((e) => {
    const today = e.at.toISODate() ?? "";
    const stamp = today === day ? e.at.toFormat("HH:mm") : `${today} ${e.at.toFormat("HH:mm")}`;
    day = today;
    return `- **${stamp}** ${e.text}`;
  });
}

// src/tracking/draft/trigger.ts
var isCommand = (body, command) => (body.trim().split(/\s/)[0] ?? "").toLowerCase() === command.toLowerCase();
var isBot = (user, bot) => !user?.login || user.type === "Bot" || user.login.toLowerCase() === bot.toLowerCase();
function draftRequest(event, raw, config, bot) {
  const p = raw;
  const number = p.issue?.number;
  if (typeof number !== "number" || p.issue?.pull_request) return null;
  if (event === "issue_comment" && p.action === "created") {
    const c = p.comment;
    if (!c || isBot(c.user, bot)) return null;
    if (!isCommand(c.body ?? "", config.draft.command)) return null;
    return { issue: number, sender: c.user?.login ?? "", key: `comment-${c.id}` };
  }
  if (event === "issues" && p.action === "labeled") {
    if (p.label?.name?.toLowerCase() !== config.draft.label.toLowerCase() || isBot(p.sender, bot))
      return null;
    return { issue: number, sender: p.sender?.login ?? "", key: "label" };
  }
  return null;
}

// src/tracking/draft/build.ts
function buildDraft(issue, events, settings) {
  const zone2 = IANAZone.isValidZone(settings.zone) ? settings.zone : "UTC";
  const opened = DateTime3.fromISO(issue.createdAt, { zone: zone2 }).startOf("second");
  const path = `${settings.directory}/${opened.toISODate()}-${slug(issue.title, `incident-${issue.number}`)}.md`;
  const shown = events.filter((e) => !leftOut(e, settings));
  const pulls = linkedPulls(shown);
  const text = [
    frontMatter(issue, opened, zone2, settings),
    `# ${issue.title}
`,
    links(issue, pulls),
    summary(issue, opened, zone2),
    timeline(issue, shown, zone2),
    WRITTEN_BY_PEOPLE
  ].join("\n");
  return { path, text, title: issue.title, pulls };
}
function leftOut(event, settings) {
  const ours = settings.botLogin !== "" && event.actor.toLowerCase() === settings.botLogin.toLowerCase();
  if (ours) return true;
  if (event.kind !== "commented") return false;
  if (event.body.includes('"kind":"draft-reply"')) return true;
  return isCommand(event.body, settings.command);
}
function timeline(issue, events, zone2) {
  const opened = { at: issue.createdAt, author: issue.author };
  const lines2 = timelineLines(opened, events, { zone: zone2, home: repoName(issue.repo) });
  return `## Timeline

All times ${zone2}, from the issue's events.

<!-- Add what happened outside the issue: how it was detected, what was checked and tried, who was brought in, and what resolved it. -->

${lines2.join("\n")}
`;
}
function linkedPulls(events) {
  const seen = /* @__PURE__ */ new Map();
  for (const e of events)
    if (e.kind === "cross-referenced" && e.source.pull)
      seen.set(`${e.source.repo}#${e.source.number}`.toLowerCase(), e.source);
  return [...seen.values()];
}
function frontMatter(issue, opened, zone2, settings) {
  const severity = severityOf(issue.labels, settings.severityLabels);
  const owners = issue.assignees.map((a) => JSON.stringify(`@${a}`));
  return `---
title: ${JSON.stringify(issue.title)}
date: ${opened.toISO({ suppressMilliseconds: true })} # when the issue was opened: set it to the incident's start time, with its offset
timezone: ${zone2}
severity: ${severity ?? "SEV-3"}${severity ? "" : " # no severity label on the issue: set it"}
status: draft
owners: [${owners.join(", ")}]${owners.length ? "" : " # nobody was assigned to the issue: add the report's owners"}
incident: ${JSON.stringify(issue.url)}
---
`;
}
function links(issue, pulls) {
  const lines2 = [`- Incident: [${repoName(issue.repo)}#${issue.number}](${issue.url})`];
  for (const p of pulls)
    lines2.push(`- Pull request: [${p.repo}#${p.number}](${p.url}) ${JSON.stringify(p.title)}`);
  return `${lines2.join("\n")}
`;
}
function summary(issue, opened, zone2) {
  const start = `${opened.toISODate()} ${opened.toFormat("HH:mm")}`;
  const closed = issue.closedAt ? DateTime3.fromISO(issue.closedAt, { zone: zone2 }) : null;
  let duration2 = `- **Duration:** ${start} to HH:MM ${zone2} (how long). The issue was opened at ${opened.toFormat("HH:mm")}: set the incident's start and end.`;
  if (issue.state === "closed" && closed?.isValid) {
    const sameDay = closed.toISODate() === opened.toISODate();
    const end = sameDay ? closed.toFormat("HH:mm") : `${closed.toISODate()} ${closed.toFormat("HH:mm")}`;
    duration2 = `- **Duration:** ${start} to ${end} ${zone2} (${length(opened, closed)}), from the issue's opening to its closing: correct them to the incident's start and end.`;
  }
  return `## Issue Summary

${duration2}
${IMPACT_LINE}
${ROOT_CAUSE_LINE}
`;
}
function length(from, to) {
  const minutes2 = Math.max(0, Math.round(to.diff(from, "minutes").minutes));
  if (minutes2 < 60) return `${minutes2} minutes`;
  const hours = Math.floor(minutes2 / 60);
  if (hours < 48) return `${hours} h ${String(minutes2 % 60).padStart(2, "0")} min`;
  return `${Math.floor(hours / 24)} days ${hours % 24} h`;
}

// src/tracking/draft/reply.ts
var marker = (data) => `<!-- postmortem-tracker ${JSON.stringify({ v: 1, ...data })} -->`;
var replyMarker = (key) => marker({ kind: "draft-reply", key });
var draftTitle = (draft) => `Postmortem: ${draft.title}`;
function pullBody(draft, issue, untracked) {
  const pulls = draft.pulls.map((p) => `${p.repo}#${p.number}`);
  const warning = untracked ? `

**Note:** \`${draft.path}\` is not read as a report: ${untracked}. Move it, or widen \`paths\` in .github/postmortem-tracker.yml, or neither the review nor the follow-up will see it.` : "";
  return `Drafts the postmortem of #${issue} in \`${draft.path}\`: its title, date, severity, owners and timeline come from the issue${pulls.length ? ` and ${pulls.join(", ")}` : ""}.

To finish it, fill in the impact, the root cause and its resolution, the corrective tasks (one \`- [ ]\` task each, with an owner and a due date) and the lessons learned, then change \`status: draft\` to \`status: final\`. The review check says what is still missing. Merging it files the action items once it is final; while it says \`status: draft\` nothing is filed.${warning}

${marker({ kind: "draft", issue })}`;
}
function draftReply(pullUrl, fresh, key) {
  const where = pullUrl ?? "a draft pull request (not opened: dry run)";
  const text = fresh ? `The postmortem is drafted in ${where}, with this issue's timeline. Fill in what only people know, then mark it \`status: final\`.` : `The postmortem of this issue is drafted in ${where} already.`;
  return `${text}

${replyMarker(key)}`;
}
function refusalReply(login2, command, key) {
  return `@${login2}, drafting a postmortem (\`${command}\`) takes write access to this repository; ask someone who has it.

${replyMarker(key)}`;
}
function sameAsBase(path, base, key) {
  return `No draft was opened: \`${path}\` is on \`${base}\` already, so a pull request would change nothing. Edit the report there.

${replyMarker(key)}`;
}

// src/tracking/draft/settings.ts
function draftSettings(config, botLogin) {
  return {
    zone: config.draft.timezone ?? config.reminders.timezone,
    directory: config.draft.directory,
    severityLabels: severityMapping(config.draft["severity-labels"]),
    botLogin,
    command: config.draft.command
  };
}
var draftBranch = (issue) => `postmortem-tracker/draft/${issue}`;

// src/tracking/marker.ts
var open = "<!-- postmortem-tracker ";
var close = " -->";
function renderMarker(marker2) {
  return `${open}${JSON.stringify(marker2).replace(/--/g, "-\\u002d")}${close}`;
}
function parseMarker(body) {
  if (!body) return null;
  const start = body.lastIndexOf(open);
  if (start < 0) return null;
  const end = body.indexOf(close, start + open.length);
  if (end < 0) return null;
  try {
    const value = JSON.parse(body.slice(start + open.length, end));
    if (value?.v !== 1 || typeof value.report !== "string") return null;
    if (value.kind === "action" && typeof value.key === "string") return value;
    if (value.kind === "tracker" && Array.isArray(value.items)) return value;
    return null;
  } catch {
    return null;
  }
}

// src/tracking/ours.ts
var writtenByAnApp = (login2, botLogin) => login2.toLowerCase() === botLogin.toLowerCase() || login2.endsWith("[bot]");
function ourMarker(issue, botLogin) {
  return issue.author === botLogin ? parseMarker(issue.body) : null;
}
function ourTracker(issue, botLogin) {
  const marker2 = ourMarker(issue, botLogin);
  return marker2?.kind === "tracker" ? { issue, marker: marker2 } : null;
}
function ourIssues(existing, botLogin, paths) {
  const trackers = [];
  const actions = [];
  for (const issue of [...existing].sort((a, b) => a.number - b.number)) {
    const marker2 = ourMarker(issue, botLogin);
    if (!marker2 || !paths.includes(marker2.report)) continue;
    if (marker2.kind === "tracker") trackers.push({ issue, marker: marker2 });
    else actions.push({ issue, marker: marker2 });
  }
  return { tracker: trackers[0] ?? null, actions };
}
var sameSet = (a, b) => a.length === b.length && a.every((x) => b.includes(x));
function mergeLabels(current2, wanted) {
  const names4 = wanted.map((l) => l.name);
  const ours = /^(?:priority|type): /;
  return [.../* @__PURE__ */ new Set([...current2.filter((l) => !ours.test(l) || names4.includes(l)), ...names4])];
}

// src/tracking/paths.ts
import picomatch from "picomatch";
function isReportPath(path, config) {
  return picomatch.isMatch(path, config.paths, { dot: true }) && !picomatch.isMatch(path, config.exclude, { dot: true });
}
function notReportReason(path, config) {
  if (!/\.(?:md|markdown)$/i.test(path) || isReportPath(path, config)) return null;
  if (!picomatch.isMatch(path, config.paths, { dot: true }))
    return `it matches none of paths (${config.paths.join(", ")})`;
  const excluded = config.exclude.find((glob) => picomatch.isMatch(path, glob, { dot: true }));
  return `it matches exclude (${excluded})`;
}
function targetRepo(source, config) {
  return config.issues.repository ? { owner: source.owner, repo: config.issues.repository } : source;
}

// src/jobs/draft.ts
var WRITERS = /* @__PURE__ */ new Set(["admin", "maintain", "write"]);
async function draftPostmortem(request, place, deps) {
  const { repo } = place;
  const role = await deps.client.permission(repo, request.sender);
  if (!WRITERS.has(role)) {
    deps.log.info(`@${request.sender} (${role}) may not draft a postmortem in ${repoName(repo)}`);
    const body = refusalReply(request.sender, deps.config.draft.command, request.key);
    await reply(request, body, await comments(request, place, deps), deps, repo);
    return { result: "refused", login: request.sender };
  }
  const branch = draftBranch(request.issue);
  const pulls = await deps.client.pullsFrom(repo, branch);
  const existing = pulls.find((p) => p.state === "open" || p.merged) ?? await reopened(pulls[0], repo, deps);
  if (existing) {
    const body = draftReply(existing.url, false, request.key);
    await reply(request, body, await comments(request, place, deps), deps, repo);
    return { result: "linked", pull: existing.number, url: existing.url };
  }
  return openDraft(request, place, branch, deps);
}
async function reopened(pull, repo, deps) {
  if (!pull) return null;
  try {
    await deps.gateway.apply([{ op: "updateIssue", repo, issue: { existing: pull.number }, state: "open" }]);
    return pull;
  } catch (error) {
    if (httpStatus(error) !== 422) throw error;
    deps.log.info(
      `the closed draft #${pull.number} cannot be reopened (${errorText(error)}): opening a new one`
    );
    return null;
  }
}
async function openDraft(request, place, branch, deps) {
  const { repo } = place;
  const issue = await deps.client.incident(repo, request.issue);
  const events = await deps.client.timeline(repo, request.issue);
  const draft = buildDraft(issue, events, draftSettings(deps.config, deps.botLogin));
  const sha = await deps.client.branchSha(repo, place.base);
  const title = draftTitle(draft);
  const ops = [
    { op: "createBranch", repo, branch, sha },
    {
      op: "addFile",
      repo,
      branch,
      path: draft.path,
      text: draft.text,
      message: `Draft the postmortem of #${issue.number}`
    },
    {
      op: "openPullRequest",
      repo,
      head: branch,
      base: place.base,
      title,
      body: pullBody(draft, issue.number, notReportReason(draft.path, deps.config)),
      draft: true,
      key: "draft"
    }
  ];
  let pull;
  try {
    pull = (await deps.gateway.apply(ops)).get("draft");
  } catch (error) {
    if (httpStatus(error) !== 422 || !/no commits between/i.test(errorText(error))) throw error;
    await reply(request, sameAsBase(draft.path, place.base, request.key), said(events), deps, repo);
    return { result: "unchanged", path: draft.path };
  }
  const url = pull ? `${place.serverUrl}/${repoName(repo)}/pull/${pull.number}` : null;
  await reply(request, draftReply(url, true, request.key), said(events), deps, repo);
  return { result: "opened", pull: pull?.number ?? null, url };
}
var said = (events) => events.flatMap((e) => e.kind === "commented" ? [{ author: e.actor, body: e.body }] : []);
var comments = (request, place, deps) => deps.client.comments(place.repo, request.issue);
async function reply(request, body, said3, deps, repo) {
  const marker2 = replyMarker(request.key);
  if (said3.some((c) => writtenByAnApp(c.author, deps.botLogin) && c.body.includes(marker2))) return;
  await deps.gateway.apply([{ op: "comment", repo, issue: { existing: request.issue }, body }]);
}

// src/config/load.ts
import { parse as parseYaml } from "yaml";

// src/config/schema.ts
import { IANAZone as IANAZone2 } from "luxon";
import { z } from "zod";

// src/review/ids.ts
var ruleIds = [
  "sections",
  "summary-duration",
  "summary-impact",
  "summary-root-cause",
  "timeline",
  "root-cause",
  "corrective-tasks",
  "corrective-guess",
  "lessons",
  "item-owner",
  "item-due",
  "item-vague",
  "item-types",
  "item-match",
  "blameless"
];

// src/config/schema.ts
var globs = z.array(z.string().min(1));
var duration = z.string().regex(/^\d+\s*[hdw]$/, 'a duration such as "7d", "2w" or "12h"').describe('A number followed by "h" (hours), "d" (days) or "w" (weeks).');
var configSchema = z.object({
  paths: globs.default(["postmortems/**/*.md", "docs/postmortems/**/*.md"]).describe("Globs of the postmortem reports to track, from the repository root."),
  exclude: globs.default(["**/README.md", "**/*[Tt]emplate*.md", "**/*TEMPLATE*.md"]).describe("Globs of files under `paths` that are not reports (indexes, templates)."),
  sections: z.object({
    corrective: z.array(z.string()).optional().describe("Heading words of the corrective section."),
    summary: z.array(z.string()).optional().describe("Heading words of the issue summary."),
    timeline: z.array(z.string()).optional().describe("Heading words of the timeline."),
    "root-cause": z.array(z.string()).optional().describe("Heading words of the root cause section."),
    lessons: z.array(z.string()).optional().describe("Heading words of the lessons learned."),
    improvements: z.array(z.string()).optional().describe("Heading words of the improvements part."),
    tasks: z.array(z.string()).optional().describe("Heading words of the tasks part.")
  }).strict().prefault({}).describe("Words that name each part of a report, replacing the built-in ones."),
  labels: z.object({
    action: z.string().min(1).max(50).default("postmortem-action").describe("Label of every action-item issue."),
    tracker: z.string().min(1).max(50).default("postmortem-tracker").describe("Label of every tracker issue."),
    report: z.string().max(20).default("pm:").describe(
      "Prefix of the label that ties one report's issues together; the report's path follows, without postmortems/ and .md."
    ),
    priority: z.boolean().default(true).describe(`Add a "priority: P1" label from the item's priority.`),
    type: z.boolean().default(true).describe(`Add a "type: prevent" label from the item's type.`)
  }).strict().prefault({}).describe("The labels the issues get; they are created on first use."),
  issues: z.object({
    repository: z.string().regex(/^[A-Za-z0-9_.-]+$/, "a repository name of the same owner, without the owner").nullable().default(null).describe("File the issues in this repository of the same owner instead of the report's own."),
    "assign-owners": z.boolean().default(true).describe("Assign the item's @owners who can be assigned; mention the others."),
    "checked-items": z.enum(["record", "file"]).default("record").describe(
      '"record": a checked item is shown as done in the tracker, with no issue. "file": it gets a closed issue.'
    ),
    "max-items": z.number().int().min(1).max(200).default(50).describe(
      "Above this many open items in one report nothing is filed, and the pull request is told why."
    )
  }).strict().prefault({}).describe("Where and how the action-item issues are filed."),
  reminders: z.object({
    interval: duration.default("7d").describe("How often a tracker with open items gets a follow-up comment."),
    timezone: z.string().default("UTC").describe("IANA time zone in which due dates and overdue days are counted."),
    "mention-owners": z.boolean().default(true).describe("Mention people in follow-ups at all; false is `mention: none`."),
    mention: z.enum(["overdue", "all", "none"]).default("overdue").describe(
      `Whom the tracker's digest mentions: the owners of overdue items ("overdue"), of every open item ("all"), or nobody ("none").`
    ),
    "remind-before": z.string().regex(/^(?:\d+\s*[hdw]|off)$/, 'a duration such as "2d", or "off"').default("2d").describe(`How long before its due date an item's issue gets a reminder; "off": none before.`),
    "escalate-after": z.union([z.number().int().min(1).max(365), z.literal("off")]).default(14).describe(
      "Days overdue after which the tracker's digest mentions the report's owners (or `escalate-to`), once per item; \"off\": never."
    ),
    "escalate-to": z.string().regex(/^@[\w.-]+(?:\/[\w.-]+)?$/, "a @login or an @org/team").nullable().default(null).describe("Who is mentioned on escalation instead of the report's owners, e.g. @acme/sre-leads."),
    "effectiveness-review": z.union([z.number().int().min(1).max(365), z.literal("off")]).default(30).describe(
      'Days after the tracker closes that the sweep reopens it once for a review of effectiveness; "off": no review.'
    ),
    "notify-url": z.url({ protocol: /^https?$/ }).nullable().default(null).describe(
      "Incoming-webhook URL (Slack or Teams) that gets one digest per sweep with something overdue or due soon. Keep it in a secret: the Action's `notify-url` input."
    ),
    "overdue-label": z.string().min(1).max(50).default("overdue").describe("Label of open items past their due date."),
    "swept-by": z.enum(["app", "action"]).default("app").describe(
      'Who sends the follow-ups where the App is installed: "app" (its own schedule), or "action" (a scheduled workflow; the App leaves this repository to it).'
    )
  }).strict().prefault({}).describe("The scheduled follow-up of open items (the Action's sweep)."),
  deadlines: z.object({
    severity: z.partialRecord(z.enum(["SEV-1", "SEV-2", "SEV-3", "SEV-4", "SEV-5"]), duration).default({ "SEV-1": "15d", "SEV-2": "30d" }).describe(
      "Due date of an item without one, counted from the merge, by the report's front matter `severity` (SEV-1, sev1, critical, high...)."
    ),
    priority: z.partialRecord(z.enum(["P0", "P1", "P2", "P3", "P4"]), duration).default({ P0: "7d", P1: "14d", P2: "30d", P3: "90d" }).describe(
      "Due date of an item without one, counted from the merge, by the item's priority; where both apply, the earlier date wins."
    ),
    default: duration.default("30d").describe(
      "Due date of an item with no due date of its own and no policy for its severity or priority."
    )
  }).strict().prefault({}).describe("Due dates for items the report gives none: an explicit due date in the report always wins."),
  review: z.object({
    rules: z.partialRecord(z.enum(ruleIds), z.enum(["off", "notice", "warning", "error"])).default({}).describe(
      'A level per review rule id ("item-owner": "error"), replacing its default; "off" silences it.'
    ),
    blameless: z.array(z.object({ phrase: z.string().min(2), rewrite: z.string().min(1) }).strict()).optional().describe("Phrases that blame people, each with a blameless rewrite; replaces the built-in list."),
    "fail-on": z.enum(["error", "warning", "never"]).default("error").describe(
      "The review check fails on findings of this level or worse; below it the check is neutral."
    )
  }).strict().prefault({}).describe("The review of postmortems in pull requests."),
  _extends: z.string().optional().describe(
    "App only: start from another repository's file (`other-repo` or `other-repo:path/to/file.yml`), as Probot reads it."
  ),
  "link-back": z.enum(["off", "pull-request"]).default("off").describe(
    `"pull-request": after a merge, open (or update) one pull request that writes each item's issue link into the report. Needs contents and pull requests write.`
  ),
  draft: z.object({
    command: z.string().regex(/^\/[\w-]+$/, 'a slash command such as "/postmortem"').default("/postmortem").describe(
      "A comment starting with this, by someone with write access, drafts the issue's postmortem."
    ),
    label: z.string().min(1).max(50).default("postmortem-needed").describe("Adding this label to an issue drafts its postmortem too."),
    "severity-labels": z.record(z.string().min(1), z.string().min(1)).default({ sev1: "SEV-1", sev2: "SEV-2", sev3: "SEV-3", sev4: "SEV-4", sev5: "SEV-5" }).describe(
      'The draft\'s `severity` from the issue\'s labels, label -> severity (`"severity: high": SEV-2`); compared without case, spaces, "-" or "_", so sev1 also matches "SEV-1". Replaces the built-in mapping.'
    ),
    directory: z.string().regex(
      /^[\w.-]+(?:\/[\w.-]+)*$/,
      "a folder from the repository root, without a leading or trailing /"
    ).default("postmortems").describe("Folder of the drafted report; keep it under `paths` so the review and the sync see it."),
    timezone: z.string().refine((zone2) => IANAZone2.isValidZone(zone2), "an IANA time zone such as Europe/Berlin").nullable().default(null).describe(
      "IANA time zone of the draft's date and timeline; null: `reminders.timezone` (UTC by default)."
    )
  }).strict().prefault({}).describe("Drafting a postmortem pull request from its incident issue (`/postmortem` or the label)."),
  "dry-run": z.boolean().default(false).describe("Log every change that would be made, and make none.")
}).strict();

// src/config/load.ts
var CONFIG_PATH = ".github/postmortem-tracker.yml";
function describe(issue) {
  const key = issue.path.length > 0 ? issue.path.join(".") : "(top level)";
  return `${key}: ${issue.message}`;
}
function validateConfig(raw, file = CONFIG_PATH) {
  const result = configSchema.safeParse(raw ?? {});
  if (result.success) return { ok: true, config: result.data };
  const problems = result.error.issues.map(describe);
  return { ok: false, message: `${file} is not valid: ${problems.join("; ")}` };
}
function parseConfigText(text, file) {
  let raw = {};
  if (text !== null) {
    try {
      raw = parseYaml(text) ?? {};
    } catch (error) {
      return { ok: false, message: `${file} is not valid YAML: ${error.message.split("\n")[0]}` };
    }
  }
  return validateConfig(raw, file);
}
var defaultConfig = configSchema.parse({});
function sectionNames(config) {
  const s = config.sections;
  const names4 = {};
  if (s.corrective) names4.corrective = s.corrective;
  if (s.summary) names4.summary = s.summary;
  if (s.timeline) names4.timeline = s.timeline;
  if (s["root-cause"]) names4.rootCause = s["root-cause"];
  if (s.lessons) names4.lessons = s.lessons;
  if (s.improvements) names4.improvements = s.improvements;
  if (s.tasks) names4.tasks = s.tasks;
  return names4;
}
function reviewOptions(config) {
  return {
    levels: config.review.rules,
    ...config.review.blameless ? { phrases: config.review.blameless } : {}
  };
}

// src/github/gateway.ts
var ANNOTATIONS_PER_REQUEST = 50;
var Gateway = class {
  client;
  writer;
  log;
  dryRun;
  /** The best-effort writes that failed, each with what it was for and GitHub's answer. */
  skipped = [];
  /** Logins this repository refused as assignees: not sent again. */
  unassignable = /* @__PURE__ */ new Set();
  constructor(options) {
    this.client = options.client;
    this.writer = options.client.writer();
    this.log = options.log;
    this.dryRun = options.dryRun ?? false;
  }
  /** Requests that the writes of `operations` cost: none in a dry run. */
  cost(operations) {
    return this.dryRun ? 0 : operations.filter((op) => op.op !== "notify").length;
  }
  /** Applies operations in order; returns the issues it created, by their operation's key. */
  async apply(operations) {
    const created = /* @__PURE__ */ new Map();
    for (const op of operations) {
      const text = describeOperation(op);
      if (this.dryRun) {
        this.log.info(`[dry run] would ${text}`);
        continue;
      }
      this.log.info(text);
      if (op.op === "createIssue") created.set(op.key, await this.createIssue(op));
      else if (op.op === "openPullRequest" && op.key) created.set(op.key, await this.openPullRequest(op));
      else await this.applyOne(op);
    }
    return created;
  }
  async applyOne(op) {
    const w = this.writer;
    switch (op.op) {
      case "ensureLabel":
        return ignoring(
          422,
          () => w.createLabel(op.repo, { name: op.name, color: op.color, description: op.description })
        );
      // 422: it exists already
      case "renameLabel":
        return w.updateLabel(op.repo, op.from, { new_name: op.to });
      case "describeLabel":
        return w.updateLabel(op.repo, op.name, { description: op.description });
      case "updateIssue":
        return w.updateIssue(op.repo, op.issue.existing, this.issueChange(op));
      case "comment":
        return this.comment(op);
      case "addLabels":
        return this.bestEffort(op, () => w.addLabels(op.repo, op.issue.existing, op.labels));
      case "removeLabel":
        return ignoring(404, () => w.removeLabel(op.repo, op.issue.existing, op.label));
      // 404: gone already
      case "addSubIssues":
        return this.addSubIssues(op);
      case "pinIssue": {
        const pin = {
          bestEffort: `pin #${op.node.number}`,
          repo: op.repo,
          issue: { existing: op.node.number }
        };
        return this.bestEffort(pin, () => w.pinIssue(op.node));
      }
      case "moveBranch":
        if (!await w.createBranch(op.repo, op.branch, op.sha))
          await w.moveBranch(op.repo, op.branch, op.sha);
        return;
      case "writeFile":
        return w.writeFile(op.repo, op);
      case "openPullRequest":
        await w.createPullRequest(op.repo, { head: op.head, base: op.base, title: op.title, body: op.body });
        return;
      case "createBranch":
        await w.createBranch(op.repo, op.branch, op.sha);
        return;
      case "addFile":
        if (!await w.addFile(op.repo, op)) this.log.info(`${op.path} is on ${op.branch} already: kept`);
        return;
      case "publishCheckRun":
        return this.publishCheckRun(op);
      case "notify":
        return this.notify(op);
    }
  }
  issueChange(op) {
    const change = {};
    if (op.title !== void 0) change.title = op.title;
    if (op.body !== void 0) change.body = op.body;
    if (op.labels) change.labels = op.labels;
    if (op.state) change.state = op.state;
    if (op.stateReason) change.state_reason = op.stateReason;
    if (op.assignees) change.assignees = op.assignees.filter((a) => !this.unassignable.has(a.toLowerCase()));
    return change;
  }
  /** A chat digest is a courtesy: its failure is logged and the job goes on. */
  async notify(op) {
    try {
      await postChatMessage(op.url, op.text);
    } catch (error) {
      this.log.warn(`could not post the chat digest: ${errorText(error)}`);
    }
  }
  /** A comment GitHub may have taken although it answered with an error is looked for, not sent twice. */
  async postOnce(op) {
    const send = () => this.writer.comment(op.repo, op.issue.existing, op.body);
    try {
      await send();
    } catch (error) {
      if (!isTransient(error) || error instanceof BudgetExhausted) throw error;
      const comments2 = await this.client.comments(op.repo, op.issue.existing);
      if (!comments2.some((c) => c.body === op.body)) await send();
    }
  }
  comment(op) {
    return this.bestEffort(op, () => this.postOnce(op));
  }
  /** A write whose failure is logged (with `what`) rather than stopping the plan, when `what` is set. */
  async bestEffort(op, write) {
    try {
      await write();
    } catch (error) {
      if (!op.bestEffort || error instanceof BudgetExhausted) throw error;
      const answer = errorText(error);
      const text = `${op.bestEffort}: ${answer}`;
      this.log.warn(text);
      this.skipped.push({ text, answer, issue: issueKey(op.repo, op.issue.existing) });
    }
  }
  /** A pull request GitHub says exists already (a retried create, a race) is the one reported. */
  async openPullRequest(op) {
    const { head, base, title, body, draft } = op;
    try {
      const made = await this.writer.createPullRequest(op.repo, { head, base, title, body, draft });
      return { repo: op.repo, number: made.number, nodeId: made.node_id, refused: [] };
    } catch (error) {
      if (httpStatus(error) !== 422) throw error;
      if (draft && /draft pull requests are not supported/i.test(errorText(error))) {
        const made = await this.writer.createPullRequest(op.repo, { head, base, title, body, draft: false });
        return { repo: op.repo, number: made.number, nodeId: made.node_id, refused: [] };
      }
      const open3 = (await this.client.openPullsFrom(op.repo, head))[0];
      if (!open3) throw error;
      return { repo: op.repo, number: open3.number, nodeId: "", refused: [] };
    }
  }
  /** Creates an issue once: owners who cannot be assigned are left out and reported back. */
  async createIssue(op) {
    let assignees = op.assignees.filter((a) => !this.unassignable.has(a.toLowerCase()));
    const send = async () => {
      const made = await this.writer.createIssue(op.repo, {
        title: op.title,
        body: op.body,
        labels: op.labels,
        assignees
      });
      return { number: made.number, nodeId: made.node_id };
    };
    let issue;
    try {
      issue = await send();
    } catch (error) {
      if (httpStatus(error) === 422 && assignees.length > 0 && /assignee/i.test(errorText(error))) {
        assignees = await this.assignable(op.repo, assignees);
        issue = await send();
      } else if (isTransient(error)) {
        issue = await this.findCreated(op) ?? await send();
      } else {
        throw error;
      }
    }
    if (op.close)
      await this.writer.updateIssue(op.repo, issue.number, { state: "closed", state_reason: op.close });
    const refused = op.assignees.filter((a) => !assignees.includes(a));
    return { repo: op.repo, ...issue, refused };
  }
  /** After a failed create, looks for the issue among the newest ones with its labels and marker. */
  async findCreated(op) {
    const marker2 = op.body.slice(op.body.lastIndexOf("<!-- postmortem-tracker"));
    const newest = await this.client.newestIssues(op.repo, op.labels);
    return newest.find((i) => i.body.includes(marker2) && i.title === op.title) ?? null;
  }
  async assignable(repo, logins) {
    const ok = [];
    for (const login2 of logins) {
      if (await this.client.canBeAssigned(repo, login2)) {
        ok.push(login2);
        continue;
      }
      this.unassignable.add(login2.toLowerCase());
      this.log.warn(`@${login2} cannot be assigned in ${repo.owner}/${repo.repo}; mentioned instead`);
    }
    return ok;
  }
  /** Where the API has no sub-issues, the tracker's checklist is enough. */
  async addSubIssues(op) {
    try {
      await this.writer.addSubIssues(op.parent, op.children);
    } catch (error) {
      if (error instanceof BudgetExhausted) throw error;
      this.log.warn(
        `sub-issues were not added (${errorText(error)}); the tracker's checklist lists the items`
      );
    }
  }
  /** One check run, its annotations 50 a request: the first batch with it, the rest in updates. */
  async publishCheckRun(op) {
    const { annotations } = op.output;
    const batch = (i) => ({
      ...op.output,
      annotations: annotations.slice(i, i + ANNOTATIONS_PER_REQUEST)
    });
    const create = () => this.writer.createCheckRun(op.repo, {
      name: op.name,
      head_sha: op.headSha,
      conclusion: op.conclusion,
      output: batch(0)
    });
    let id;
    try {
      id = await create();
    } catch (error) {
      if (!isTransient(error) || error instanceof BudgetExhausted) throw error;
      id = (await this.client.checkRuns(op.repo, op.headSha, op.name))[0]?.id ?? await create();
    }
    for (let i = ANNOTATIONS_PER_REQUEST; i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
      await this.writer.updateCheckRun(op.repo, id, batch(i));
  }
};
var isTransient = (error) => {
  const status = httpStatus(error);
  return status === null || status >= 500;
};
async function ignoring(status, write) {
  try {
    await write();
  } catch (error) {
    if (httpStatus(error) !== status) throw error;
  }
}

// src/app/handler.ts
function logger(context) {
  return {
    info: (m) => context.log.info(m),
    warn: (m) => context.log.warn(m),
    debug: (m) => context.log.debug(m)
  };
}
var CONFIG_PLUGIN = "[@probot/octokit-plugin-config] ";
function notTheConfig(error) {
  const e = error;
  const message = e.message ?? String(error);
  const signIn = e.status === 401 || /\/access_tokens$/.test(e.request?.url ?? "") || String(e.code ?? "").startsWith("ERR_OSSL") || /DECODER routines|private key|secretOrPrivateKey/i.test(message);
  const text = signIn ? `could not sign in to GitHub as the App: ${message} (check APP_ID and the private key, PRIVATE_KEY or PRIVATE_KEY_PATH)` : e.status ? `GitHub answered ${e.status} when asked for ${CONFIG_PATH}: ${message}` : `could not reach GitHub: ${message}`;
  return new Error(text, { cause: error });
}
function configFile(url, repo) {
  const m = /\/repos\/([^/]+)\/([^/]+)\/contents\/([^?]+)/.exec(url);
  if (!m) return CONFIG_PATH;
  const path = decodeURIComponent(m[3] ?? "");
  const same = m[1]?.toLowerCase() === repo.owner.toLowerCase() && m[2]?.toLowerCase() === repo.repo.toLowerCase();
  return same ? path : `${m[1]}/${m[2]}:${path}`;
}
function configFileProblem(error, repo) {
  const text = error.message.slice(CONFIG_PLUGIN.length);
  const url = /(https?:\/\/\S+)/.exec(text)?.[1] ?? "";
  const file = configFile(url, repo);
  const cause = error.cause;
  if (/invalid YAML/.test(text) && cause?.message) {
    const at2 = cause.linePos?.[0];
    return `${file}${at2 ? `:${at2.line}` : ""} is not valid YAML: ${cause.message.split("\n")[0]}`;
  }
  return `${file} could not be read: ${text.replace(url, file)}`;
}
async function readConfig(context) {
  let raw;
  try {
    raw = await context.config("postmortem-tracker.yml");
  } catch (error) {
    const message = error.message ?? "";
    if (!message.startsWith(CONFIG_PLUGIN)) throw notTheConfig(error);
    return { ok: false, message: configFileProblem(error, context.repo()) };
  }
  return validateConfig(raw);
}
async function depsFor(context, env, config) {
  const log = logger(context);
  const client = new GitHubClient({ octokit: context.octokit });
  const gateway = new Gateway({ client, log, dryRun: config["dry-run"] });
  return { client, gateway, config, botLogin: await env.botLogin(), log, now: env.now };
}
var serverUrl = (htmlUrl) => new URL(htmlUrl).origin;
async function handle(context, env, options, job) {
  const repo = context.repo();
  const run = async () => {
    const loaded = await readConfig(context).catch((error) => {
      context.log.error(error.message);
      throw error;
    });
    if (!loaded.ok) {
      context.log.error(loaded.message);
      if (options.onBadConfig)
        await options.onBadConfig(loaded.message, await depsFor(context, env, defaultConfig));
      return;
    }
    await job(await depsFor(context, env, loaded.config), repo);
  };
  await (options.lock ? env.lock(`${repo.owner}/${repo.repo}`, run) : run());
}

// src/app/on-draft.ts
function onDraft(app, env) {
  app.on(["issue_comment.created", "issues.labeled"], async (context) => {
    const { payload } = context;
    if ("comment" in payload && !payload.comment.body.trimStart().startsWith("/")) return;
    if (payload.issue.pull_request || payload.sender.type === "Bot") return;
    await handle(context, env, { lock: true }, async (deps, repo) => {
      const request = draftRequest(context.name, payload, deps.config, deps.botLogin);
      if (!request) return;
      const place = {
        repo,
        base: payload.repository.default_branch,
        serverUrl: serverUrl(payload.repository.html_url)
      };
      await draftPostmortem(request, place, deps);
    });
  });
}

// src/tracking/labels.ts
import { createHash } from "node:crypto";
var MAX = 50;
var TYPE_DESCRIPTIONS = {
  prevent: "Postmortem action item that keeps the incident from happening again",
  mitigate: "Postmortem action item that lessens the impact if it happens again",
  detect: "Postmortem action item that makes the problem show up sooner",
  process: "Postmortem action item that changes how the team works",
  repair: "Postmortem action item that repairs what the incident damaged",
  investigate: "Postmortem action item that finds out more about the cause"
};
function reportLabel(path, config) {
  const short = path.replace(/^(?:docs\/)?postmortems\//, "").replace(/\.md$/i, "").replace(/,/g, "_");
  const name = `${config.labels.report}${short}`;
  if (name.length <= MAX) return name;
  const hash = createHash("sha256").update(path).digest("hex").slice(0, 6);
  return `${name.slice(0, MAX - 7)}~${hash}`;
}
var isReportLabel = (name, config) => name.startsWith(config.labels.report);
function trackerLabels(path, config) {
  return [
    {
      name: config.labels.tracker,
      color: "5319e7",
      description: "Follows the action items of a postmortem until they are done"
    },
    { name: reportLabel(path, config), color: "c5def5", description: `Issues from ${path}`.slice(0, 100) }
  ];
}
function itemLabels(item, path, config) {
  const labels = [
    {
      name: config.labels.action,
      color: "d93f0b",
      description: "Action item from a postmortem, tracked until done"
    },
    { name: reportLabel(path, config), color: "c5def5", description: `Issues from ${path}`.slice(0, 100) }
  ];
  if (config.labels.priority && item.priority) {
    const colors = {
      P0: "b60205",
      P1: "d93f0b",
      P2: "fbca04",
      P3: "0e8a16",
      P4: "c2e0c6"
    };
    labels.push({
      name: `priority: ${item.priority}`,
      color: colors[item.priority] ?? "ededed",
      description: `Postmortem action item of priority ${item.priority} (P0 is the most urgent)`
    });
  }
  if (config.labels.type && item.type) {
    labels.push({
      name: `type: ${item.type}`,
      color: "1d76db",
      description: TYPE_DESCRIPTIONS[item.type]
    });
  }
  return labels;
}
var overdueLabelSpec = (name) => ({
  name,
  color: "b60205",
  description: "Postmortem action item past its due date"
});

// src/tracking/reminders/reasons.ts
var AROUND = 24 * 3600 * 1e3;
var MAX2 = 200;
function reasonOf(facts, bot) {
  if (facts.closer?.toLowerCase() === bot.toLowerCase()) {
    const ours = facts.comments.filter((c) => c.author.toLowerCase() === bot.toLowerCase()).pop();
    return clip(ours?.body.split("\n")[0] ?? "closed by the postmortem tracker");
  }
  const people2 = facts.comments.filter((c) => c.author.toLowerCase() !== bot.toLowerCase());
  for (const c of [...people2].reverse()) {
    const line = c.body.split("\n").find((l) => /^\s*reason\s*:/i.test(l));
    if (line) return clip(line.replace(/^\s*reason\s*:\s*/i, ""));
  }
  if (!facts.closer || !facts.closedAt) return null;
  const closed = Date.parse(facts.closedAt);
  const near = people2.filter(
    (c) => c.author.toLowerCase() === facts.closer?.toLowerCase() && Math.abs(Date.parse(c.createdAt) - closed) <= AROUND && c.body.trim() !== ""
  );
  const last = near[near.length - 1];
  return last ? clip(last.body) : null;
}
var clip = (text) => {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > MAX2 ? `${one.slice(0, MAX2 - 1)}\u2026` : one;
};
function reasonsToRead(marker2, target, snapshots, trackerOpen) {
  const record2 = marker2.sweep ?? {};
  const asked = new Set(record2.asked ?? []);
  return marker2.items.flatMap((e) => {
    if (e.issue === null || e.repo || e.done || record2.reasons?.[e.key]) return [];
    if (asked.has(e.key) && !trackerOpen) return [];
    return snapshots.get(issueKey(target, e.issue))?.state === "not_planned" ? [{ key: e.key, repo: target, number: e.issue }] : [];
  });
}
function askReason(closer, trackerRef) {
  const who = closer ? `@${closer}: ` : "";
  return `${who}this action item was closed as not planned without a reason. Please add one in a comment (\`reason: ...\`), so that the postmortem's follow-up in ${trackerRef} can show why.`;
}
function shownReason(key, record2) {
  const reason = record2?.reasons?.[key];
  if (reason) return reason;
  return record2?.asked?.includes(key) ? null : void 0;
}

// src/tracking/text.ts
function truncate(text, max) {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}
var cell = (text) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
function fitBody(text, limit, note) {
  return text.length > limit ? `${text.slice(0, limit)}

${note}` : text;
}

// src/tracking/render.ts
var MAX_TITLE = 256;
function reportUrl(ctx, line) {
  const path = ctx.path.split("/").map(encodeURIComponent).join("/");
  return `${ctx.source.serverUrl}/${ctx.source.owner}/${ctx.source.repo}/blob/${ctx.source.sha}/${path}${line ? `#L${line}` : ""}`;
}
function issueRef(from, repo, number) {
  return from.owner === repo.owner && from.repo === repo.repo ? `#${number}` : `${repo.owner}/${repo.repo}#${number}`;
}
function pullRequestText(ctx) {
  if (ctx.pullRequest === null) return `commit ${ctx.source.sha.slice(0, 7)}`;
  return issueRef(ctx.target, ctx.source, ctx.pullRequest);
}
var trackerTitle = (report) => truncate(`Postmortem follow-up: ${report.title}`, MAX_TITLE);
var itemTitle = (item) => truncate(item.title, MAX_TITLE);
function detailsTable(item, due) {
  const rows = [];
  if (item.owners.length > 0) rows.push(["Owners", item.owners.join(", ")]);
  if (due?.source === "policy") rows.push(["Due", `${due.day}, from the ${due.policy} policy`]);
  else if (item.due) rows.push(["Due", item.due]);
  if (item.priority) rows.push(["Priority", item.priority]);
  if (item.type) rows.push(["Type", item.type]);
  if (item.group) rows.push(["Part", item.group === "tasks" ? "Tasks" : "Improvements"]);
  if (rows.length === 0) return [];
  return ["| | |", "| --- | --- |", ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, "\\|")} |`), ""];
}
function itemBody(ctx, item, people2, trackerRef, due) {
  const lines2 = [
    item.text !== item.title ? `${item.title}

> ${item.text}` : item.title,
    "",
    ...detailsTable(item, due),
    `Action item from the postmortem [${ctx.report.title}](${reportUrl(ctx, item.line)}) (line ${item.line}), merged in ${pullRequestText(ctx)}.`,
    `Tracked by ${trackerRef}.`
  ];
  if (people2.mentioned.length > 0) {
    lines2.push(
      "",
      `${people2.mentioned.join(", ")}: named as owner${people2.mentioned.length > 1 ? "s" : ""} in the report, but cannot be assigned here (a team, or not a collaborator of this repository).`
    );
  }
  lines2.push("", renderMarker({ v: 1, kind: "action", report: ctx.path, key: item.key }));
  return lines2.join("\n");
}
var stateText = {
  open: "",
  completed: "closed",
  not_planned: "won't do",
  done: "done in the report"
};
function entryLine(entry, state, ref, due, reason) {
  const title = state === "not_planned" ? `~~${entry.title}~~` : entry.title;
  const details = [
    entry.owners?.length ? entry.owners.join(", ") : "",
    state === "open" && due && due.policy !== "default" ? deadlineText(due) : entry.due ? `due ${entry.due}` : "",
    entry.priority ?? "",
    state === "not_planned" && reason !== void 0 ? wontDoText(reason) : stateText[state]
  ].filter(Boolean);
  const unreached2 = entry.unreached ? ` \u26A0\uFE0F ${ref ?? "the issue"} could not be reached (${entry.unreached})` : "";
  return `- [${state === "open" ? " " : "x"}] ${ref ? `${ref} ` : ""}${title}${details.length ? ` (${details.join(" \xB7 ")})` : ""}${unreached2}`;
}
var wontDoText = (reason) => reason ? `won't do: ${reason.replace(/[()]/g, "")}` : "won't do, no reason given";
function headerFromReport(ctx) {
  const meta = ctx.report.frontMatter;
  const facts = [
    typeof meta.severity === "string" || typeof meta.severity === "number" ? `Severity: ${meta.severity}` : "",
    typeof meta.date === "string" ? `Date: ${meta.date}` : ""
  ].filter(Boolean);
  return { title: ctx.report.title, url: reportUrl(ctx), mergedIn: pullRequestText(ctx), facts };
}
function headerFromMarker(marker2, serverUrl2, target) {
  const source = parseRepoName(marker2.source);
  const path = marker2.report.split("/").map(encodeURIComponent).join("/");
  const facts = [
    marker2.severity ? `Severity: ${marker2.severity}` : "",
    marker2.date ? `Date: ${marker2.date}` : ""
  ].filter(Boolean);
  return {
    title: marker2.title,
    url: `${serverUrl2}/${marker2.source}/blob/${marker2.sha}/${path}`,
    mergedIn: marker2.pr === null ? `commit ${marker2.sha.slice(0, 7)}` : issueRef(target, source, marker2.pr),
    facts
  };
}
var GENERATED_START = "<!-- postmortem-tracker: generated part, rewritten on every update; write your notes above or below it -->";
var GENERATED_END = "<!-- postmortem-tracker: end of the generated part -->";
function trackerNotes(body) {
  const start = body.indexOf(GENERATED_START);
  const end = body.indexOf(GENERATED_END, start);
  const marker2 = body.lastIndexOf("<!-- postmortem-tracker {");
  if (start < 0 && marker2 < 0) return { before: body.trim(), after: "" };
  if (start < 0 || end < 0) return { before: "", after: "" };
  const afterEnd = end + GENERATED_END.length;
  return {
    before: body.slice(0, start).trim(),
    after: body.slice(afterEnd, marker2 > afterEnd ? marker2 : void 0).trim()
  };
}
function checklistLines(body) {
  const start = body.indexOf(GENERATED_START);
  const end = body.indexOf(GENERATED_END, start);
  const part = start >= 0 && end >= 0 ? body.slice(start, end) : body;
  return part.split("\n").filter((line) => line.startsWith("- [ ] ") || line.startsWith("- [x] "));
}
function trackerBody(header, lines2, resolved, total, marker2, notes = { before: "", after: "" }) {
  return [
    ...notes.before ? [notes.before, ""] : [],
    GENERATED_START,
    `Follow-up of the postmortem [${header.title}](${header.url}), merged in ${header.mergedIn}.`,
    ...header.facts.length > 0 ? ["", header.facts.join(" \xB7 ")] : [],
    "",
    `**Progress: ${resolved} of ${total} resolved**`,
    "",
    ...lines2.length > 0 ? lines2 : ["No action items."],
    "",
    "This issue stays open while any item is open, and is closed when all are resolved.",
    GENERATED_END,
    ...notes.after ? ["", notes.after] : [],
    "",
    renderMarker(marker2)
  ].join("\n");
}
function removedComment(ctx) {
  return `This action item is no longer in [${ctx.report.title}](${reportUrl(ctx)}) as of ${pullRequestText(ctx)}, so it is closed as not planned. Reopen it if it still matters.`;
}
function mergedComment(ctx, into) {
  return `This action item was merged into ${into} in [${ctx.report.title}](${reportUrl(ctx)}) as of ${pullRequestText(ctx)}, so it is closed as not planned; the work goes on there.`;
}
function linkedComment(ctx, item, trackerRef) {
  return [
    `The postmortem [${ctx.report.title}](${reportUrl(ctx, item.line)}) (line ${item.line}), merged in ${pullRequestText(ctx)}, lists this issue as an action item, tracked by ${trackerRef}:`,
    "",
    `> ${item.text}`,
    "",
    ...detailsTable(item)
  ].join("\n").trimEnd();
}
function checkedComment(ctx) {
  return `This action item is checked as done in [${ctx.report.title}](${reportUrl(ctx)}) as of ${pullRequestText(ctx)}.`;
}
function allResolvedComment(resolved, notPlanned) {
  const wont = notPlanned > 0 ? ` (${notPlanned} closed as not planned)` : "";
  return `All ${resolved} action items of this postmortem are resolved${wont}. Closing the follow-up.`;
}

// src/tracking/transition.ts
function trackerTransition(tracker, allResolved, closing) {
  if (allResolved && tracker.open) {
    return {
      comment: tracker.number === null ? null : { op: "comment", repo: tracker.repo, issue: { existing: tracker.number }, body: closing },
      state: { state: "closed", stateReason: "completed" }
    };
  }
  if (!allResolved && !tracker.open)
    return { comment: null, state: { state: "open", stateReason: "reopened" } };
  return { comment: null, state: {} };
}

// src/tracking/refresh.ts
function entryRepo(entry, target) {
  return entry.repo ? parseRepoName(entry.repo) : target;
}
function entryState(entry, target, live) {
  if (entry.done) return "done";
  if (entry.issue === null) return "open";
  return live.get(issueKey(entryRepo(entry, target), entry.issue)) ?? entry.state ?? "open";
}
function trackerRefresh(input) {
  const { tracker, marker: marker2, live } = input;
  const target = tracker.repo;
  const states = marker2.items.map((entry) => entryState(entry, target, live));
  const items = marker2.items.map((entry, i) => {
    const state = states[i];
    return entry.ref && state && state !== "done" ? { ...entry, state } : entry;
  });
  const updated = { ...marker2, items };
  const facts = { merged: marker2.merged, severity: marker2.severity ?? null };
  const rules2 = input.deadlines;
  const lines2 = items.map(
    (entry, i) => entryLine(
      entry,
      states[i] ?? "open",
      entry.issue !== null ? issueRef(target, entryRepo(entry, target), entry.issue) : null,
      rules2 ? deadlineBy(entry, facts, rules2) : null,
      shownReason(entry.key, marker2.sweep)
    )
  );
  const resolved = states.filter((s) => s !== "open").length;
  const header = headerFromMarker(updated, input.serverUrl, target);
  const body = trackerBody(header, lines2, resolved, items.length, updated, trackerNotes(tracker.body));
  const allResolved = items.length > 0 && resolved === items.length;
  const notPlanned = states.filter((s) => s === "not_planned").length;
  const reviewing = allResolved && tracker.state === "open" && marker2.sweep?.review !== void 0;
  const transition = trackerTransition(
    { repo: target, number: tracker.number, open: tracker.state === "open" && !reviewing },
    allResolved,
    input.closing ?? allResolvedComment(items.length, notPlanned)
  );
  const update = {
    op: "updateIssue",
    repo: target,
    issue: { existing: tracker.number },
    ...transition.state
  };
  if (body !== tracker.body) update.body = body;
  return { update: update.body !== void 0 || update.state ? update : null, comment: transition.comment };
}
function planTrackerRefresh(input) {
  const { update, comment } = trackerRefresh(input);
  return [comment, update].filter((op) => op !== null);
}

// src/jobs/issue-state.ts
async function syncIssueState(repo, issue, serverUrl2, deps) {
  const done = [];
  const seen = /* @__PURE__ */ new Set();
  for (const label2 of issue.labels.filter((l) => isReportLabel(l, deps.config))) {
    const issues = await deps.client.issuesWithLabel(repo, label2);
    const live = /* @__PURE__ */ new Map([[issueKey(repo, issue.number), stateOf(issue)]]);
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
        serverUrl: serverUrl2,
        deadlines: deadlineRules(deps.config)
      });
      await deps.gateway.apply(ops);
      done.push(...ops);
    }
  }
  return done;
}

// src/app/on-issue-state.ts
function onIssueState(app, env) {
  app.on(["issues.closed", "issues.reopened"], async (context) => {
    const { issue, repository, sender } = context.payload;
    if (issue.labels?.length === 0) return;
    const repo = context.repo();
    await env.lock(`${repo.owner}/${repo.repo}`, async () => {
      if (sender.login === await env.botLogin()) return;
      await handle(
        context,
        env,
        { lock: false },
        (deps) => syncIssueState(
          repo,
          toExisting(repo, issue),
          serverUrl(repository.html_url),
          deps
        ).then(() => void 0)
      );
    });
  });
}

// src/jobs/changes.ts
function fromPullRequestFiles(files) {
  return files.map((f) => ({
    path: f.filename,
    ...f.status === "renamed" && f.previous_filename ? { previousPath: f.previous_filename } : {},
    removed: f.status === "removed",
    added: f.status === "added"
  }));
}
function fromPushCommits(commits) {
  const files = /* @__PURE__ */ new Map();
  for (const commit of commits) {
    for (const path of commit.added ?? []) files.set(path, { path, removed: false, added: true });
    for (const path of commit.modified ?? [])
      files.set(path, { path, removed: false, added: files.get(path)?.added ?? false });
    for (const path of commit.removed ?? []) files.set(path, { path, removed: true });
  }
  return [...files.values()];
}
function changedReports(files, config) {
  const reports = files.filter((f) => isReportPath(f.path, config));
  const removed = reports.filter((f) => f.removed);
  const added = reports.filter((f) => f.added && !f.previousPath);
  const moved = removed.length === 1 && added.length === 1 && added[0] && removed[0];
  return reports.filter((f) => !f.removed).map((f) => moved && f === added[0] ? { ...f, previousPath: removed[0]?.path } : f);
}

// src/jobs/notice.ts
async function noticeOnce(deps, where, body, seen) {
  const comments2 = await deps.client.comments(where.repo, where.pullRequest);
  if (comments2.some((c) => c.author === deps.botLogin && c.body.includes(seen))) return;
  await deps.gateway.apply([
    { op: "comment", repo: where.repo, issue: { existing: where.pullRequest }, body }
  ]);
}

// src/tracking/sync/comment.ts
var verbs = {
  created: () => "created",
  split: (c) => `created (split from #${c.related})`,
  updated: () => "updated",
  closed: () => "closed (checked in the report)",
  removed: () => "closed as not planned (removed from the report)",
  merged: (c) => `closed as not planned (merged into #${c.related})`,
  linked: () => "linked (existing issue)"
};
function changedIssue(change, created) {
  return change.issue ?? (change.key ? created.get(change.key)?.number ?? null : null);
}
var refText2 = (from, repo, issue) => issue === null ? "(new issue)" : issueRef(from, repo, issue);
var syncedTag = (ctx) => `<!-- postmortem-tracker synced ${ctx.source.sha} ${ctx.path} -->`;
function pullRequestComment(ctx, changes, created, tracker, items, problems = []) {
  const from = ctx.source;
  const head = `The action items of [${ctx.report.title}](${reportUrl(ctx)}) are tracked in ${refText2(from, ctx.target, tracker)} (${items} item${items === 1 ? "" : "s"}).`;
  const trouble = problems.length === 0 ? [] : [
    "",
    "Not done (every other item is tracked; each is tried again on the next merge, and the tracker marks it):",
    "",
    ...problems.map((p) => `- ${p.text}`)
  ];
  if (changes.length === 0)
    return [head, "", "No issue needed a change.", ...trouble, "", syncedTag(ctx)].join("\n");
  const rows = changes.map(
    (c) => `| ${refText2(from, c.repo, changedIssue(c, created))} | ${cell(c.title)} | ${verbs[c.kind](c)} |`
  );
  return [
    head,
    "",
    "| Issue | Action item | Change |",
    "| --- | --- | --- |",
    ...rows,
    ...trouble,
    "",
    syncedTag(ctx)
  ].join("\n");
}

// src/tracking/close.ts
function closeWithComment(issue, body, reason) {
  const { repo, number } = issue;
  return {
    operations: [
      { op: "comment", repo, issue: { existing: number }, body },
      { op: "updateIssue", repo, issue: { existing: number }, state: "closed", stateReason: reason }
    ],
    change: {
      kind: reason === "completed" ? "closed" : "removed",
      title: issue.title,
      issue: number,
      repo
    }
  };
}

// src/tracking/owners.ts
function reportOwners(frontMatter2) {
  const value = frontMatter2.owners ?? frontMatter2.owner;
  const parts = Array.isArray(value) ? value.map(String) : typeof value === "string" ? value.split(/[\s,]+/) : [];
  const owners = parts.map((p) => p.trim()).filter((p) => /^@[\w.-]+(?:\/[\w.-]+)?$/.test(p));
  return [...new Set(owners)];
}
var assignableOwners = (owners) => owners.filter((o) => !o.includes("/")).map((o) => o.slice(1));

// src/tracking/sync/sub-issue.ts
function wantsParent(issue, newToTracker) {
  return issue.parent === void 0 ? newToTracker : issue.parent === null;
}
function leftUndone(tracker, actions) {
  const { items } = tracker.marker;
  if (items.some((e) => e.unreached)) return true;
  const listed = new Set(items.flatMap((e) => e.issue !== null && !e.ref ? [e.issue] : []));
  return actions.some((a) => listed.has(a.issue.number) && wantsParent(a.issue, false));
}

// src/tracking/sync/item.ts
var creationKey = (item) => `item:${item.key}`;
function itemDeadline(entry, c) {
  const { config, now, ctx } = c.state.input;
  const severity = ctx.report.frontMatter.severity;
  const facts = {
    merged: c.state.tracker?.marker.merged ?? now,
    severity: typeof severity === "string" || typeof severity === "number" ? severity : null
  };
  return deadlineBy(entry, facts, deadlineRules(config));
}
function baseEntry(pair, now) {
  const { item, before } = pair;
  return {
    key: item.key,
    // Titles are capped so that the tracker stays under GitHub's body limit.
    title: truncate(item.title, 120),
    issue: null,
    added: before?.added ?? now,
    ...item.due ? { due: item.due } : {},
    ...item.priority ? { priority: item.priority } : {},
    ...item.owners.length > 0 ? { owners: item.owners } : {}
  };
}
function planReference(pair, c) {
  const { item, own, before } = pair;
  const { ctx } = c.state.input;
  const ref = item.ref;
  const refRepo = { owner: ref.owner ?? ctx.source.owner, repo: ref.repo ?? ctx.source.repo };
  const inTarget = refRepo.owner === ctx.target.owner && refRepo.repo === ctx.target.repo;
  const entry = {
    ...baseEntry(pair, c.state.input.now),
    issue: ref.number,
    ...inTarget ? {} : { repo: repoName(refRepo) }
  };
  const linked = c.state.existing.find((i) => inTarget && i.number === ref.number);
  const state = linked ? stateOf(linked) : before?.state ?? "open";
  const operations = [];
  const changes = [];
  if (!before || before.issue !== ref.number || before.repo !== entry.repo || before.unreached) {
    operations.push({
      op: "comment",
      repo: refRepo,
      issue: { existing: ref.number },
      body: linkedComment(ctx, item, c.trackerRef(refRepo)),
      // A referenced issue may be missing, locked or in a repository we cannot write to: the other
      // items must not pay for it. The tracker lists the item all the same.
      bestEffort: `${ctx.path}:${item.line}: could not comment on ${repoName(refRepo)}#${ref.number}, which the item names`
    });
    if (inTarget && !linked)
      operations.push({
        op: "addLabels",
        repo: refRepo,
        issue: { existing: ref.number },
        labels: [c.state.newLabel],
        bestEffort: `${ctx.path}:${item.line}: could not label ${repoName(refRepo)}#${ref.number}, which the item names`
      });
    changes.push({ kind: "linked", title: item.title, issue: ref.number, repo: refRepo });
  }
  if (own && own.issue.state === "open" && own.issue.number !== ref.number) {
    const body = `This action item is now tracked in ${issueRef(ctx.target, refRepo, ref.number)}, as the report says; closing this one as not planned.`;
    const closed = closeWithComment({ ...own.issue, title: item.title }, body, "not_planned");
    operations.push(...closed.operations);
    changes.push(closed.change);
  }
  const placed = { entry: { ...entry, ref: true, state }, state };
  return { operations, changes, placed, subIssue: null };
}
function planChecked(pair, c) {
  const { item, own } = pair;
  const closed = own && own.issue.state === "open" ? closeWithComment({ ...own.issue, title: item.title }, checkedComment(c.state.input.ctx), "completed") : null;
  const entry = {
    ...baseEntry(pair, c.state.input.now),
    done: true,
    ...own ? { issue: own.issue.number } : {}
  };
  return {
    operations: closed?.operations ?? [],
    changes: closed ? [closed.change] : [],
    placed: { entry, state: "done" },
    subIssue: null
  };
}
function people(item, c) {
  const mentions = item.owners.filter((o) => o.startsWith("@"));
  const assignable = c.state.input.config.issues["assign-owners"] ? assignableOwners(mentions) : [];
  const mentioned = item.owners.filter((o) => o.startsWith("@") && !assignable.includes(o.slice(1)));
  return { assignable, mentioned };
}
function planOwn(pair, own, c) {
  const { item, before } = pair;
  const { ctx, config, now } = c.state.input;
  const base = baseEntry(pair, now);
  const wanted = mergeLabels(own.issue.labels, itemLabels(item, ctx.path, config));
  const title = itemTitle(item);
  const update = { op: "updateIssue", repo: ctx.target, issue: { existing: own.issue.number } };
  if (own.issue.title !== title) update.title = title;
  const ownersChanged = before !== void 0 && (before.owners ?? []).join() !== (base.owners ?? []).join();
  const detailsChanged = ownersChanged || before !== void 0 && (before.due !== base.due || before.priority !== base.priority);
  const labelsChanged = !sameSet(own.issue.labels, wanted);
  const { assignable, mentioned } = people(item, c);
  const moved = own.marker.key !== item.key || own.marker.report !== ctx.path;
  if (moved || own.issue.title !== title || detailsChanged || labelsChanged || c.state.tracker === null)
    update.body = itemBody(ctx, item, { mentioned }, c.trackerRef(ctx.target), itemDeadline(base, c));
  if (labelsChanged) update.labels = wanted;
  if (ownersChanged) update.assignees = assignable;
  const closedByUs = own.issue.state === "closed" && (before?.done === true || before === void 0 && !c.state.repaired && own.issue.stateReason === "not_planned");
  if (closedByUs) Object.assign(update, { state: "open", stateReason: "reopened" });
  const changed = changesSomething(update);
  const known2 = c.state.previous.has(item.key) || c.state.previous.has(own.marker.key);
  const filedByThisMerge = !known2 && !c.state.repaired && own.issue.state === "open" && before === void 0;
  return {
    operations: changed ? [update] : [],
    changes: filedByThisMerge ? [{ kind: "created", title, issue: own.issue.number, repo: ctx.target, line: item.line }] : changed ? [updatedChange(pair, own, title, ctx.target)] : [],
    placed: { entry: { ...base, issue: own.issue.number }, state: closedByUs ? "open" : stateOf(own.issue) },
    subIssue: wantsParent(own.issue, !known2) ? { existing: own.issue.number } : null
  };
}
function updatedChange(pair, own, title, repo) {
  const reworded = pair.match && !pair.match.exact && pair.match.was !== pair.item.title;
  return {
    kind: "updated",
    title,
    issue: own.issue.number,
    repo,
    line: pair.item.line,
    ...reworded ? { was: pair.match?.was } : {},
    ...pair.match?.guess ? { guess: true } : {}
  };
}
function planNew(pair, c) {
  const { item } = pair;
  const { ctx, config, now } = c.state.input;
  const key = creationKey(item);
  const title = itemTitle(item);
  const { assignable, mentioned } = people(item, c);
  const operation = {
    op: "createIssue",
    key,
    repo: ctx.target,
    title,
    body: itemBody(ctx, item, { mentioned }, c.trackerRef(ctx.target), itemDeadline(baseEntry(pair, now), c)),
    labels: itemLabels(item, ctx.path, config).map((l) => l.name),
    assignees: assignable,
    ...item.checked ? { close: "completed" } : {}
  };
  return {
    operations: [operation],
    changes: [
      {
        kind: pair.splitOf ? "split" : "created",
        title,
        issue: null,
        key,
        repo: ctx.target,
        line: item.line,
        ...pair.splitOf ? { related: pair.splitOf.own.issue.number } : {}
      }
    ],
    placed: { entry: baseEntry(pair, now), state: item.checked ? "completed" : "open", key, item, mentioned },
    subIssue: { key }
  };
}
function planItem(pair, c) {
  if (pair.item.ref && !pair.match?.pinned) return planReference(pair, c);
  if (pair.item.checked && c.state.input.config.issues["checked-items"] === "record")
    return planChecked(pair, c);
  return pair.own ? planOwn(pair, pair.own, c) : planNew(pair, c);
}
function bodyWithRefused(placed, refused, c) {
  if (!placed.item || refused.length === 0) return null;
  const mentioned = [...placed.mentioned ?? [], ...refused.map((r) => `@${r}`)];
  const { ctx } = c.state.input;
  return itemBody(ctx, placed.item, { mentioned }, c.trackerRef(ctx.target), itemDeadline(placed.entry, c));
}

// src/report/normalize.ts
import { createHash as createHash2 } from "node:crypto";
function normalizeText(text) {
  return text.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
function derivedKey(title) {
  return `h${createHash2("sha256").update(normalizeText(title)).digest("hex").slice(0, 10)}`;
}
function explicitKey(id) {
  return id.replace(/[^\w.-]+/g, "-").slice(0, 64);
}

// src/report/html.ts
import { fromHtml } from "hast-util-from-html";

// src/report/inline.ts
var breakTag = /^<br\s*\/?>$/i;
var idComment = /^<!--\s*id:\s*([\w.-]+)\s*-->$/i;
var newlines = (text) => text.split("\n").length - 1;
function flush(c) {
  const visible = c.pieces.filter((p) => /[^\s:]/.test(p.text));
  const styled = visible.length > 0 && visible.every((p) => p.styled);
  c.lines.push({
    text: cleanText(c.pieces.map((p) => p.text).join("")),
    line: c.line,
    styled,
    links: c.links,
    id: c.id,
    boldLabel: visible[0]?.styled === true && !styled
  });
  c.pieces = [];
  c.links = [];
  c.id = null;
}
function take(token, c) {
  switch (token.type) {
    case "text":
    case "code_inline":
      c.pieces.push({ text: token.content, styled: c.styled > 0 });
      return;
    case "softbreak":
    case "hardbreak":
      flush(c);
      c.line += 1;
      return;
    case "html_inline": {
      const value = token.content.trim();
      if (breakTag.test(value)) {
        flush(c);
        return;
      }
      const id = idComment.exec(value);
      if (id?.[1]) c.id = id[1];
      c.line += newlines(token.content);
      return;
    }
    case "link_open": {
      const href = token.attrGet("href");
      if (typeof href === "string" && href !== "") c.links.push(href);
      return;
    }
    case "strong_open":
    case "em_open":
      c.styled += 1;
      return;
    case "strong_close":
    case "em_close":
      c.styled = Math.max(0, c.styled - 1);
      return;
    default:
      return;
  }
}
function inlineLines(children, firstLine2) {
  const c = { lines: [], pieces: [], links: [], id: null, line: firstLine2, styled: 0 };
  for (const child of children ?? []) take(child, c);
  flush(c);
  return c.lines.filter((l) => l.text !== "" || l.id !== null);
}
var shortcode = /(?<![\w:]):(?=[a-z0-9_+-]*[a-z])[a-z0-9_+-]+:(?![:\d])/g;
function cleanText(text) {
  const plain2 = text.includes(":") ? text.replace(shortcode, "") : text;
  return plain2.replace(/\s+/g, " ").trim();
}
function joinLines(lines2) {
  const first = lines2[0];
  if (!first) return null;
  return {
    text: lines2.map((l) => l.text).join(" "),
    line: first.line,
    styled: lines2.every((l) => l.styled),
    links: lines2.flatMap((l) => l.links),
    id: lines2.find((l) => l.id)?.id ?? null,
    boldLabel: first.boldLabel === true
  };
}

// src/report/vocabulary.ts
var defaultSectionNames = {
  corrective: [
    "corrective",
    "preventa",
    "preventi",
    "to prevent",
    "prevent recurrence",
    "prevent future",
    "measures",
    "actions",
    "remediat",
    "recommendation",
    "in future",
    "in the future",
    "action item",
    "action point",
    "actionable",
    "follow up",
    "followup",
    "remediation",
    "next step",
    "to do",
    "todo",
    "what we re doing",
    "what we are doing",
    "what we re changing",
    "what we are changing",
    "what we will do",
    "what we ll do",
    "what we re going to do",
    "going forward",
    "recurrence"
  ],
  lessons: [
    "lesson",
    "learning",
    "learned",
    "learnt",
    "went well",
    "went wrong",
    "could be improved",
    "takeaway",
    "got lucky",
    "retrospective"
  ],
  timeline: ["timeline", "time line", "chronology", "sequence of events"],
  rootCause: ["root cause", "cause", "resolution", "contributing factor", "trigger", "what happened"],
  summary: ["summary", "overview", "tl dr", "tldr", "abstract"],
  improvements: ["improvement", "fix", "enhancement", "measure", "recommendation"],
  tasks: ["task", "action item", "action point", "to do", "todo", "next step", "follow up", "followup"],
  closing: [
    "conclusion",
    "final thought",
    "closing",
    "appendix",
    "reference",
    "acknowledg",
    "glossary",
    "supporting",
    "what happens now"
  ]
};
function normalizeHeading(text) {
  return text.toLowerCase().replace(/&/g, " and ").replace(/[^\p{L}\p{N}]+/gu, " ").replace(/^\s*(?:\d+|[ivx]+)\s+/u, " ").trim();
}
var prepared = /* @__PURE__ */ new WeakMap();
function matchesAny(normalized, phrases) {
  let list = prepared.get(phrases);
  if (!list) {
    list = phrases.map((phrase) => ` ${normalizeHeading(phrase)}`);
    prepared.set(phrases, list);
  }
  const padded = ` ${normalized}`;
  return list.some((phrase) => padded.includes(phrase));
}
var kindOrder = ["corrective", "lessons", "timeline", "rootCause", "summary"];
var pastActions = /\b(?:actions?|measures?|steps?) (?:taken|performed|done|so far|during|we took)\b/;
function classifyHeading(text, names4) {
  const normalized = normalizeHeading(text);
  if (normalized === "") return null;
  const kind = kindOrder.find((k) => matchesAny(normalized, names4[k])) ?? null;
  if (kind === "corrective" && pastActions.test(normalized)) return "rootCause";
  return kind;
}
function isTasksHeading(text, names4) {
  return matchesAny(normalizeHeading(text), names4.tasks);
}
function continuesCorrective(text, names4) {
  const normalized = normalizeHeading(text);
  if (classifyHeading(text, names4) === "corrective") return true;
  if (classifyHeading(text, names4) !== null) return false;
  return matchesAny(normalized, names4.improvements) || matchesAny(normalized, names4.tasks);
}
function namesCorrectivePart(text, names4) {
  const normalized = ` ${normalizeHeading(text)}`;
  return [names4.corrective, names4.improvements, names4.tasks].some((phrases) => {
    matchesAny("", phrases);
    return (prepared.get(phrases) ?? []).some((phrase) => normalized.startsWith(phrase));
  });
}
function isClosingHeading(text, names4) {
  return matchesAny(normalizeHeading(text), names4.closing);
}
var known = /* @__PURE__ */ new WeakMap();
function isKnownHeading(text, names4) {
  let answers = known.get(names4);
  if (!answers) {
    answers = /* @__PURE__ */ new Map();
    known.set(names4, answers);
  }
  const cached = answers.get(text);
  if (cached !== void 0) return cached;
  const answer = classifyHeading(text, names4) !== null || continuesCorrective(text, names4) || isClosingHeading(text, names4);
  if (answers.size > 1e4) answers.clear();
  answers.set(text, answer);
  return answer;
}

// src/report/paragraphs.ts
var BOLD_RANK = 7;
var PLAIN_RANK = 8;
var wordCount = (text) => text.split(/\s+/).filter(Boolean).length;
var endsSentence = (text) => /[.!?…]["'”’)]?$/.test(text);
function pseudoHeading(line, names4) {
  const atx = /^(#{1,6})(?=[^\s#])(.*)$/.exec(line.text);
  if (atx?.[1] && atx[2]) return { rank: atx[1].length, text: atx[2].trim() };
  if (endsSentence(line.text)) return null;
  if (line.styled && wordCount(line.text) <= 12) return { rank: BOLD_RANK, text: line.text };
  if (wordCount(line.text) <= 6 && !/:\s+\S/.test(line.text) && isKnownHeading(line.text, names4)) {
    return { rank: PLAIN_RANK, text: line.text };
  }
  return null;
}
function continues(prev, next) {
  if (/[,\-–—(]$/.test(prev.text)) return true;
  return !/[.!?:;)"'”’…]$/.test(prev.text) && /^[\p{Ll}(]/u.test(next.text);
}
function mergeWrapped(lines2) {
  const out = [];
  let run = [];
  for (const line of lines2) {
    const last = run[run.length - 1];
    if (last && !continues(last, line)) {
      const joined2 = joinLines(run);
      if (joined2) out.push(joined2);
      run = [];
    }
    run.push(line);
  }
  const joined = joinLines(run);
  if (joined) out.push(joined);
  return out;
}
function paragraphBlocks(lines2, names4, endLine) {
  const blocks = [];
  let run = [];
  const flushRun = (end) => {
    const first = run[0];
    if (first) blocks.push({ kind: "paragraph", lines: mergeWrapped(run), line: first.line, endLine: end });
    run = [];
  };
  for (const line of lines2) {
    const heading = pseudoHeading(line, names4);
    if (heading) {
      flushRun(line.line - 1);
      blocks.push({ kind: "heading", ...heading, line: line.line, endLine: line.line });
    } else {
      run.push(line);
    }
  }
  flushRun(endLine);
  return blocks;
}

// src/report/html.ts
var blockTags = /* @__PURE__ */ new Set([
  "div",
  "section",
  "article",
  "details",
  "summary",
  "center",
  "main",
  "header",
  "footer",
  "blockquote"
]);
var styledTags = /* @__PURE__ */ new Set(["strong", "b", "em", "i"]);
var headingRank = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
var lineOf = (node, ctx) => (node.position?.start.line ?? 1) + ctx.offset;
var endLineOf = (node, ctx) => (node.position?.end.line ?? 1) + ctx.offset;
function inlineLines2(nodes, ctx) {
  const lines2 = [];
  let current2 = {
    parts: [],
    links: [],
    line: null
  };
  const flush2 = () => {
    const text = cleanText(current2.parts.map((p) => p.text).join(""));
    const visible = current2.parts.filter((p) => p.text.replace(/[\s:]/g, "") !== "");
    if (text !== "") {
      lines2.push({
        text,
        line: current2.line ?? 1,
        styled: visible.length > 0 && visible.every((p) => p.styled),
        links: current2.links,
        id: null
      });
    }
    current2 = { parts: [], links: [], line: null };
  };
  const walk = (node, styled) => {
    if (node.type === "text") {
      if (current2.line === null && node.value.trim() !== "") {
        const leading = node.value.slice(0, node.value.search(/\S/)).split("\n").length - 1;
        current2.line = lineOf(node, ctx) + leading;
      }
      current2.parts.push({ text: node.value, styled });
    } else if (node.type === "element") {
      if (node.tagName === "br") return flush2();
      if (node.tagName === "img" || node.tagName === "ul" || node.tagName === "ol") return;
      if (node.tagName === "a" && typeof node.properties.href === "string")
        current2.links.push(node.properties.href);
      for (const child of node.children) walk(child, styled || styledTags.has(node.tagName));
    }
  };
  for (const node of nodes) walk(node, false);
  flush2();
  return lines2;
}
function listEntries(list, ctx) {
  return list.children.filter((c) => c.type === "element" && c.tagName === "li").map((li) => liEntry(li, ctx));
}
function liEntry(li, ctx) {
  const nested = li.children.filter(
    (c) => c.type === "element" && (c.tagName === "ul" || c.tagName === "ol")
  );
  return {
    head: joinLines(inlineLines2(li.children, ctx)),
    checked: null,
    line: lineOf(li, ctx),
    children: nested.flatMap((list) => listEntries(list, ctx)),
    more: false,
    body: null
  };
}
function tableBlock(table, ctx) {
  const rows = [];
  const collect = (node) => {
    for (const child of node.children) {
      if (child.type !== "element") continue;
      if (child.tagName === "tr") rows.push(child);
      else collect(child);
    }
  };
  collect(table);
  const cells = (tr) => tr.children.filter((c) => c.type === "element" && (c.tagName === "td" || c.tagName === "th")).map(
    (cell2) => joinLines(inlineLines2(cell2.children, ctx)) ?? {
      text: "",
      line: lineOf(cell2, ctx),
      styled: false,
      links: [],
      id: null
    }
  );
  const [header, ...body] = rows;
  return {
    kind: "table",
    header: header ? cells(header).map((c) => c.text) : [],
    rows: body.map((tr) => ({ cells: cells(tr), line: lineOf(tr, ctx) })),
    line: lineOf(table, ctx),
    endLine: endLineOf(table, ctx)
  };
}
function blocksOf(nodes, ctx) {
  const blocks = [];
  let inline = [];
  const flushInline = () => {
    const lines2 = inlineLines2(inline, ctx);
    const last = inline[inline.length - 1];
    if (lines2.length > 0 && last) blocks.push(...paragraphBlocks(lines2, ctx.names, endLineOf(last, ctx)));
    inline = [];
  };
  for (const node of nodes) {
    if (node.type === "comment" || node.type === "doctype") continue;
    if (node.type === "text") {
      inline.push(node);
      continue;
    }
    if (node.type !== "element") continue;
    const rank = headingRank[node.tagName];
    if (rank !== void 0) {
      flushInline();
      const text = inlineLines2(node.children, ctx).map((l) => l.text).join(" ");
      blocks.push({ kind: "heading", rank, text, line: lineOf(node, ctx), endLine: endLineOf(node, ctx) });
    } else if (node.tagName === "ul" || node.tagName === "ol") {
      flushInline();
      blocks.push({
        kind: "list",
        entries: listEntries(node, ctx),
        line: lineOf(node, ctx),
        endLine: endLineOf(node, ctx)
      });
    } else if (node.tagName === "li") {
      flushInline();
      blocks.push({
        kind: "list",
        entries: [liEntry(node, ctx)],
        line: lineOf(node, ctx),
        endLine: endLineOf(node, ctx)
      });
    } else if (node.tagName === "p") {
      flushInline();
      const lines2 = inlineLines2(node.children, ctx);
      if (lines2.length > 0) blocks.push(...paragraphBlocks(lines2, ctx.names, endLineOf(node, ctx)));
    } else if (node.tagName === "table") {
      flushInline();
      blocks.push(tableBlock(node, ctx));
    } else if (blockTags.has(node.tagName)) {
      flushInline();
      blocks.push(...blocksOf(node.children, ctx));
    } else if (node.tagName === "hr" || node.tagName === "pre" || node.tagName === "script" || node.tagName === "style") {
      flushInline();
      blocks.push({ kind: "other", line: lineOf(node, ctx), endLine: endLineOf(node, ctx) });
    } else {
      inline.push(node);
    }
  }
  flushInline();
  return blocks;
}
function hasNoText(html) {
  return html.replace(/<!--[\s\S]*?(?:-->|$)/g, "").replace(/<[^>]*>/g, "").trim() === "";
}
function htmlBlocks(html, lineOffset, names4) {
  if (hasNoText(html)) return [];
  const tree = fromHtml(html, { fragment: true });
  return blocksOf(tree.children, { offset: lineOffset, names: names4 });
}

// src/report/blocks.ts
function span(token, fallback) {
  if (!token.map) return { line: fallback, endLine: fallback };
  return { line: token.map[0] + 1, endLine: Math.max(token.map[0] + 1, token.map[1]) };
}
var inlineOf = (node) => node?.children.find((c) => c.token.type === "inline")?.token;
function lines(node, fallback) {
  const inline = inlineOf(node);
  return inline ? inlineLines(inline.children, span(node.token, fallback).line) : [];
}
var ACTION_MARKER = /^\s*<!--\s*postmortem-tracker:\s*action[- ]items\s*-->\s*$/i;
var taskMarker = /^\[([ xX])\](?:\s+|$)/;
function taskState(paragraph) {
  const first = inlineOf(paragraph)?.children?.[0];
  if (first?.type !== "text") return null;
  const marker2 = taskMarker.exec(first.content);
  if (!marker2) return null;
  first.content = first.content.slice(marker2[0].length);
  return marker2[1] !== " ";
}
var isList = (node) => node.token.type === "bullet_list_open" || node.token.type === "ordered_list_open";
function markupOnly(paragraph, fallback) {
  const inline = inlineOf(paragraph);
  if (!paragraph || !inline || inline.content.trim() === "") return null;
  const { line } = span(paragraph.token, fallback);
  return { text: "", line, styled: false, links: [], id: null, boldLabel: false, markup: true };
}
function listEntry(item, raw) {
  const at2 = span(item.token, 1).line;
  const [first, ...rest] = item.children;
  const paragraph = first?.token.type === "paragraph_open" ? first : void 0;
  const checked = taskState(paragraph);
  const headLines = paragraph ? lines(paragraph, at2) : [];
  raw?.push(...headLines);
  const head = joinLines(headLines) ?? markupOnly(paragraph, at2);
  const children = [];
  let more = false;
  let body = null;
  for (const child of paragraph ? rest : item.children) {
    if (isList(child)) children.push(...child.children.map((c) => listEntry(c)));
    else {
      if (!more && child.token.type === "paragraph_open") body = joinLines(lines(child, at2));
      more = true;
    }
  }
  return { head, checked, line: at2, children, more, body };
}
var startsLikeEntry = (text) => new RegExp("^\\p{Lu}[^:.!?]{1,60}:\\s+\\S", "u").test(text);
var endsSentence2 = (text) => /[.!?]["'”’)]?$/.test(text);
function listBlocks(node, ctx) {
  const out = [];
  let entries = [];
  let start = span(node.token, 1).line;
  const flushList = (end) => {
    if (entries.length > 0) out.push({ kind: "list", entries, line: start, endLine: end });
    entries = [];
  };
  for (const item of node.children) {
    const raw = [];
    const entry = listEntry(item, raw);
    const lazy = (l) => !/^\s/.test(ctx.source[l.line - 1] ?? " ");
    const cut = raw.findIndex((l, i) => i > 0 && lazy(l) && pseudoHeading(l, ctx.names) !== null);
    const kept = cut > 0 ? raw.slice(0, cut) : raw;
    const segments = [];
    for (const [i, l] of kept.entries()) {
      const prev = kept[i - 1];
      if (i === 0 || prev && lazy(l) && endsSentence2(prev.text) && startsLikeEntry(l.text))
        segments.push([l]);
      else segments[segments.length - 1]?.push(l);
    }
    if (segments.length <= 1 && cut < 0) {
      entries.push(entry);
      continue;
    }
    segments.forEach((segment, i) => {
      const last = i === segments.length - 1 && cut < 0;
      entries.push({
        ...entry,
        head: joinLines(segment),
        line: segment[0]?.line ?? entry.line,
        checked: i === 0 ? entry.checked : null,
        children: last ? entry.children : [],
        more: last ? entry.more : false,
        body: last ? entry.body : null
      });
    });
    if (cut > 0) {
      const tail = raw.slice(cut);
      flushList((tail[0]?.line ?? entry.line) - 1);
      out.push(...paragraphBlocks(tail, ctx.names, tail[tail.length - 1]?.line ?? entry.line));
      if (entry.children.length > 0)
        out.push({
          kind: "list",
          entries: entry.children,
          line: entry.children[0]?.line ?? entry.line,
          endLine: trimmed(span(item.token, 1), ctx.source).endLine
        });
      start = span(item.token, 1).endLine + 1;
    }
  }
  flushList(trimmed(span(node.token, 1), ctx.source).endLine);
  return out;
}
function emptyLine(line) {
  return { text: "", line, styled: false, links: [], id: null };
}
function tableBlock2(table) {
  const rows = table.children.flatMap((part) => part.children.filter((r) => r.token.type === "tr_open"));
  const cellLines = (row2) => {
    const line = span(row2.token, 1).line;
    return row2.children.map(
      (cell2) => joinLines(lines(cell2, line).map((l) => ({ ...l, line }))) ?? markupOnly(cell2, line) ?? emptyLine(line)
    );
  };
  const [header, ...body] = rows;
  return {
    kind: "table",
    header: header ? cellLines(header).map((cell2) => cell2.text) : [],
    rows: body.map((row2) => ({ cells: cellLines(row2), line: span(row2.token, 1).line })),
    ...span(table.token, 1)
  };
}
function proseCode(token, names4) {
  const at2 = span(token, 1);
  const raw = token.content.split("\n");
  const written = raw.map((text, i) => ({ text: text.trim(), line: at2.line + i })).filter((l) => l.text !== "");
  const prose = written.every(
    (l) => /^[\p{L}\p{N}"'(]/u.test(l.text) && l.text.split(/\s+/).length >= 4 && !/[{};=]\s*$|^\$ /.test(l.text)
  );
  if (!prose || written.length === 0) return [{ kind: "other", ...at2 }];
  const textLines = written.map((l) => ({
    text: cleanText(l.text),
    line: l.line,
    styled: false,
    links: [],
    id: null
  }));
  return paragraphBlocks(textLines, names4, at2.endLine);
}
function trimmed(block, source) {
  let end = block.endLine;
  while (end > block.line && (source[end - 1] ?? "").trim() === "") end -= 1;
  return { line: block.line, endLine: end };
}
function nodeBlocks(node, names4, source) {
  const token = node.token;
  switch (token.type) {
    case "heading_open": {
      const text = lines(node, 1).map((l) => l.text).join(" ");
      return [{ kind: "heading", rank: Number(token.tag.slice(1)), text, ...span(token, 1) }];
    }
    case "paragraph_open":
      return paragraphBlocks(lines(node, 1), names4, span(token, 1).endLine);
    case "bullet_list_open":
    case "ordered_list_open":
      return listBlocks(node, { names: names4, source });
    case "code_block":
      return proseCode(token, names4);
    case "table_open":
      return [tableBlock2(node)];
    case "html_block":
      if (ACTION_MARKER.test(token.content)) return [{ kind: "marker", ...span(token, 1) }];
      return htmlBlocks(token.content, span(token, 1).line - 1, names4);
    case "footnote_block_open":
      return [];
    default:
      return token.map ? [{ kind: "other", ...span(token, 1) }] : [];
  }
}
function documentBlocks(nodes, names4, body) {
  const source = body.split("\n");
  return nodes.flatMap((node) => nodeBlocks(node, names4, source));
}
function proseLines(blocks) {
  const out = [];
  const entry = (e) => {
    if (e.head && e.head.text !== "") out.push({ line: e.head.line, text: e.head.text, kind: "item" });
    for (const child of e.children) entry(child);
  };
  for (const block of blocks) {
    if (block.kind === "heading") out.push({ line: block.line, text: block.text, kind: "heading" });
    else if (block.kind === "paragraph")
      for (const l of block.lines) out.push({ line: l.line, text: l.text, kind: "paragraph" });
    else if (block.kind === "list") for (const e of block.entries) entry(e);
    else if (block.kind === "table") {
      for (const row2 of block.rows)
        out.push({ line: row2.line, text: row2.cells.map((c) => c.text).join(" | "), kind: "row" });
    }
  }
  return out;
}

// src/report/evidence.ts
var imperative = /^(?:never|always|don'?t|do not|avoid|add|adopt|alert|audit|automate|build|check|choose|conduct|configure|consider|create|define|deploy|develop|disable|document|enable|enforce|enhance|ensure|establish|evaluate|expand|explore|fix|have|implement|improve|increase|install|integrate|introduce|investigate|keep|limit|make|migrate|monitor|move|optimi[sz]e|patch|perform|plan|provide|reduce|refactor|remove|replace|require|review|rotate|run|scale|schedule|set up|share|split|standardi[sz]e|start|stop|switch|test|track|train|update|upgrade|use|validate|verify|write)\b/i;
var commitment = /\b(?:we|i|they|the team|team)\s+(?:will|shall|must|should|plan to|intend to|are going to|'re going to|need to)\b|\bwe(?:'re| are)\s+\w+ing\b|\bto be\s+\w+ed\b/i;
var label = /^[^:.!?]{2,60}:\s+\S/;
var connector = /^(?:additionally|also|furthermore|moreover|however|overall|finally|in (?:conclusion|summary|short|addition)|to (?:sum up|conclude)|by (?:implementing|taking|following|adopting)|it is|it was|this (?:is|was|incident)|these|we believe|we hope|thank)\b/i;
var aboutTheMeasures = /\b(?:these|the above|such) (?:corrective |preventative |preventive )?(?:measures|steps|actions|changes|improvements)\b/i;
var pastTelling = /\b(?:was|were|had been|has been)\s+\w+(?:ed|en|t)\b/i;
function reading(text) {
  const action = (imperative.test(text) ? 2 : 0) + (commitment.test(text) ? 1 : 0) + (label.test(text) ? 1 : 0);
  const narrative2 = (connector.test(text) ? 2 : 0) + (aboutTheMeasures.test(text) ? 2 : 0) + (pastTelling.test(text) && !commitment.test(text) ? 1 : 0);
  return { action, narrative: narrative2 };
}
function readsAsAction(text) {
  const r = reading(text);
  return r.narrative <= r.action;
}
function isSignOff(text) {
  const words3 = text.split(/\s+/).filter(Boolean).length;
  return words3 < 4 && (words3 === 1 || !/[.!?]$/.test(text)) && !imperative.test(text);
}
var announcement = /\b(?:what we(?:'re| are| will be) doing|what we will do|we will|we are going to|going forward|to prevent|the following (?:measures|steps|actions|changes|improvements)|as follows)\b/i;
function announcesActions(text) {
  return announcement.test(text);
}

// src/report/items.ts
var words = (text) => text.split(/\s+/).filter(Boolean).length;
var endsWithColon = (text) => /:\s*$/.test(text);
var stripColon = (text) => text.replace(/\s*:\s*$/, "");
var columnRoles = [
  ["owner", /owner|\bwho\b|assignee|assigned|responsible|\bdri\b|\bteam\b/i],
  ["due", /\bdue\b|deadline|\beta\b|target|\bwhen\b|date/i],
  ["priority", /priority|\bprio\b|\bsev/i],
  ["type", /\btype\b|category|\bkind\b/i],
  ["ref", /\bbug|issue|ticket|tracking|jira|\blink|\bpr\b|reference/i],
  ["status", /status|\bstate\b|\bdone\b|complete/i],
  [
    "item",
    /action|item|task|measure|follow|to ?do|\bwhat\b|description|title|remediation|step|focus|goal|improvement/i
  ]
];
function columnMap(header) {
  const roles = /* @__PURE__ */ new Map();
  header.forEach((cell2, index) => {
    const role = columnRoles.find(([r, re]) => re.test(cell2) && ![...roles.values()].includes(r))?.[0];
    if (role) roles.set(index, role);
  });
  if (![...roles.values()].includes("item")) {
    const free = header.findIndex((_, index) => !roles.has(index));
    if (free >= 0) roles.set(free, "item");
  }
  return roles;
}
var isDone = (text) => /^(?:done|completed?|closed|fixed|resolved|yes|✅|✔️?|☑️?)$/i.test(text.trim());
function tableCandidates(table, labels) {
  const roles = columnMap(table.header);
  return table.rows.flatMap((row2) => {
    const cells = {};
    row2.cells.forEach((cell2, index) => {
      const role = roles.get(index);
      if (role) cells[role] = cell2;
    });
    const head = cells.item;
    if (!head || head.text === "" && !head.markup) return [];
    const doneInRef = /(?:^|\s)DONE$/.test((cells.ref?.text ?? "").trim());
    return [{ head, checked: isDone(cells.status?.text ?? "") || doneInRef, labels, cells }];
  });
}
var roleOf = (cell2) => columnRoles.find(([, re]) => re.test(cell2))?.[0];
var hasItemColumn = (table) => table.header.some((cell2) => roleOf(cell2) === "item");
function isActionTable(table) {
  const roles = [...columnMap(table.header).values()];
  return roles.includes("owner") && hasItemColumn(table) && table.rows.length > 0;
}
function isCategory(entry, names4) {
  const text = entry.head?.text ?? "";
  if (entry.children.length === 0 || text === "" || words(text) > 8) return false;
  if (namesCorrectivePart(text, names4) && (endsWithColon(text) || entry.head?.styled)) return true;
  return entry.children.length >= 2 && (endsWithColon(text) || entry.head?.styled === true);
}
function isTitleWithElaboration(entry) {
  const text = entry.head?.text ?? "";
  return entry.children.length === 1 && !entry.more && words(text) <= 10 && (endsWithColon(text) || entry.head?.styled === true) && (entry.children[0]?.children.length ?? 0) === 0;
}
function entryCandidates(entry, labels, names4) {
  const head = entry.head;
  if (head && head.text === "" && entry.children.length === 0)
    return [{ head, checked: entry.checked === true, labels, cells: {} }];
  if (!head || head.text === "")
    return entry.children.flatMap((child2) => entryCandidates(child2, labels, names4));
  if (isCategory(entry, names4)) {
    return entry.children.flatMap((child2) => entryCandidates(child2, [...labels, head.text], names4));
  }
  if (entry.children.length === 0 && endsWithColon(head.text)) {
    if (!entry.body) return [];
    const joined = { ...head, text: `${stripColon(head.text)}: ${entry.body.text}` };
    return [{ head: joined, checked: entry.checked === true, labels, cells: {} }];
  }
  const child = entry.children[0]?.head;
  if (child && isTitleWithElaboration(entry)) {
    const joined = {
      ...head,
      text: `${stripColon(head.text)}: ${child.text}`,
      links: [...head.links, ...child.links]
    };
    return [{ head: joined, checked: entry.checked === true, labels, cells: {} }];
  }
  return [{ head, checked: entry.checked === true, labels, cells: {} }];
}
var sentenceCount = (text) => text.split(/[.!?]+(?:\s+|$)/).filter((s) => s.trim() !== "").length;
var announces = /\b(?:the following|as follows|below)\b/i;
function isActionLine(line) {
  return !endsWithColon(line.text) && !announces.test(line.text) && sentenceCount(line.text) <= 2 && line.text.length <= 250;
}
var LONE_LINE_WORDS = 30;
function listCandidates(entries, labels, names4) {
  let current2 = labels;
  return entries.flatMap((entry) => {
    const text = entry.head?.text ?? "";
    if (entry.children.length === 0 && !entry.body && endsWithColon(text)) {
      current2 = [...labels, text];
      return [];
    }
    return entryCandidates(entry, current2, names4);
  });
}
function groups(section) {
  const stack = [];
  const out = [{ labels: [section.title], blocks: [] }];
  for (const block of section.blocks) {
    if (block.kind === "heading") {
      while (stack.length > 0 && (stack[stack.length - 1]?.rank ?? 0) >= block.rank) stack.pop();
      stack.push({ rank: block.rank, text: block.text });
      out.push({ labels: [section.title, ...stack.map((s) => s.text)], blocks: [] });
    } else {
      out[out.length - 1]?.blocks.push(block);
    }
  }
  return out;
}
function groupCandidates(group, names4) {
  const tables = group.blocks.filter((b) => b.kind === "table");
  const itemTables = tables.filter(hasItemColumn);
  if (itemTables.length > 0) return itemTables.flatMap((t) => tableCandidates(t, group.labels));
  const lists = group.blocks.filter((b) => b.kind === "list");
  if (lists.length > 0) return lists.flatMap((l) => listCandidates(l.entries, group.labels, names4));
  if (tables.length > 0) return tables.flatMap((t) => tableCandidates(t, group.labels));
  const paragraphs = group.blocks.filter((b) => b.kind === "paragraph");
  const listLike = paragraphs.filter((p) => p.lines.length >= 2);
  const lines2 = (listLike.length > 0 ? listLike : paragraphs).flatMap((p) => p.lines);
  const several = lines2.length > 1;
  return lines2.filter((l) => isActionLine(l) && readsAsAction(l.text) && !(several && isSignOff(l.text))).filter((l) => several || words(l.text) <= LONE_LINE_WORDS).map((head) => ({ head, checked: false, labels: group.labels, cells: {} }));
}
var hasListLike = (group) => group.blocks.some(
  (b) => b.kind === "list" || b.kind === "table" || b.kind === "paragraph" && b.lines.length >= 2
);
function sectionCandidates(section, names4) {
  const parts = groups(section);
  const [intro, ...rest] = parts;
  const introOnly = intro !== void 0 && !hasListLike(intro) && rest.some(hasListLike);
  return (introOnly ? rest : parts).flatMap((group) => groupCandidates(group, names4));
}
function isTaskCandidate(candidate, names4) {
  const nearest = candidate.labels[candidate.labels.length - 1];
  return nearest !== void 0 && isTasksHeading(nearest, names4);
}
var actionLabel = /^(?:action(?: item| point)?|todo|to do|follow[- ]?up|next step)\s*:/i;
var directive = /^(?:never|always|don'?t|do not|avoid|add|implement|create|ensure|make sure|set up|enable|disable|improve|introduce|automate|document|monitor|alert|review|update|upgrade|build|establish|define|require|use|move|migrate|write|test|run|schedule|train|fix|remove|replace|limit|increase|reduce)\b/i;
var labelled = (entry) => {
  const head = entry.head;
  return head !== null && !head.styled && head.boldLabel === true && /:\s*\S/.test(head.text);
};
function lessonCandidates(section) {
  const out = [];
  const take2 = (head, checked) => out.push({ head, checked, labels: [section.title], cells: {} });
  let announced = false;
  for (const block of section.blocks) {
    if (block.kind === "paragraph") {
      for (const line of block.lines) if (actionLabel.test(line.text)) take2(line, false);
      announced = block.lines.some((l) => announcesActions(l.text));
    } else if (block.kind === "list") {
      for (const entry of block.entries) {
        const head = entry.head;
        if (head && (announced || actionLabel.test(head.text) || directive.test(head.text) || labelled(entry)))
          take2(head, entry.checked === true);
      }
      announced = false;
    } else if (block.kind === "heading") announced = false;
  }
  return out;
}

// src/report/choose.ts
var inSpan = (line, spans) => spans.some((s) => line >= s.line && line <= s.endLine);
function fromSections(spans, names4) {
  return spans.flatMap((s, section) => sectionCandidates(s, names4).map((c) => ({ ...c, section })));
}
function standalone(blocks, spans, names4, kind) {
  const timeline3 = spans.filter((s) => s.kind === "timeline");
  const out = [];
  let heading = null;
  for (const block of blocks) {
    if (block.kind === "heading") heading = block;
    const fits = kind === "table" ? isStandaloneTable(block) : isStandaloneTaskList(block, heading, names4);
    if (!fits || inSpan(block.line, timeline3)) continue;
    out.push({
      kind: "corrective",
      title: heading?.text ?? "Action items",
      rank: heading?.rank ?? BOLD_RANK,
      line: heading?.line ?? block.line,
      endLine: block.endLine,
      blocks: [block]
    });
  }
  return out;
}
var isStandaloneTable = (block) => block.kind === "table" && isActionTable(block);
var notWork = /checklist|sign[- ]?off|acknowledg|approv|reviewed by|template/i;
function isStandaloneTaskList(block, heading, names4) {
  if (block.kind !== "list") return false;
  const tasks = block.entries.filter((e) => e.checked !== null).length;
  if (tasks === 0 || tasks * 2 < block.entries.length) return false;
  return !heading || !notWork.test(heading.text) && !isClosingHeading(heading.text, names4);
}
var evidenceOf = {
  table: (title) => `the table under "${title}", whose columns name an action and an owner`,
  tasks: (title) => `the task list under "${title}"`
};
function fromHeadings(corrective, names4) {
  const candidates = fromSections(corrective, names4);
  if (candidates.length === 0) return null;
  const used = corrective.filter((_, i) => candidates.some((c) => c.section === i));
  const weak = used.find((s) => s.rank >= BOLD_RANK);
  const first = used[0];
  const source = weak ? {
    certainty: "guess",
    evidence: `the line "${weak.title}", which only looks like a heading`,
    line: weak.line
  } : { certainty: "heading", evidence: `the heading "${first.title}"`, line: first.line };
  return { candidates, extraSections: [], source };
}
function fromStandalone(blocks, spans, names4) {
  const corrective = spans.filter((s) => s.kind === "corrective");
  for (const kind of ["table", "tasks"]) {
    const parts = standalone(blocks, spans, names4, kind).filter(
      (t) => !corrective.some((c) => c.line === t.line)
    );
    const candidates = fromSections(parts, names4);
    const first = parts[0];
    if (candidates.length > 0 && first) {
      const source = {
        certainty: "guess",
        evidence: evidenceOf[kind](first.title),
        line: first.line
      };
      return { candidates, extraSections: parts, source };
    }
  }
  return null;
}
function fromLessons(spans) {
  if (spans.some((s) => s.kind === "corrective")) return null;
  const lessons2 = spans.filter((s) => s.kind === "lessons");
  const candidates = lessons2.flatMap((s) => lessonCandidates(s));
  const from = lessons2.find((s) => candidates.some((c) => c.head.line >= s.line && c.head.line <= s.endLine));
  if (candidates.length === 0 || !from) return null;
  const evidence = `the entries of "${from.title}" that read as actions`;
  return { candidates, extraSections: [], source: { certainty: "guess", evidence, line: from.line } };
}
function chooseItems(blocks, spans, names4) {
  const marked = spans.filter((s) => s.marked);
  if (marked.length > 0) {
    const line = marked[0].line;
    const source = {
      certainty: "marker",
      evidence: "the postmortem-tracker marker comment",
      line
    };
    return { candidates: fromSections(marked, names4), extraSections: [], source };
  }
  const corrective = spans.filter((s) => s.kind === "corrective");
  return fromHeadings(corrective, names4) ?? fromStandalone(blocks, spans, names4) ?? fromLessons(spans) ?? { candidates: [], extraSections: [], source: null };
}

// src/report/front-matter.ts
import matter from "gray-matter";
import { parse as parseYaml2 } from "yaml";
function plain(value) {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().replace(/T00:00:00\.000Z$/, "");
  }
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}
function closingLine(lines2) {
  if (lines2[0]?.trimEnd() !== "---") return -1;
  return lines2.findIndex((line, i) => i > 0 && (line.trimEnd() === "---" || line.trimEnd() === "..."));
}
function readFrontMatter(text) {
  const lines2 = text.split("\n");
  const close2 = closingLine(lines2);
  if (close2 < 0) return { data: {}, body: text, error: null };
  const body = "\n".repeat(close2 + 1) + lines2.slice(close2 + 1).join("\n");
  try {
    const parsed = matter(lines2.slice(0, close2 + 1).join("\n"), {
      language: "yaml",
      engines: { yaml: (text2) => parseYaml2(text2) }
    });
    const data = parsed.data && typeof parsed.data === "object" ? plain(parsed.data) : {};
    return { data, body, error: null };
  } catch (error) {
    const message = error.message ?? "unreadable";
    const at2 = / at line (\d+), column \d+/.exec(message);
    const line = at2 ? Number(at2[1]) : 1;
    const reason = message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "");
    return { data: {}, body, error: { message: `front matter is not valid YAML: ${reason}`, line } };
  }
}
var said2 = (data, key) => {
  const value = data[key] ?? data[key.replace(/-/g, "_")];
  return typeof value === "string" ? value.trim().toLowerCase() : value;
};
function declaresNoItems(data) {
  const value = said2(data, "action-items");
  return value === "none" || value === false || value === 0 || Array.isArray(value) && value.length === 0;
}
function isDraft(data) {
  return said2(data, "status") === "draft";
}

// src/report/markdown.ts
import MarkdownIt from "markdown-it";
import footnote from "markdown-it-footnote";
var MAX_NESTING = 2e3;
var md = new MarkdownIt({ html: true, linkify: true, maxNesting: MAX_NESTING }).use(footnote);
var SHALLOW_NESTING = 400;
var shallow = new MarkdownIt({ html: true, linkify: true, maxNesting: SHALLOW_NESTING }).use(footnote);
function tokenize(body) {
  try {
    return { tokens: md.parse(body, {}), limit: MAX_NESTING };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { tokens: shallow.parse(body, {}), limit: SHALLOW_NESTING };
  }
}
function parseMarkdown(body) {
  const { tokens, limit } = tokenize(body);
  const root = [];
  const stack = [root];
  let truncatedAt = null;
  let lastLine = 1;
  for (const token of tokens) {
    if (token.map) lastLine = token.map[0] + 1;
    if (token.level >= limit - 1 && truncatedAt === null) truncatedAt = lastLine;
    if (token.nesting === -1) {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const node = { token, children: [] };
    stack[stack.length - 1].push(node);
    if (token.nesting === 1) stack.push(node.children);
  }
  return { nodes: root, truncatedAt, limit };
}
function decodeEntities(text) {
  return md.utils.unescapeAll(text.replace(/\\/g, "\\\\"));
}

// src/report/dates.ts
import { DateTime as DateTime4 } from "luxon";
var month = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
var isoDate = "\\d{4}-\\d{2}-\\d{2}(?![\\d:T])|\\d{4}/\\d{1,2}/\\d{1,2}";
var datePattern = `(?:${isoDate}|${month}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${month}\\.?,?\\s+\\d{4})`;
var formats = ["yyyy-MM-dd", "yyyy/M/d", "MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy"];
var cache = /* @__PURE__ */ new Map();
function readDate(text) {
  const known2 = cache.get(text);
  if (known2) return known2;
  const result = parseDate(text);
  if (cache.size > 5e3) cache.clear();
  cache.set(text, result);
  return result;
}
function parseDate(text) {
  const plain2 = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (plain2) {
    const date = DateTime4.utc(Number(plain2[1]), Number(plain2[2]), Number(plain2[3]));
    return date.isValid ? { iso: text } : { invalid: date.invalidExplanation ?? "not a real date" };
  }
  const cleaned = text.replace(/(\d)(st|nd|rd|th)\b/gi, "$1").replace(/[.,]/g, " ").replace(/\s+/g, " ").trim().replace(new RegExp("\\b(\\p{L})(\\p{L}*)", "gu"), (_, a, b) => a.toUpperCase() + b.toLowerCase()).replace(/\bSept\b/, "Sep");
  for (const format of formats) {
    const date = DateTime4.fromFormat(cleaned, format, { zone: "utc", locale: "en-US" });
    if (date.isValid) return { iso: date.toISODate() ?? cleaned };
  }
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(cleaned);
  if (iso) {
    const date = DateTime4.utc(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return { invalid: date.invalidExplanation ?? "not a real date" };
  }
  const parts = DateTime4.fromFormat(cleaned, "MMMM d yyyy", { zone: "utc", locale: "en-US" });
  return { invalid: parts.invalidExplanation ?? "not a real date" };
}

// src/report/metadata.ts
var login = "[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:/[A-Za-z0-9][\\w.-]*)?";
var mention = new RegExp(`(?<![\\w@./\`])@(${login})`, "g");
var mentionToken = new RegExp(`^[,;(\\[\u2014\u2013-]*@${login}[)\\],;]*$`);
var ownerPhrase = /[([]?\b(?:owners?|assignees?|assigned to|dri)\s*[:=-]\s*([^()[\],;|.]+?)\s*(?:[)\]]|(?=[,;|.]|$))/i;
var bracketName = new RegExp("\\s*\\[(\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*){0,2})\\]\\s*$", "u");
var dueMarker = "(?:\u{1F4C5}|\u{1F5D3}\uFE0F?|\\bdue(?:\\s+(?:date|by|on))?|\\bdeadline|\\bby|\\bbefore|\\buntil|\\btarget(?:\\s+date)?|\\beta|\\bscheduled?\\s+for)";
var dueWithMarker = new RegExp(`(${dueMarker})\\s*[:=\u2013-]?\\s*(${datePattern})`, "i");
var narrative = /\b(?:from|to|on|since|after|at|in|between|and|until|till|through|expires?|expired|expiring|started|ended|of)\s*$/i;
var anyIsoDate = new RegExp(`(?<![\\w/-])(${isoDate})`, "g");
function bareIsoDate(text) {
  if (!/\d{4}/.test(text)) return null;
  for (const m of text.matchAll(anyIsoDate)) {
    if (!narrative.test(text.slice(0, m.index))) return m;
  }
  return null;
}
var priorityTag = /(?<![\w-])p([0-4])(?![\w-])/i;
var priorityWord = /\b(?:priority\s*[:=-]?\s*(critical|urgent|highest|high|medium|normal|low|lowest)|(critical|urgent|highest|high|medium|normal|low|lowest)[- ]priority)\b/i;
var priorityByWord = {
  critical: "P0",
  urgent: "P0",
  highest: "P0",
  high: "P1",
  medium: "P2",
  normal: "P2",
  low: "P3",
  lowest: "P4"
};
var typeByWord = {
  prevent: "prevent",
  prevention: "prevent",
  preventive: "prevent",
  preventative: "prevent",
  mitigate: "mitigate",
  mitigation: "mitigate",
  detect: "detect",
  detection: "detect",
  process: "process",
  repair: "repair",
  investigate: "investigate",
  investigation: "investigate"
};
var typeWords = Object.keys(typeByWord).join("|");
var typeTag = new RegExp(`(?:\\btype\\s*[:=]\\s*(${typeWords})\\b|[[(](${typeWords})[\\])])`, "i");
var issueUrl = /^https?:\/\/[^/\s]+\/([\w.-]+)\/([\w.-]+)\/(?:issues|pull)\/(\d+)\b/;
var issueRefText = /(?<![\w/#&])(?:([A-Za-z0-9][\w.-]*)\/([\w.-]+))?#(\d+)\b/;
var issueRefs = new RegExp(issueRefText.source, "g");
var refMention = new RegExp(
  `[(\\[]\\s*(?:(?:tracked|filed|followed)\\s+(?:in|by|as)|see|refs?|issue|bug|ticket)?\\s*${issueRefText.source}\\s*[)\\]]`,
  "gi"
);
var idTag = /\s*(?:[[({]\s*id\s*[:=]\s*([\w.-]+)\s*[\])}]|\{#([\w.-]+)\}|(?<!\w)id\s*[:=]\s*([\w.-]+))/i;
var reserved = /* @__PURE__ */ new Set([
  "done",
  "todo",
  "wip",
  "closed",
  "open",
  "fixed",
  "blocked",
  "draft",
  ...Object.keys(typeByWord)
]);
var refBefore = /(?:\b(?:see|in|issue|bug|ticket|fixes|fixed in|closes|refs?|via|per|tracked (?:in|by|as)|filed as)|[([:])\s*$/i;
var refAfter = /^\s*(?:$|[)\],;—–|]|-\s|@|📅|\b(?:due|p[0-4]|type|id)\b)/i;
function references(text) {
  const scan = text.replace(/https?:\/\/\S+/g, (u) => issueUrl.test(u) ? u : " ".repeat(u.length));
  const out = [];
  for (const m of scan.matchAll(issueRefs)) {
    const full = Boolean(m[1] && m[2]);
    const before = scan.slice(0, m.index);
    const after = scan.slice(m.index + m[0].length);
    if (!full && !refBefore.test(before) && !refAfter.test(after)) continue;
    out.push({
      match: m,
      ref: full ? { owner: m[1], repo: m[2], number: Number(m[3]) } : { number: Number(m[3]) }
    });
  }
  return out;
}
function firstRef(text, links2) {
  for (const link of links2) {
    const m = issueUrl.exec(link);
    if (m?.[1] && m[2]) return { owner: m[1], repo: m[2], number: Number(m[3]) };
  }
  for (const url of text.match(/https?:\/\/\S+/g) ?? []) {
    const m = issueUrl.exec(url);
    if (m?.[1] && m[2]) return { owner: m[1], repo: m[2], number: Number(m[3]) };
  }
  return references(text)[0]?.ref ?? null;
}
function splitOwners(text) {
  return text.split(/[,;&]|\band\b|\s\/\s/).map((s) => s.trim()).filter((s) => s !== "" && s !== "-" && !reserved.has(s.toLowerCase()));
}
function readPriority(text, wholeCell) {
  const tag = priorityTag.exec(text);
  if (tag) return `P${tag[1]}`;
  const word = priorityWord.exec(text);
  const value = word?.[1] ?? word?.[2] ?? (wholeCell ? text.trim() : void 0);
  return value ? priorityByWord[value.toLowerCase()] ?? null : null;
}
function readType(text, wholeCell) {
  const tag = typeTag.exec(text);
  const value = tag?.[1] ?? tag?.[2] ?? (wholeCell ? /^\s*([a-z]+)/i.exec(text)?.[1] : void 0);
  return value ? typeByWord[value.toLowerCase()] ?? null : null;
}
function withoutTrailingMentions(title) {
  const words3 = title.split(" ");
  while (words3.length > 1 && mentionToken.test(words3[words3.length - 1] ?? "")) words3.pop();
  return words3.join(" ");
}
function tidy(title) {
  return title.replace(/\(\s*[,;]?\s*\)|\[\s*\]/g, "").replace(/\s+([,.;:!?])/g, "$1").replace(/\s+/g, " ").replace(/^[\s,;:.|—–-]+|[\s,;:|—–-]+$/g, "").trim();
}
var dateInCell = new RegExp(datePattern, "i");
var wholeIsoDate = new RegExp(`^(?:${isoDate})$`);
function readMetadata(head, cells = {}) {
  let title = head.text;
  const problems = [];
  const owners = [];
  let due = null;
  const dueSource = cells.due?.text ?? "";
  const marked = dueSource ? null : dueWithMarker.exec(title);
  const bare = dueSource || marked ? null : bareIsoDate(title);
  const dateText = dueSource ? dateInCell.exec(dueSource)?.[0] ?? null : marked?.[2] ?? bare?.[1] ?? null;
  if (dueSource.trim() !== "" && !dateText && !/^(?:-|–|n\/a|none|tbd)$/i.test(dueSource.trim())) {
    problems.push(`due date "${dueSource.trim()}" could not be read: write it as YYYY-MM-DD`);
  }
  if (dateText) {
    const result = readDate(dateText);
    if ("iso" in result) due = result.iso;
    else problems.push(`due date "${dateText}" is not a real date (${result.invalid})`);
    const tagLike = marked && (/^(?:📅|🗓|due)/i.test(marked[1] ?? "") || wholeIsoDate.test(dateText));
    if (tagLike && marked) title = title.replace(marked[0], " ");
    else if (bare) title = title.replace(bare[0], " ");
  }
  const priority = cells.priority ? readPriority(cells.priority.text, true) : readPriority(title, false);
  if (!cells.priority)
    title = title.replace(
      /[[(]?\bpriority\s*[:=-]\s*\w+[\])]?|[[(]p[0-4][\])]|(?<![\w-])p[0-4](?![\w-])/gi,
      " "
    );
  const type = cells.type ? readType(cells.type.text, true) : readType(title, false);
  if (!cells.type) title = title.replace(typeTag, " ");
  const ref = cells.ref ? firstRef(cells.ref.text, cells.ref.links) : firstRef(title, head.links);
  if (!cells.ref) {
    title = title.replace(/https?:\/\/\S+?\/(?:issues|pull)\/\d+[^\s)]*/g, " ").replace(refMention, " ");
    for (const { match } of references(title).reverse()) {
      title = `${title.slice(0, match.index)} ${title.slice(match.index + match[0].length)}`;
    }
  }
  const idMatch = idTag.exec(title);
  const id = head.id ?? idMatch?.[1] ?? idMatch?.[2] ?? idMatch?.[3] ?? null;
  if (idMatch) title = title.replace(idMatch[0], " ");
  const phrase = ownerPhrase.exec(title);
  const placed = phrase && (/^[([]/.test(phrase[0]) || /(?:^|[,;—–|(-])\s*$/.test(title.slice(0, phrase.index)));
  if (phrase?.[1] && placed) {
    owners.push(...splitOwners(phrase[1]));
    title = title.replace(phrase[0], " ");
  }
  for (const m of title.matchAll(mention)) if (m[1]) owners.push(`@${m[1]}`);
  title = withoutTrailingMentions(tidy(title));
  const bracket = bracketName.exec(title);
  if (bracket?.[1] && !reserved.has(bracket[1].toLowerCase()) && !priorityTag.test(bracket[1])) {
    owners.push(bracket[1]);
    title = title.replace(bracket[0], "");
  }
  if (cells.owner) owners.push(...splitOwners(cells.owner.text));
  return { owners: [...new Set(owners)], due, priority, type, ref, id, title: tidy(title), problems };
}

// src/report/sections.ts
function findSections(blocks, names4) {
  const sections = [];
  let open3 = null;
  let lastHeading = null;
  for (const block of blocks) {
    if (block.kind === "marker") {
      open3 = {
        kind: "corrective",
        title: lastHeading ?? "Action items",
        rank: 0,
        line: block.line,
        endLine: block.endLine,
        blocks: [],
        marked: true
      };
      sections.push(open3);
      continue;
    }
    if (block.kind === "heading") {
      lastHeading = block.text;
      if (open3?.marked) open3 = null;
      const kind = classifyHeading(block.text, names4);
      if (open3) {
        const goesOn = open3.kind === "corrective" ? continuesCorrective(block.text, names4) || kind === null && !isClosingHeading(block.text, names4) && block.rank > open3.rank : kind === open3.kind ? block.rank > open3.rank : kind === null && !isClosingHeading(block.text, names4) && block.rank > open3.rank;
        if (goesOn) {
          open3.blocks.push(block);
          open3.endLine = block.endLine;
          continue;
        }
        open3 = null;
      }
      if (kind) {
        open3 = {
          kind,
          title: block.text,
          rank: block.rank,
          line: block.line,
          endLine: block.endLine,
          blocks: []
        };
        sections.push(open3);
      }
      continue;
    }
    if (open3) {
      open3.blocks.push(block);
      open3.endLine = block.endLine;
    }
  }
  return sections;
}

// src/report/parse.ts
function reportTitle(frontMatter2, blocks, path, names4) {
  if (typeof frontMatter2.title === "string") {
    const title = cleanText(decodeEntities(frontMatter2.title));
    if (title !== "") return title;
  }
  const headings = blocks.filter((b) => b.kind === "heading" && b.text !== "");
  const h1 = headings.find((h) => h.rank === 1);
  if (h1) return h1.text;
  const named = headings.find((h) => h.rank <= 6 && !isKnownHeading(h.text, names4));
  return named?.text ?? path.replace(/^.*\//, "").replace(/\.md$/i, "");
}
function groupOf(candidate, mixed, names4) {
  if (!mixed) return null;
  return isTaskCandidate(candidate, names4) ? "tasks" : "improvements";
}
function toItems(candidates, names4, file, warnings) {
  const mixedSections = /* @__PURE__ */ new Set();
  for (const section of new Set(candidates.map((c) => c.section))) {
    const inSection = candidates.filter((c) => c.section === section);
    const tasks = inSection.filter((c) => isTaskCandidate(c, names4)).length;
    if (tasks > 0 && tasks < inSection.length) mixedSections.add(section);
  }
  const seen = /* @__PURE__ */ new Map();
  const next = /* @__PURE__ */ new Map();
  const read = /* @__PURE__ */ new Map();
  return candidates.flatMap((candidate) => {
    const { head, cells } = candidate;
    if (!hasWords(head.text) && !head.links.some((l) => /\/issues\/\d+/.test(l))) {
      const shown = head.text === "" ? "nothing but markup" : `only "${head.text}"`;
      warnings.push({
        severity: "warning",
        message: `this action item has ${shown} once its formatting is taken out, so it is not tracked: write what should be done`,
        file,
        line: head.line
      });
      return [];
    }
    const signature = [
      head.text,
      head.id,
      ...head.links,
      ...Object.entries(cells).flatMap(([r, c]) => [r, c.text, ...c.links])
    ].join("\0");
    const meta = read.get(signature) ?? readMetadata(head, cells);
    read.set(signature, meta);
    const line = candidate.head.line;
    for (const problem of meta.problems) warnings.push({ severity: "warning", message: problem, file, line });
    let key = meta.id ? explicitKey(meta.id) : derivedKey(meta.title || candidate.head.text);
    const first = seen.get(key);
    if (first !== void 0) {
      warnings.push({
        severity: "warning",
        message: `action item repeats the one on line ${first}; it gets its own key`,
        file,
        line
      });
      let n = next.get(key) ?? 2;
      while (seen.has(`${key}-${n}`)) n += 1;
      next.set(key, n + 1);
      key = `${key}-${n}`;
    }
    seen.set(key, line);
    const item = {
      key,
      title: meta.title || candidate.head.text,
      text: candidate.head.text,
      line,
      checked: candidate.checked,
      owners: [...meta.owners],
      due: meta.due,
      priority: meta.priority,
      type: meta.type,
      ref: meta.ref ? { ...meta.ref } : null,
      group: groupOf(candidate, mixedSections.has(candidate.section), names4),
      id: meta.id
    };
    return [item];
  });
}
var hasWords = (text) => /[\p{L}\p{N}]/u.test(text);
function missingItemsWarning(spans, choice) {
  const corrective = spans.find((s) => s.kind === "corrective");
  const found = choice.candidates.length;
  if (choice.source?.certainty === "marker") return null;
  if (corrective) {
    if (found > 0 && choice.source?.line === corrective.line) return null;
    if (found > 0 && choice.extraSections.length === 0) return null;
    if (found > 0)
      return {
        message: `"${corrective.title}" has no action items; ${found} action item(s) were taken from ${choice.source?.evidence}`,
        line: corrective.line
      };
    return {
      message: `"${corrective.title}" has no action items: write each measure as a list item ("- [ ] ...") so it can be tracked`,
      line: corrective.line
    };
  }
  if (found > 0 && choice.source) {
    const where = choice.extraSections[0]?.title ?? spans.find((s) => s.line === choice.source?.line)?.title;
    return {
      message: `no "Corrective and Preventative Measures" section; ${found} action item(s) were taken from "${where}"`,
      line: choice.source.line
    };
  }
  const lessons2 = spans.find((s) => s.kind === "lessons");
  return {
    message: `no "Corrective and Preventative Measures" section (or "Action items", "Next steps", "Follow-ups", "Remediation"), so there is nothing to track`,
    ...lessons2 ? { line: lessons2.line } : {}
  };
}
function mergeNames(extra) {
  return extra ? { ...defaultSectionNames, ...extra } : defaultSectionNames;
}
function parseReport(input, options = {}) {
  const file = options.path ?? "<input>";
  const names4 = mergeNames(options.sectionNames);
  const warnings = [];
  const errors = [];
  const text = (typeof input === "string" ? input : "").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const front = readFrontMatter(text);
  if (front.error)
    errors.push({ severity: "error", message: front.error.message, file, line: front.error.line });
  let blocks = [];
  try {
    const parsed = parseMarkdown(front.body);
    blocks = documentBlocks(parsed.nodes, names4, front.body);
    if (parsed.truncatedAt !== null)
      warnings.push({
        severity: "warning",
        message: `the Markdown nests deeper than ${parsed.limit} levels here; what lies deeper was not read`,
        file,
        line: parsed.truncatedAt
      });
  } catch (error) {
    errors.push({
      severity: "error",
      message: `could not read the Markdown: ${String(error)}`,
      file,
      line: 1
    });
  }
  const spans = findSections(blocks, names4);
  const choice = chooseItems(blocks, spans, names4);
  const sections = [...spans, ...choice.extraSections].sort((a, b) => a.line - b.line);
  const missing = missingItemsWarning(spans, choice);
  if (missing) warnings.push({ severity: "warning", file, ...missing });
  return {
    path: file,
    title: reportTitle(front.data, blocks, file, names4),
    frontMatter: front.data,
    sections: sections.map(({ kind, title, line, endLine }) => ({ kind, title, line, endLine })),
    items: toItems(choice.candidates, names4, file, warnings),
    prose: proseLines(blocks),
    warnings,
    errors,
    ...choice.source ? { itemsFrom: choice.source } : {},
    declaresNoItems: declaresNoItems(front.data),
    draft: isDraft(front.data)
  };
}

// src/tracking/match/similarity.ts
var stem = (word) => word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
var words2 = (text) => normalizeText(text).split(" ").filter(Boolean).map(stem);
function withinEdits(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row2 = [i];
    for (let j = 1; j <= b.length; j += 1)
      row2[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row2[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    if (Math.min(...row2) > max) return false;
    prev = row2;
  }
  return (prev[b.length] ?? max + 1) <= max;
}
var sameWord = (a, b) => a === b || Math.min(a.length, b.length) >= 5 && !/\d/.test(a + b) && withinEdits(a, b, 1);
function wordWeights(texts) {
  const seen = /* @__PURE__ */ new Map();
  for (const text of texts) for (const w of new Set(words2(text))) seen.set(w, (seen.get(w) ?? 0) + 1);
  const n = Math.max(texts.length, 1);
  return (word) => Math.log(1 + n / (seen.get(word) ?? 1));
}
function likeness(a, b, weight) {
  const wa = words2(a);
  const wb = words2(b);
  const total = (ws) => ws.reduce((sum, w) => sum + weight(w), 0);
  const left = [...wb];
  let shared = 0;
  for (const w of wa) {
    const at2 = left.findIndex((x) => sameWord(w, x));
    if (at2 < 0) continue;
    shared += weight(w);
    left.splice(at2, 1);
  }
  const ta = total(wa);
  const tb = total(wb);
  if (ta === 0 || tb === 0) return { score: ta === tb ? 1 : 0, aInB: 0, bInA: 0 };
  const dice = 2 * shared / (ta + tb);
  const containment = shared / Math.min(ta, tb);
  return { score: 0.5 * dice + 0.5 * containment, aInB: shared / ta, bInA: shared / tb };
}

// src/tracking/match/assign.ts
var PLAUSIBLE = 0.5;
var NEAR = 0.1;
var PART = 0.7;
var wasText = (c) => c.before?.title ?? c.own.issue.title;
function names(item, c, source) {
  const ref = item.ref;
  if (!ref || ref.number !== c.own.issue.number) return false;
  return sameRepo({ owner: ref.owner ?? source.owner, repo: ref.repo ?? source.repo }, c.own.issue.repo);
}
function exactPairs(items, candidates, source) {
  const pairs = /* @__PURE__ */ new Map();
  const pinned = /* @__PURE__ */ new Set();
  const used = /* @__PURE__ */ new Set();
  const take2 = (test, pin) => items.forEach((item, i) => {
    if (pairs.has(i)) return;
    const j = candidates.findIndex((c, n) => !used.has(n) && test(item, c));
    if (j < 0) return;
    pairs.set(i, j);
    used.add(j);
    if (pin) pinned.add(i);
  });
  take2((item, c) => names(item, c, source), true);
  take2((item, c) => c.own.marker.key === item.key, false);
  return { pairs, pinned };
}
function positionBonus(i, j, anchors, sizes) {
  for (const [ai, aj] of anchors) if (ai < i && aj > j || ai > i && aj < j) return 0;
  const near = Math.abs(i / Math.max(sizes[0], 1) - j / Math.max(sizes[1], 1)) <= 0.2;
  return near ? 0.15 : 0.1;
}
function metadataBonus(item, c) {
  const b = c.before;
  if (!b) return 0;
  const same = (x, y) => x !== null && x !== void 0 && x !== "" && x === y;
  return 0.05 * [
    same(item.owners.join(), (b.owners ?? []).join()),
    same(item.due, b.due),
    same(item.priority, b.priority)
  ].filter(Boolean).length;
}
function scorePairs(items, candidates, anchors, weight) {
  const takenCands = new Set(anchors.values());
  const scored = [];
  items.forEach((item, i) => {
    if (anchors.has(i)) return;
    candidates.forEach((c, j) => {
      if (takenCands.has(j)) return;
      const text = likeness(item.title, wasText(c), weight).score;
      const bonus = positionBonus(i, j, anchors, [items.length, candidates.length]) + metadataBonus(item, c);
      if (text >= PLAUSIBLE || text >= 0.34 && bonus >= 0.2)
        scored.push({ item: i, cand: j, total: text + bonus });
    });
  });
  return scored.sort((a, b) => b.total - a.total || Math.abs(a.item - a.cand) - Math.abs(b.item - b.cand));
}
function greedy(scored) {
  const items = /* @__PURE__ */ new Set();
  const cands = /* @__PURE__ */ new Set();
  const chosen = [];
  for (const s of scored) {
    if (items.has(s.item) || cands.has(s.cand)) continue;
    chosen.push(s);
    items.add(s.item);
    cands.add(s.cand);
  }
  const guesses = new Set(
    chosen.filter(
      (c) => scored.some((s) => s !== c && (s.item === c.item || s.cand === c.cand) && s.total >= c.total - NEAR)
    )
  );
  return { chosen, guesses };
}
function matchItems(items, candidates, source) {
  const { pairs: anchors, pinned } = exactPairs(items, candidates, source);
  const weight = wordWeights([...items.map((i) => i.title), ...candidates.map(wasText)]);
  const { chosen, guesses } = greedy(scorePairs(items, candidates, anchors, weight));
  const matched = /* @__PURE__ */ new Map();
  const at2 = (j) => candidates[j];
  for (const [i, j] of anchors) {
    const exact = at2(j).own.marker.key === items[i]?.key;
    matched.set(i, { candidate: at2(j), pinned: pinned.has(i), was: wasText(at2(j)), exact, guess: false });
  }
  for (const s of chosen) {
    const match = { candidate: at2(s.cand), pinned: false, was: wasText(at2(s.cand)), exact: false };
    matched.set(s.item, { ...match, guess: guesses.has(s) });
  }
  const used = new Set([...matched.values()].map((m) => m.candidate));
  const edited = [...matched.entries()].filter(([, m]) => !m.exact);
  const splitOf = /* @__PURE__ */ new Map();
  items.forEach((item, i) => {
    if (matched.has(i)) return;
    const from = edited.find(([, m]) => likeness(item.title, m.was, weight).aInB >= PART);
    if (from) splitOf.set(i, from[1].candidate);
  });
  for (const from of splitOf.values())
    for (const m of matched.values()) if (m.candidate === from) m.guess = false;
  const leftOver = candidates.filter((c) => !used.has(c)).map((c) => {
    const into = edited.find(([i]) => likeness(wasText(c), items[i]?.title ?? "", weight).aInB >= PART);
    return { candidate: c, into: into ? into[1].candidate : null };
  });
  for (const { into } of leftOver)
    for (const m of matched.values()) if (into && m.candidate === into) m.guess = false;
  return { matched, splitOf, leftOver };
}

// src/tracking/sync/tracker-marker.ts
function markerBase(ctx, now) {
  const meta = ctx.report.frontMatter;
  return {
    v: 1,
    kind: "tracker",
    report: ctx.path,
    source: repoName(ctx.source),
    title: ctx.report.title,
    pr: ctx.pullRequest,
    ...typeof meta.severity === "string" || typeof meta.severity === "number" ? { severity: String(meta.severity) } : {},
    ...typeof meta.date === "string" ? { date: meta.date } : {},
    ...reportOwners(meta).length > 0 ? { owners: reportOwners(meta) } : {},
    sha: ctx.source.sha,
    merged: now
  };
}

// src/tracking/sync/state.ts
var isTracked = (item, config) => !item.ref && !(item.checked && config.issues["checked-items"] === "record");
function blockedReason(input) {
  const { report, path } = input.ctx;
  if (report.draft)
    return `${path} is marked \`status: draft\` in its front matter, so nothing was filed. When it is final, change that line (e.g. \`status: final\`) in a pull request; merging it files the action items.`;
  if (report.errors.length > 0) {
    return `${path} has errors, so nothing was filed: ${report.errors.map((e) => `line ${e.line}: ${e.message}`).join("; ")}`;
  }
  const tracked = report.items.filter((i) => isTracked(i, input.config)).length;
  const max = input.config.issues["max-items"];
  if (tracked > max) {
    return `${path} has ${tracked} open action items, more than the limit of ${max}, so nothing was filed. Split the report's measures, or raise \`issues.max-items\` in .github/postmortem-tracker.yml.`;
  }
  return null;
}
function lostTracker(existing, input, label2) {
  const { ctx, config } = input;
  const issue = existing.find(
    (i) => i.author === input.botLogin && i.labels.includes(config.labels.tracker) && i.labels.includes(label2) && parseMarker(i.body) === null
  );
  if (!issue) return null;
  const marker2 = { ...markerBase(ctx, input.now), sha: "", items: [] };
  return { issue, marker: marker2 };
}
function startSync(input) {
  const { ctx, config } = input;
  const paths = [ctx.path, ...input.previousPath ? [input.previousPath] : []];
  const newLabel = reportLabel(ctx.path, config);
  const oldLabel = input.previousPath ? reportLabel(input.previousPath, config) : newLabel;
  const renamed = oldLabel !== newLabel && input.existing.some((i) => i.labels.includes(oldLabel));
  const existing = renamed ? input.existing.map((i) => ({ ...i, labels: i.labels.map((l) => l === oldLabel ? newLabel : l) })) : input.existing;
  const found = ourIssues(existing, input.botLogin, paths);
  const { actions } = found;
  const tracker = found.tracker ?? lostTracker(existing, input, newLabel);
  const blocked = blockedReason(input);
  if (blocked) return { blocked };
  const recorded = tracker?.marker.sha === ctx.source.sha && tracker.marker.report === ctx.path;
  if (tracker && recorded && !leftUndone(tracker, actions)) return { inSync: true };
  if (ctx.report.items.length === 0 && !tracker && actions.length === 0)
    return { inSync: true, noItems: true };
  const previous = new Map((tracker?.marker.items ?? []).map((e) => [e.key, e]));
  const matching = matchItems(
    ctx.report.items,
    actions.map((own) => ({ own, before: previous.get(own.marker.key) })),
    ctx.source
  );
  const pairs = ctx.report.items.map((item, i) => {
    const match = matching.matched.get(i);
    const own = match?.candidate.own;
    const before = previous.get(item.key) ?? (own ? previous.get(own.marker.key) : void 0);
    return { item, own, before, match, splitOf: matching.splitOf.get(i) };
  });
  const leftOver = matching.leftOver.map((l) => ({ own: l.candidate.own, into: l.into?.own ?? null }));
  const repaired = found.tracker === null && tracker !== null;
  return {
    state: { input, newLabel, oldLabel, renamed, existing, tracker, pairs, leftOver, previous, repaired }
  };
}

// src/tracking/sync/setup.ts
var TRACKER = "tracker";
function syncLabels(state) {
  const { ctx, config } = state.input;
  const labels = /* @__PURE__ */ new Map();
  for (const { item, match } of state.pairs)
    if (isTracked(item, config) || match?.pinned)
      for (const l of itemLabels(item, ctx.path, config)) labels.set(l.name, l);
  for (const l of trackerLabels(ctx.path, config)) labels.set(l.name, l);
  return [...labels.values()];
}
function trackerCreation(state) {
  const { ctx, config } = state.input;
  const tracked = ctx.report.items.filter((i) => isTracked(i, config)).length;
  const pending = { ...markerBase(state.input.ctx, state.input.now), sha: "", items: [] };
  return {
    op: "createIssue",
    key: TRACKER,
    repo: ctx.target,
    title: trackerTitle(ctx.report),
    body: trackerBody(
      headerFromReport(ctx),
      [`Filing ${tracked} action item(s)\u2026`],
      0,
      ctx.report.items.length,
      pending
    ),
    labels: trackerLabels(ctx.path, config).map((l) => l.name),
    // The report's owners follow the tracker; those who cannot be assigned are left out.
    assignees: config.issues["assign-owners"] ? assignableOwners(reportOwners(ctx.report.frontMatter)) : []
  };
}
function planSetup(state) {
  const target = state.input.ctx.target;
  const known2 = new Set(state.existing.flatMap((i) => i.labels));
  const rename = state.renamed ? [{ op: "renameLabel", repo: target, from: state.oldLabel, to: state.newLabel }] : [];
  const labels = syncLabels(state).filter((l) => !known2.has(l.name)).map((l) => ({ op: "ensureLabel", repo: target, ...l }));
  return [...rename, ...labels, ...state.tracker ? [] : [trackerCreation(state)]];
}

// src/tracking/sync/plan.ts
function itemContext(state, tracker) {
  const target = state.input.ctx.target;
  return {
    state,
    trackerRef: (from) => tracker === null ? "(new issue)" : issueRef(from, target, tracker)
  };
}
function planItems(state, tracker) {
  const c = itemContext(state, tracker);
  const items = state.pairs.map((pair) => planItem(pair, c));
  const operations = items.flatMap((i) => i.operations);
  const changes = items.flatMap((i) => i.changes);
  for (const { own, into } of state.leftOver) {
    if (own.issue.state !== "open") continue;
    const { ctx } = state.input;
    const body = into ? mergedComment(ctx, issueRef(ctx.target, ctx.target, into.issue.number)) : removedComment(ctx);
    const closed = closeWithComment(own.issue, body, "not_planned");
    operations.push(...closed.operations);
    changes.push(into ? { ...closed.change, kind: "merged", related: into.issue.number } : closed.change);
  }
  return { operations, changes, items };
}
function planSync(input) {
  const start = startSync(input);
  if ("blocked" in start) return { kind: "blocked", reason: start.blocked };
  if ("inSync" in start) return { kind: "in-sync" };
  const { state } = start;
  return {
    kind: "sync",
    state,
    setup: planSetup(state),
    items: planItems(state, state.tracker?.issue.number ?? null)
  };
}

// src/tracking/sync/finish.ts
function trackerNode(state, created) {
  if (state.tracker) return { number: state.tracker.issue.number, nodeId: state.tracker.issue.nodeId };
  const made = created.get(TRACKER);
  return made ? { number: made.number, nodeId: made.nodeId } : null;
}
function placedEntries(items, created) {
  return items.items.map(({ placed }) => ({
    placed,
    entry: placed.key ? { ...placed.entry, issue: created.get(placed.key)?.number ?? null } : placed.entry
  }));
}
function unreached(entry, target, problems) {
  if (!entry.ref || entry.issue === null) return entry;
  const key = issueKey(entryRepo(entry, target), entry.issue);
  const problem = problems.find((p) => p.issue === key);
  return problem ? { ...entry, unreached: problem.answer } : entry;
}
function trackedItems(state, items, created) {
  return placedEntries(items, created).flatMap(({ entry }, i) => {
    const item = state.pairs[i]?.item;
    return item && entry.issue !== null && !entry.ref && !entry.done ? [{ item, issue: entry.issue }] : [];
  });
}
function refusedNotes(state, items, created, tracker) {
  const c = itemContext(state, tracker);
  const notes = [];
  for (const { placed } of items.items) {
    const made = placed.key ? created.get(placed.key) : void 0;
    const body = made ? bodyWithRefused(placed, made.refused, c) : null;
    if (made && body)
      notes.push({ op: "updateIssue", repo: made.repo, issue: { existing: made.number }, body });
  }
  return notes;
}
function subIssues(state, items, created, parent) {
  const nodes = new Map(state.existing.map((i) => [i.number, i.nodeId]));
  const children = items.items.flatMap(({ subIssue }) => {
    if (!subIssue) return [];
    if ("key" in subIssue) {
      const made = created.get(subIssue.key);
      return made ? [{ number: made.number, nodeId: made.nodeId }] : [];
    }
    const nodeId = nodes.get(subIssue.existing);
    return nodeId ? [{ number: subIssue.existing, nodeId }] : [];
  });
  const repo = state.input.ctx.target;
  return children.length > 0 ? [{ op: "addSubIssues", repo, parent, children }] : [];
}
function trackerWrites(state, items, created, tracker, problems) {
  const { ctx, config, now } = state.input;
  const target = ctx.target;
  const entries = placedEntries(items, created).map(({ entry, placed }) => ({
    placed,
    entry: unreached(entry, target, problems)
  }));
  const marker2 = {
    ...markerBase(state.input.ctx, state.input.now),
    merged: state.tracker?.marker.merged ?? now,
    ...state.tracker?.marker.followUp ? { followUp: state.tracker.marker.followUp } : {},
    // What the sweep has sent survives a sync, or the next sweep would send it again.
    ...state.tracker?.marker.sweep ? { sweep: state.tracker.marker.sweep } : {},
    items: entries.map(({ entry }) => entry)
  };
  const rules2 = deadlineRules(config);
  const facts = { merged: marker2.merged, severity: marker2.severity ?? null };
  const lines2 = entries.map(
    ({ entry, placed }) => entryLine(
      entry,
      placed.state,
      entry.issue !== null ? issueRef(target, entryRepo(entry, target), entry.issue) : null,
      deadlineBy(entry, facts, rules2),
      shownReason(entry.key, marker2.sweep)
    )
  );
  const resolved = entries.filter((e) => e.placed.state !== "open").length;
  const notPlanned = entries.filter((e) => e.placed.state === "not_planned").length;
  const transition = trackerTransition(
    { repo: target, number: tracker, open: state.tracker ? state.tracker.issue.state === "open" : true },
    entries.length > 0 && resolved === entries.length,
    allResolvedComment(entries.length, notPlanned)
  );
  const labels = trackerLabels(ctx.path, config);
  const notes = trackerNotes(state.tracker?.issue.body ?? "");
  const update = {
    op: "updateIssue",
    repo: target,
    issue: { existing: tracker },
    title: trackerTitle(ctx.report),
    body: trackerBody(headerFromReport(ctx), lines2, resolved, entries.length, marker2, notes),
    labels: state.tracker ? mergeLabels(state.tracker.issue.labels, labels) : labels.map((l) => l.name),
    ...transition.state
  };
  return [...transition.comment ? [transition.comment] : [], update];
}
function finishSync(state, items, created, commented = false, problems = []) {
  const { ctx } = state.input;
  const tracker = trackerNode(state, created);
  const ops = refusedNotes(state, items, created, tracker?.number ?? null);
  if (tracker) ops.push(...subIssues(state, items, created, tracker));
  if (ctx.pullRequest !== null && !commented) {
    const body = pullRequestComment(
      ctx,
      items.changes,
      created,
      tracker?.number ?? null,
      items.items.length,
      problems
    );
    ops.push({ op: "comment", repo: ctx.source, issue: { existing: ctx.pullRequest }, body });
  }
  if (tracker) ops.push(...trackerWrites(state, items, created, tracker.number, problems));
  return ops;
}

// src/tracking/link-back.ts
function linkedReport(text, items, where) {
  const lines2 = text.split("\n");
  let added = 0;
  for (const { item, issue } of items) {
    const at2 = item.line - 1;
    const line = lines2[at2];
    const url = `${where.serverUrl}/${repoName(where.repo)}/issues/${issue}`;
    if (line === void 0 || item.ref?.number === issue || line.includes(url)) continue;
    lines2[at2] = withLink(line, `[#${issue}](${url})`);
    added += 1;
  }
  return added > 0 ? lines2.join("\n") : null;
}
function withLink(line, link) {
  const cr = line.endsWith("\r") ? "\r" : "";
  const body = cr ? line.slice(0, -1) : line;
  const trimmed2 = body.trimEnd();
  if (trimmed2.trimStart().startsWith("|") && trimmed2.endsWith("|") && !trimmed2.endsWith("\\|"))
    return `${trimmed2.slice(0, -1).trimEnd()} ${link} |${cr}`;
  return `${trimmed2} (${link})${cr}`;
}

// src/jobs/link-back.ts
var linkBranch = (path) => `postmortem-tracker/links/${path.replace(/\.md$/i, "").replace(/[^\w.-]+/g, "-")}`;
async function linkBack(state, synced, at2, deps) {
  if (deps.config["link-back"] !== "pull-request") return;
  const { ctx } = state.input;
  const file = await deps.client.file(ctx.source, ctx.path, at2.sha);
  if (!file) return;
  const issues = trackedItems(state, synced.items, synced.created);
  const text = linkedReport(file.text, issues, { repo: ctx.target, serverUrl: ctx.source.serverUrl });
  if (text === null) {
    deps.log.info(`${ctx.path}: every item links its issue already`);
    return;
  }
  const branch = linkBranch(ctx.path);
  const open3 = await deps.client.openPullsFrom(ctx.source, branch);
  const repo = ctx.source;
  const title = `Link the action items of "${ctx.report.title}" to their issues`;
  const ops = [
    { op: "moveBranch", repo, branch, sha: at2.sha },
    { op: "writeFile", repo, branch, path: ctx.path, text, blobSha: file.sha, message: title }
  ];
  if (open3.length === 0) {
    const body = `Writes a link to each action item's issue into \`${ctx.path}\`, so that readers of the report see where each item is tracked. Merging it changes no issue: each item keeps its own. This pull request is updated after later merges of the report.`;
    ops.push({ op: "openPullRequest", repo, head: branch, base: at2.base, title, body });
  }
  await deps.gateway.apply(ops);
}

// src/jobs/report-input.ts
async function readReport(client, repo, path, sha, config) {
  const text = await client.fileText(repo, path, sha);
  return text === null ? null : parseReport(text, { path, sectionNames: sectionNames(config) });
}
async function reportIssues(client, target, file, config) {
  const paths = [file.path, ...file.previousPath ? [file.previousPath] : []];
  const existing = [];
  for (const label2 of new Set(paths.map((p) => reportLabel(p, config))))
    existing.push(...await client.issuesWithLabel(target, label2));
  return existing;
}
async function syncInputFor(client, at2, settings) {
  const target = targetRepo(at2.source, settings.config);
  return {
    ctx: {
      report: at2.report,
      path: at2.file.path,
      source: { ...at2.source, sha: at2.sha, serverUrl: at2.serverUrl },
      pullRequest: at2.pullRequest,
      target
    },
    previousPath: at2.file.previousPath ?? null,
    existing: await reportIssues(client, target, at2.file, settings.config),
    botLogin: settings.botLogin,
    config: settings.config,
    now: settings.now().toISOString()
  };
}

// src/jobs/sync.ts
var BLOCKED = "<!-- postmortem-tracker blocked";
async function applySync(state, deps) {
  const { gateway } = deps;
  const skippedBefore = gateway.skipped.length;
  const setup = planSetup(state);
  const made = await gateway.apply(setup);
  const items = planItems(state, trackerNode(state, made)?.number ?? null);
  const created = new Map([...made, ...await gateway.apply(items.operations)]);
  const problems = gateway.skipped.slice(skippedBefore);
  const finish = finishSync(state, items, created, await commentedBefore(state, deps), problems);
  await gateway.apply(finish);
  return { operations: [...setup, ...items.operations, ...finish], items, created };
}
async function commentedBefore(state, deps) {
  const { ctx } = state.input;
  if (!state.tracker || ctx.pullRequest === null) return false;
  const tag = syncedTag(ctx);
  const comments2 = await deps.client.comments(ctx.source, ctx.pullRequest);
  return comments2.some((c) => c.author === deps.botLogin && c.body.includes(tag));
}
async function isOlderMerge(input, file, deps) {
  const paths = [file.path, ...file.previousPath ? [file.previousPath] : []];
  const { tracker } = ourIssues(input.existing, deps.botLogin, paths);
  const sha = input.ctx.source.sha;
  if (!tracker?.marker.sha || tracker.marker.sha === sha) return false;
  const status = await deps.client.compare(input.ctx.source, tracker.marker.sha, sha);
  if (status !== "behind" && status !== "identical") return false;
  deps.log.info(
    `${file.path}: ${sha.slice(0, 7)} is older than ${tracker.marker.sha.slice(0, 7)}, already synced; skipped`
  );
  return true;
}
async function syncReport(change, file, deps) {
  const { log } = deps;
  const report = await readReport(deps.client, change.source, file.path, change.sha, deps.config);
  if (report === null) {
    log.warn(`${file.path} is not in ${change.sha}; skipped`);
    return null;
  }
  for (const w of report.warnings) log.info(`${w.file}${w.line ? `:${w.line}` : ""}: ${w.message}`);
  const input = await syncInputFor(deps.client, { ...change, report, file }, deps);
  if (await isOlderMerge(input, file, deps)) return null;
  const start = startSync(input);
  if ("blocked" in start) {
    log.warn(start.blocked);
    const tag = `${BLOCKED} ${change.sha} ${file.path} -->`;
    if (change.pullRequest !== null)
      await noticeOnce(
        deps,
        { repo: change.source, pullRequest: change.pullRequest },
        `${start.blocked}

${tag}`,
        tag
      );
    return { path: file.path, blocked: start.blocked, operations: [] };
  }
  if ("inSync" in start) {
    log.info(
      start.noItems ? `${file.path}: has no action items; nothing to file` : `${file.path}: already in sync with ${change.sha.slice(0, 7)}`
    );
    return { path: file.path, blocked: null, operations: [] };
  }
  const synced = await applySync(start.state, deps);
  if (change.branch) await linkBack(start.state, synced, { sha: change.sha, base: change.branch }, deps);
  return { path: file.path, blocked: null, operations: synced.operations };
}
async function syncMerge(change, deps) {
  const results = [];
  for (const file of change.files) {
    const why = notReportReason(file.path, deps.config);
    if (why && !file.removed) deps.log.info(`${file.path}: not synced, ${why}`);
  }
  for (const file of changedReports(change.files, deps.config)) {
    const result = await syncReport(change, file, deps);
    if (result) results.push(result);
  }
  return results;
}

// src/app/on-merge.ts
var CONFIG_NOTICE = "<!-- postmortem-tracker config -->";
function onMerge(app, env) {
  app.on("pull_request.closed", async (context) => {
    const pr = context.payload.pull_request;
    const repository = context.payload.repository;
    if (!pr.merged || !pr.merge_commit_sha || pr.base.ref !== repository.default_branch) return;
    const sha = pr.merge_commit_sha;
    const onBadConfig = (message, deps) => noticeOnce(
      deps,
      { repo: context.repo(), pullRequest: pr.number },
      `Nothing was filed for this merge: ${message}

${CONFIG_NOTICE}`,
      message
    );
    await handle(context, env, { lock: true, onBadConfig }, async (deps, repo) => {
      const files = fromPullRequestFiles(await deps.client.pullRequestFiles(repo, pr.number));
      if (!files.some((f) => !f.removed && isReportPath(f.path, deps.config))) return;
      const change = {
        source: repo,
        sha,
        pullRequest: pr.number,
        serverUrl: serverUrl(repository.html_url),
        files,
        branch: pr.base.ref
      };
      await syncMerge(change, deps);
    });
  });
}

// src/app/on-push.ts
function onPush(app, env) {
  app.on("push", async (context) => {
    const { payload } = context;
    const repository = payload.repository;
    const toDefault = payload.ref === `refs/heads/${repository.default_branch}`;
    if (payload.deleted || !toDefault || payload.commits.length === 0) return;
    const files = fromPushCommits(payload.commits);
    await handle(context, env, { lock: true }, async (deps, repo) => {
      if (!files.some((f) => !f.removed && isReportPath(f.path, deps.config))) return;
      const pulls = await deps.client.pullsOfCommit(repo, payload.after);
      if (pulls.some((p) => p.merged_at && p.merge_commit_sha === payload.after)) return;
      const change = {
        source: repo,
        sha: payload.after,
        pullRequest: null,
        serverUrl: serverUrl(repository.html_url),
        files,
        branch: repository.default_branch
      };
      await syncMerge(change, deps);
    });
  });
}

// src/review/actionable.ts
var itemOwner = {
  id: "item-owner",
  level: "warning",
  description: "Each action item has an owner.",
  check(report) {
    return report.items.filter((i) => !i.checked && i.owners.length === 0 && !i.ref).map((i) => ({
      message: `"${i.title}" has no owner`,
      line: i.line,
      suggestion: "Name who will do it: @login or @org/team."
    }));
  }
};
var itemDue = {
  id: "item-due",
  level: "warning",
  description: "Each action item has a due date or a priority.",
  check(report) {
    return report.items.filter((i) => !i.checked && !i.due && !i.priority).map((i) => ({
      message: `"${i.title}" has neither a due date nor a priority`,
      line: i.line,
      suggestion: 'Add "due: YYYY-MM-DD" or a priority (P0-P4).'
    }));
  }
};
var vague = /^(?:investigate|look into|explore|consider|think about|discuss|evaluate|research|improve|enhance|review|revisit|assess|better|more)\b/i;
var measurable = /\d|\b(?:alert|runbook|dashboard|test|check|limit|timeout|ci|lint|slo|sla|document|script|flag|playbook|policy|owner)s?\b/i;
var itemVague = {
  id: "item-vague",
  level: "warning",
  description: 'Action items are specific: "investigate", "look into" or "improve X" need a measurable end.',
  check(report) {
    return report.items.filter((i) => !i.checked && vague.test(i.title) && !measurable.test(i.title)).map((i) => ({
      message: `"${i.title}" is not actionable as written: it names an activity, not an outcome`,
      line: i.line,
      suggestion: 'Say what will be true when it is done, e.g. "Alert when p99 latency exceeds 500 ms for 5 minutes".'
    }));
  }
};
var itemTypes = {
  id: "item-types",
  level: "notice",
  description: "Where items have types, at least one prevents or detects.",
  check(report) {
    const typed = report.items.filter((i) => i.type);
    if (typed.length === 0 || typed.some((i) => i.type === "prevent" || i.type === "detect")) return [];
    return [
      {
        message: "no action item prevents or detects a recurrence",
        line: typed[0]?.line ?? 1,
        suggestion: "Add an item of type prevent or detect."
      }
    ];
  }
};
var actionableRules = [itemOwner, itemDue, itemVague, itemTypes];

// src/review/blameless.ts
var defaultBlamelessPhrases = [
  { phrase: "human error", rewrite: "name the gap in tooling or process that let the mistake through" },
  { phrase: "operator error", rewrite: "name the gap in tooling or process that let the mistake through" },
  {
    phrase: "should have",
    rewrite: 'say what the process or tooling did not do ("the checklist did not include ...")'
  },
  { phrase: "shouldn't have", rewrite: "say what safeguard was missing" },
  { phrase: "careless", rewrite: "describe the conditions (time pressure, missing review) instead" },
  { phrase: "carelessness", rewrite: "describe the conditions (time pressure, missing review) instead" },
  { phrase: "negligence", rewrite: "describe the missing safeguard instead" },
  { phrase: "negligent", rewrite: "describe the missing safeguard instead" },
  { phrase: "fault of", rewrite: "describe the chain of events, not whose fault it was" },
  { phrase: "to blame", rewrite: "describe the chain of events, not who is to blame" },
  { phrase: "blame", rewrite: "describe the chain of events instead" },
  { phrase: "incompetent", rewrite: "describe what knowledge or tooling was missing" },
  { phrase: "stupid", rewrite: "describe what made the mistake easy to make" },
  { phrase: "sloppy", rewrite: "describe what made the mistake easy to make" },
  { phrase: "lazy", rewrite: "describe the conditions instead" },
  {
    phrase: "bad engineers",
    rewrite: "describe the conditions (fatigue, staffing) that the process should handle"
  }
];
var escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var notPeople = new Set(
  "The It We They This That These Those There Our Their Nobody Someone Everyone No One Team Service System Deploy Deployment Monitoring Alerting Engineers Engineer Operators Operator Users User Customers On-call Oncall Automation Nothing Each Every If When While After Before Then And But Also Database Server Cluster Pipeline Job".split(
    " "
  )
);
var failure = /(?:(?:^|[.;:!?,(]\s*|\band\s+|\bthen\s+)(@[\w-]+)\s+(forgot|broke|missed|messed up|screwed up|ignored|neglected|overlooked|failed to|did not|didn't|mistakenly|accidentally|carelessly|wrongly)|\b([A-Z][a-z]+)\s+(forgot|messed up|screwed up|neglected))\b/g;
var innocent = /\bgit blame\b|\blazy[- ](?:load|loading|loaded|init|initiali[sz]ation|evaluation)\b|\b(?:nobody|no one|not) (?:is |was |are |were )?to blame\b|\bno blame\b|\bblameless\b/gi;
var blamelessRule = {
  id: "blameless",
  level: "warning",
  description: "The report is blameless: it names system weaknesses, not people at fault.",
  check(report, phrases) {
    const out = [];
    const patterns = phrases.map((p) => ({ ...p, re: new RegExp(`\\b${escapeRegExp(p.phrase)}\\b`, "i") }));
    for (const line of report.prose) {
      const text = line.text.replace(innocent, " ");
      const found = patterns.find((p) => p.re.test(text));
      if (found) {
        out.push({
          message: `"${found.phrase}" puts the fault on people`,
          line: line.line,
          suggestion: found.rewrite
        });
        continue;
      }
      for (const m of text.matchAll(failure)) {
        const who = m[1] ?? m[3] ?? "";
        const verb = m[2] ?? m[4] ?? "";
        if (notPeople.has(who)) continue;
        out.push({
          message: `"${who} ${verb}" makes a person the subject of the failure`,
          line: line.line,
          suggestion: `describe what the system allowed: e.g. "the deploy went out without ..." rather than "${who} ${verb} ..."`
        });
        break;
      }
    }
    return out;
  }
};
var blamelessRules = [blamelessRule];

// src/review/structure.ts
import { DateTime as DateTime5 } from "luxon";

// src/review/types.ts
function sectionsOf(report, kind) {
  return report.sections.filter((s) => s.kind === kind);
}
function linesOf(report, sections) {
  return report.prose.filter((l) => sections.some((s) => l.line > s.line && l.line <= s.endLine));
}

// src/review/structure.ts
var names2 = {
  summary: "Issue Summary",
  timeline: "Timeline",
  rootCause: "Root Cause and Resolution",
  corrective: "Corrective and Preventative Measures",
  lessons: "Lessons Learned"
};
var firstLine = (report) => report.prose[0]?.line ?? 1;
function underHeading(report, title) {
  const out = [];
  let inside = false;
  for (const line of report.prose) {
    if (line.kind === "heading") inside = title.test(line.text);
    else if (inside) out.push(line);
  }
  return out;
}
var missingSections = {
  id: "sections",
  level: "warning",
  description: "The report has the five sections of the postmortem process.",
  check(report) {
    return Object.keys(names2).filter((kind) => sectionsOf(report, kind).length === 0).map((kind) => ({
      message: `no "${names2[kind]}" section`,
      line: firstLine(report),
      suggestion: `Add a "## ${names2[kind]}" section, as the postmortem process describes.`
    }));
  }
};
var time = /(?:\b|(?<=T))(\d{1,2})(?::(\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?|\s*([ap]\.?m\.?))(?![\d:])/gi;
var zone = /\b(?:UTC|GMT|[ECMP][SD]?T|CES?T|EES?T|WES?T|BST|IST|JST|KST|AEST|AEDT|SGT|HKT|[A-Z][a-z]+\/[A-Z][A-Za-z_]+)\b|\dZ\b|(?:UTC|GMT)\s*[+\-−]\s*\d{1,2}|T\d{2}:\d{2}(?::\d{2})?[+-](?:0\d|1[0-4]):?\d{2}\b/;
var dates = new RegExp(datePattern, "gi");
function minutes(h, m, ampm) {
  let hour = Number(h) % 24;
  const half = ampm?.toLowerCase().replace(/\./g, "");
  if (half === "pm" && hour < 12) hour += 12;
  if (half === "am" && hour === 12) hour = 0;
  return hour * 60 + Number(m ?? 0);
}
var clock = (t) => minutes(t[1] ?? "0", t[2], t[3] ?? t[4]);
var summaryDuration = {
  id: "summary-duration",
  level: "warning",
  description: "The Issue Summary gives the duration: a start and an end time, with a time zone, the end after the start.",
  check(report) {
    const sections = sectionsOf(report, "summary");
    if (sections.length === 0) return [];
    const lines2 = linesOf(report, sections);
    const at2 = sections[0]?.line ?? 1;
    const line = lines2.find(
      (l) => /\bduration\b|\bstart(ed)?\b|\bfrom\b.*\bto\b/i.test(l.text) && (l.text.match(time)?.length ?? 0) > 0
    );
    if (!line) {
      return [
        {
          message: "the Issue Summary does not give the duration with a start and an end time",
          line: at2,
          suggestion: 'Add a line such as "**Duration:** 2026-11-03 14:12 to 15:04 UTC (52 minutes)".'
        }
      ];
    }
    const times = [...line.text.matchAll(time)];
    const out = [];
    if (times.length < 2)
      out.push({
        message: "the duration has a start but no end time",
        line: line.line,
        suggestion: 'Give both times, e.g. "14:12 to 15:04 UTC".'
      });
    if (!zone.test(line.text))
      out.push({
        message: "the duration's times have no time zone",
        line: line.line,
        suggestion: 'Name the zone: "14:12 to 15:04 UTC" or "(America/New_York)".'
      });
    if (times.length >= 2) {
      const [a, b] = times;
      const days = [...line.text.matchAll(dates)].flatMap((d) => {
        const read = readDate(d[0]);
        return "iso" in read ? [DateTime5.fromISO(read.iso)] : [];
      });
      const [first, second] = days;
      const dayShift = first && second ? Math.round(second.diff(first, "days").days) : 0;
      const start = a ? clock(a) : 0;
      const end = (b ? clock(b) : 0) + dayShift * 1440;
      if (end <= start && dayShift <= 0 && !/next day|\+1 ?d/i.test(line.text)) {
        out.push({
          message: "the duration ends before it starts",
          line: line.line,
          suggestion: "Check the times, or give the end's date when it is the next day."
        });
      }
    }
    return out;
  }
};
var summaryImpact = {
  id: "summary-impact",
  level: "warning",
  description: "The Issue Summary states the impact: what was affected, who, and what share of users.",
  check(report) {
    const sections = sectionsOf(report, "summary");
    if (sections.length === 0) return [];
    const lines2 = linesOf(report, sections);
    const impact = [...lines2, ...underHeading(report, /\bimpact\b/i)].find(
      (l) => /\bimpact|affect|users?\b|customers?\b/i.test(l.text)
    );
    if (!impact)
      return [
        {
          message: "the Issue Summary does not describe the impact",
          line: sections[0]?.line ?? 1,
          suggestion: 'Say what was affected, who, and the share of users, e.g. "38% of checkout attempts failed".'
        }
      ];
    const share = [...lines2, ...underHeading(report, /\bimpact\b/i)].some(
      (l) => /\d+(?:\.\d+)?\s*(?:%|percent)|\b(?:all|half|most|no|none of the)\s+(?:\w+\s+)?(?:users|customers|requests|calls|traffic|accounts)\b|\bno (?:user|customer) impact\b|\b\d[\d,]*\s+(?:of|out of)\s+\d|\b\d[\d,.]*\s*(?:k|m)?\s*(?:users|customers|requests|accounts)\b/i.test(
        l.text
      )
    );
    return share ? [] : [
      {
        message: "the impact does not say what share of users was affected",
        line: impact.line,
        suggestion: 'Add a number: "about 30% of users" or "11,400 customers".'
      }
    ];
  }
};
var summaryRootCause = {
  id: "summary-root-cause",
  level: "notice",
  description: "The Issue Summary names the root cause in brief.",
  check(report) {
    const sections = sectionsOf(report, "summary");
    if (sections.length === 0) return [];
    const said3 = sectionsOf(report, "rootCause").length > 0 || linesOf(report, sections).some((l) => /\b(?:root cause|caus(?:e|ed|es|ing))\b/i.test(l.text));
    return said3 ? [] : [
      {
        message: "the Issue Summary does not name the root cause",
        line: sections[0]?.line ?? 1,
        suggestion: 'Add a one-line "**Root cause:**" to the summary.'
      }
    ];
  }
};
var stages = [
  ["detection", /detect|alert|pag(?:e|ed|ing)|notic|report(?:ed)? by|monitor|fired/i],
  [
    "actions taken",
    /investigat|check|look(?:ed)? at|restart|roll(?:ed)?\s*back|revert|mitigat|deploy|scal|disable|tried|identified/i
  ],
  ["escalation", /escalat|joined|called|paged|notified|engaged|sev-?\d|incident (?:commander|declared)/i],
  ["resolution", /resolv|restor|recover|fixed|back to normal|closed|stable|normal/i]
];
var timeline2 = {
  id: "timeline",
  level: "warning",
  description: "Timeline entries carry times, run in order, and cover detection, actions, escalation and resolution.",
  check(report) {
    const sections = sectionsOf(report, "timeline");
    if (sections.length === 0) return [];
    const entries = linesOf(report, sections).filter((l) => l.kind !== "heading");
    const at2 = sections[0]?.line ?? 1;
    if (entries.length === 0) return [{ message: "the Timeline is empty", line: at2 }];
    const out = [];
    let previous = -1;
    let previousLine = 0;
    let previousDay = "";
    for (const e of entries) {
      const t = [...e.text.matchAll(time)][0];
      const day = /\d{4}-\d{2}-\d{2}/.exec(e.text)?.[0] ?? previousDay;
      if (!t) continue;
      const m = clock(t);
      if (previous >= 0 && day === previousDay && m < previous && previous - m < 3 * 60) {
        out.push({
          message: `this entry (${t[0].trim()}) comes before the entry on line ${previousLine}`,
          line: e.line,
          suggestion: "Keep the timeline in order."
        });
      }
      previous = m;
      previousLine = e.line;
      previousDay = day;
    }
    const untimed = entries.filter(
      (e) => e.kind !== "paragraph" && !/\b\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}/.test(e.text)
    );
    if (untimed.length > 0 && untimed.length === entries.filter((e) => e.kind !== "paragraph").length) {
      out.push({
        message: "the Timeline's entries have no times",
        line: at2,
        suggestion: 'Start each entry with its time, e.g. "**14:12** Alert fires".'
      });
    }
    const text = entries.map((e) => e.text).join("\n");
    const missing = stages.filter(([, re]) => !re.test(text)).map(([name]) => name);
    if (missing.length > 0) {
      out.push({
        message: `the Timeline does not cover ${missing.join(", ")}`,
        line: at2,
        suggestion: "Note when and how it was detected, what was done, who was brought in, and how it was resolved."
      });
    }
    return out;
  }
};
var rootCause = {
  id: "root-cause",
  level: "warning",
  description: "Root Cause and Resolution explains both the cause and how it was fixed.",
  check(report) {
    const sections = sectionsOf(report, "rootCause");
    if (sections.length === 0) return [];
    const text = linesOf(report, sections).map((l) => l.text).join(" ");
    const at2 = sections[0]?.line ?? 1;
    const out = [];
    if (text.split(/\s+/).filter(Boolean).length < 25) {
      out.push({
        message: "the root cause is explained in fewer than 25 words",
        line: at2,
        suggestion: "Say what happened and why, in enough detail for someone who was not there."
      });
    }
    if (!/resolv|fix|restor|roll(?:ed)?\s*back|revert|mitigat|patch|correct/i.test(text)) {
      out.push({
        message: "Root Cause and Resolution does not say how it was resolved",
        line: at2,
        suggestion: "Describe the immediate fix and the longer-term one."
      });
    }
    return out;
  }
};
var MARKER = "<!-- postmortem-tracker: action-items -->";
var NONE = "If the report has none, write `action-items: none` in its front matter.";
var correctiveTasks = {
  id: "corrective-tasks",
  level: "error",
  description: "The report yields at least one action item, unless its front matter says it has none (`action-items: none`).",
  check(report) {
    if (report.items.length > 0 || report.declaresNoItems) return [];
    const section = sectionsOf(report, "corrective")[0];
    if (section) {
      return [
        {
          message: "the corrective section has no action items",
          line: section.line,
          suggestion: `List each measure as a task: "- [ ] Add an alert on pool saturation @owner due: 2026-12-15". If the measures are written elsewhere, write ${MARKER} on the line before their list. ${NONE}`
        }
      ];
    }
    return [
      {
        message: "the report has no action item, so its merge will file nothing",
        line: sectionsOf(report, "lessons")[0]?.line ?? firstLine(report),
        suggestion: `Put the measures under a heading that names them ("Corrective and Preventative Measures", "Action items", "Next steps", "Follow-ups", "Remediation", "Prevention"), add your heading's words to \`sections.corrective\` in .github/postmortem-tracker.yml, or write ${MARKER} on the line before their list. ${NONE}`
      }
    ];
  }
};
var correctiveGuess = {
  id: "corrective-guess",
  level: "warning",
  description: "The action items come from a section the parser is sure of, not from a guess.",
  check(report) {
    const from = report.itemsFrom;
    if (from?.certainty !== "guess" || report.items.length === 0) return [];
    return [
      {
        message: `the ${report.items.length} action item(s) to be filed were taken from ${from.evidence}: a guess`,
        line: from.line,
        suggestion: `Make the choice certain: give the measures a Markdown heading that names them ("## Corrective and Preventative Measures", "## Action items", "## Next steps"), add your heading's words to \`sections.corrective\` in .github/postmortem-tracker.yml, or write ${MARKER} on the line before their list.`
      }
    ];
  }
};
var lessonParts = [
  ["what went well", /went well|worked well|good/i],
  ["what could be improved", /could be improved|went wrong|improve|didn.t go well|lucky/i],
  ["next steps", /next steps?|follow[- ]?ups?|action/i]
];
var lessons = {
  id: "lessons",
  level: "notice",
  description: "Lessons Learned covers what went well, what could be improved, and next steps.",
  check(report) {
    const sections = [...sectionsOf(report, "lessons")];
    if (sections.length === 0) return [];
    const text = [
      ...sections.map((s) => s.title),
      ...linesOf(report, sections).map((l) => l.text),
      ...report.sections.filter((s) => s.kind === "corrective").map((s) => s.title)
    ].join("\n");
    const missing = lessonParts.filter(([, re]) => !re.test(text)).map(([name]) => name);
    return missing.length === 0 ? [] : [{ message: `Lessons Learned does not cover ${missing.join(", ")}`, line: sections[0]?.line ?? 1 }];
  }
};
var structureRules = [
  missingSections,
  summaryDuration,
  summaryImpact,
  summaryRootCause,
  timeline2,
  rootCause,
  correctiveTasks,
  correctiveGuess,
  lessons
];

// src/review/verdict.ts
function conclusionOf(findings, failOn) {
  const errors = findings.some((f) => f.severity === "error");
  const warnings = findings.some((f) => f.severity === "warning");
  if (failOn === "error" && errors) return "failure";
  if (failOn === "warning" && (errors || warnings)) return "failure";
  return errors || warnings ? "neutral" : "success";
}

// src/review/index.ts
var rules = [...structureRules, ...actionableRules, ...blamelessRules];
function reviewReport(report, options = {}) {
  const phrases = options.phrases ?? defaultBlamelessPhrases;
  const findings = [];
  for (const rule of rules) {
    const level = options.levels?.[rule.id] ?? rule.level;
    if (level === "off") continue;
    for (const draft of rule.check(report, phrases))
      findings.push({ rule: rule.id, severity: level, ...draft });
  }
  for (const e of report.errors)
    findings.push({ rule: "report", severity: "error", message: e.message, line: e.line ?? 1 });
  return findings.sort((a, b) => a.line - b.line);
}

// src/review/summary.ts
var LIMIT = 65e3;
var quote = (text) => `"${text.length > 80 ? `${text.slice(0, 79)}\u2026` : text}"`;
var verbs2 = {
  created: () => "new issue",
  split: (c) => `new issue, split of #${c.related}`,
  updated: (c) => c.was ? `edit of #${c.issue} (was: ${quote(c.was)})` : `update #${c.issue}`,
  closed: (c) => `close #${c.issue} (checked)`,
  removed: (c) => `removed: close #${c.issue} as not planned`,
  merged: (c) => `merged into #${c.related}: close #${c.issue} as not planned`,
  linked: (c) => `link existing issue #${c.issue}`
};
function findingsTable(findings) {
  if (findings.length === 0) return ["No findings.", ""];
  return [
    "| Line | Level | Rule | Finding |",
    "| --- | --- | --- | --- |",
    ...findings.map(
      (f) => `| ${f.line} | ${f.severity} | ${f.rule} | ${cell(f.message)}${f.suggestion ? ` (${cell(f.suggestion)})` : ""} |`
    ),
    ""
  ];
}
function previewText(r) {
  if (r.blocked) return [`On merge, nothing will be filed: ${cell(r.blocked)}`, ""];
  if (r.preview.length === 0) return [`On merge: no issue changes (${r.items} item(s) already tracked).`, ""];
  return [
    "On merge:",
    "",
    "| Action item | Will | Due |",
    "| --- | --- | --- |",
    ...r.preview.map(
      (c) => `| ${cell(c.title)} | ${cell(verbs2[c.kind](c))}${c.guess ? " (a guess)" : ""} | ${c.due ? cell(c.due) : "-"} |`
    ),
    ""
  ];
}
function reviewSummary(reports) {
  const parts = reports.flatMap((r) => [
    `### ${cell(r.title)} (\`${r.path}\`)`,
    "",
    ...findingsTable(r.findings),
    ...previewText(r)
  ]);
  return fitBody(parts.join("\n"), LIMIT, "(cut to fit GitHub's limit)");
}

// src/jobs/review.ts
async function reviewPullRequest(target, deps) {
  const { client, config } = deps;
  const out = [];
  for (const file of target.files.filter((f) => !f.removed && isReportPath(f.path, config))) {
    const report = await readReport(client, target.repo, file.path, target.headSha, config);
    if (report === null) continue;
    const findings = reviewReport(report, reviewOptions(config));
    const at2 = {
      report,
      file,
      source: target.repo,
      sha: target.headSha,
      serverUrl: target.serverUrl,
      pullRequest: target.pullRequest
    };
    const plan = planSync(await syncInputFor(client, at2, deps));
    const preview = plan.kind === "sync" ? previewWithDue(plan.items, report, deps) : [];
    out.push({
      path: file.path,
      title: report.title,
      findings: [...findings, ...guessFindings(preview, config)].sort((a, b) => a.line - b.line),
      preview,
      items: report.items.length,
      blocked: plan.kind === "blocked" ? plan.reason : null
    });
  }
  return out;
}
function guessFindings(preview, config) {
  const level = config.review.rules["item-match"] ?? "warning";
  if (level === "off") return [];
  return preview.filter((c) => c.guess && c.issue !== null).map((c) => ({
    rule: "item-match",
    severity: level,
    line: c.line ?? 1,
    message: `This item is taken as the edit of #${c.issue} ("${c.was ?? c.title}"), but another issue or item is nearly as close.`,
    suggestion: `Name its issue in the item (#${c.issue}) if that is right, or the other one; the match then stays certain.`
  }));
}
function previewWithDue(items, report, deps) {
  const s = report.frontMatter.severity;
  const facts = {
    merged: deps.now().toISOString(),
    severity: typeof s === "string" || typeof s === "number" ? s : null
  };
  const rules2 = deadlineRules(deps.config);
  const ofItems = items.items.flatMap(({ changes, placed }) => {
    const d = deadlineBy(placed.entry, facts, rules2);
    const due = d.source === "policy" ? `${d.day}, from the ${d.policy} policy` : d.day;
    return changes.map((c) => ({ ...c, due }));
  });
  const itemChanges = new Set(items.items.flatMap((i) => i.changes));
  return [...ofItems, ...items.changes.filter((c) => !itemChanges.has(c))];
}
var CHECK_NAME = "Postmortem review";
var levels = { error: "failure", warning: "warning", notice: "notice" };
function checkRunOf(reports, failOn) {
  const annotations = reports.flatMap(
    (r) => r.findings.map((f) => ({
      path: r.path,
      start_line: f.line,
      end_line: f.line,
      annotation_level: levels[f.severity],
      title: f.rule,
      message: f.suggestion ? `${f.message}
${f.suggestion}` : f.message
    }))
  );
  const count = (s) => annotations.filter((a) => a.annotation_level === s).length;
  const title = `${count("failure")} error(s), ${count("warning")} warning(s), ${count("notice")} notice(s)`;
  return {
    conclusion: conclusionOf(
      reports.flatMap((r) => r.findings),
      failOn
    ),
    output: { title, summary: reviewSummary(reports), annotations }
  };
}
async function publishReview(target, reports, deps) {
  const existing = await deps.client.checkRuns(target.repo, target.headSha, CHECK_NAME);
  if (existing.length > 0) {
    deps.log.info(`"${CHECK_NAME}" is already published on ${target.headSha}`);
    return;
  }
  const run = checkRunOf(reports, deps.config.review["fail-on"]);
  const op = {
    op: "publishCheckRun",
    repo: target.repo,
    name: CHECK_NAME,
    headSha: target.headSha,
    ...run
  };
  await deps.gateway.apply([op]);
}

// src/app/on-review.ts
function onReview(app, env) {
  app.on(["pull_request.opened", "pull_request.synchronize", "pull_request.reopened"], async (context) => {
    const pr = context.payload.pull_request;
    await handle(context, env, { lock: false }, async (deps, repo) => {
      const files = fromPullRequestFiles(await deps.client.pullRequestFiles(repo, pr.number));
      if (!files.some((f) => !f.removed && isReportPath(f.path, deps.config))) return;
      const target = {
        repo,
        pullRequest: pr.number,
        headSha: pr.head.sha,
        files,
        serverUrl: serverUrl(context.payload.repository.html_url)
      };
      await publishReview(target, await reviewPullRequest(target, deps), deps);
    });
  });
}

// src/tracking/ticks.ts
function planTicks(input) {
  const { tracker, marker: marker2 } = input;
  const was = checklistLines(input.before);
  const now = checklistLines(tracker.body);
  if (was.length !== marker2.items.length || now.length !== marker2.items.length) return [];
  return marker2.items.flatMap((entry, i) => {
    const ticked = (line) => line?.startsWith("- [x] ") ?? false;
    if (entry.issue === null || entry.repo || entry.done || ticked(was[i]) === ticked(now[i])) return [];
    const issue = { existing: entry.issue };
    const repo = tracker.repo;
    const done = ticked(now[i]);
    return [
      {
        op: "comment",
        repo,
        issue,
        body: `${done ? "Checked off" : "Unchecked"} in the follow-up #${tracker.number} by @${input.sender}, so this issue is ${done ? "closed as completed" : "reopened"}.`
      },
      {
        op: "updateIssue",
        repo,
        issue,
        state: done ? "closed" : "open",
        stateReason: done ? "completed" : "reopened"
      }
    ];
  });
}

// src/jobs/tracker-edit.ts
async function syncTrackerEdit(tracker, before, sender, serverUrl2, deps) {
  const ours = ourTracker(tracker, deps.botLogin);
  if (!ours || sender === deps.botLogin) return [];
  const ops = planTicks({ tracker, marker: ours.marker, before, sender });
  if (ops.length === 0) return [];
  await deps.gateway.apply(ops);
  const first = ops.find((op) => op.op === "updateIssue");
  if (first?.op !== "updateIssue") return ops;
  const closed = first.state === "closed";
  const item = {
    ...tracker,
    number: first.issue.existing,
    state: closed ? "closed" : "open",
    stateReason: closed ? first.stateReason ?? "completed" : null
  };
  const done = [...ops, ...await syncIssueState(tracker.repo, item, serverUrl2, deps)];
  return done;
}

// src/app/on-tracker-edit.ts
function onTrackerEdit(app, env) {
  app.on("issues.edited", async (context) => {
    const { issue, repository, sender, changes } = context.payload;
    const before = changes.body?.from;
    if (before === void 0 || !issue.body?.includes("<!-- postmortem-tracker ")) return;
    if (sender.login === await env.botLogin()) return;
    await handle(context, env, { lock: true }, async (deps, repo) => {
      const tracker = toExisting(repo, issue);
      await syncTrackerEdit(tracker, before, sender.login, serverUrl(repository.html_url), deps);
    });
  });
}

// src/app/handlers.ts
function registerHandlers(app, env) {
  onMerge(app, env);
  onReview(app, env);
  onPush(app, env);
  onIssueState(app, env);
  onTrackerEdit(app, env);
  onDraft(app, env);
}

// src/app/options.ts
var DEFAULT_SWEEP_BUDGET = 3e3;
function optionsFromEnv(env) {
  const budget = Number(env.SWEEP_MAX_REQUESTS || DEFAULT_SWEEP_BUDGET);
  if (!Number.isInteger(budget) || budget < 10)
    throw new Error(`SWEEP_MAX_REQUESTS="${env.SWEEP_MAX_REQUESTS}" is not a whole number of at least 10`);
  const lockMs = Number(env.LOCK_TTL_MS || 3e4);
  if (!Number.isInteger(lockMs) || lockMs < 200)
    throw new Error(`LOCK_TTL_MS="${env.LOCK_TTL_MS}" is not a number of milliseconds of at least 200`);
  return {
    sweepInterval: env.SWEEP_INTERVAL ?? "1h",
    sweepBudget: budget,
    lockMs,
    ...env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}
  };
}

// src/jobs/installation-sweep.ts
import { DateTime as DateTime8 } from "luxon";

// src/tracking/reminders/closing.ts
import { DateTime as DateTime6 } from "luxon";
function wontDoLines(statuses, record2) {
  const lines2 = statuses.flatMap((s) => {
    const reason = s.state === "not_planned" ? shownReason(s.entry.key, record2) : void 0;
    return reason === void 0 ? [] : [`- ${s.entry.title}: ${reason ?? "no reason given"}`];
  });
  return lines2.length > 0 ? ["", "Won't do:", ...lines2] : [];
}
function closingComment(statuses, merged, zone2, record2 = {}) {
  const start = DateTime6.fromISO(merged, { zone: zone2 });
  const rows = statuses.map((s) => {
    if (s.state === "done") return `| ${s.entry.title} | done in the report | - |`;
    if (!s.closedAt) return `| ${s.entry.title} | ${s.state === "not_planned" ? "won't do" : "closed"} | - |`;
    const closed = DateTime6.fromISO(s.closedAt, { zone: zone2 });
    const days = Math.max(0, Math.round(closed.diff(start, "days").days));
    const onTime2 = closed.toISODate() !== null && (closed.toISODate() ?? "") <= s.due;
    return `| ${s.entry.title} | ${s.state === "not_planned" ? "won't do" : `${days} day${days === 1 ? "" : "s"}`} | ${onTime2 ? "yes" : "no"} |`;
  });
  const completed = statuses.filter((s) => s.state === "completed");
  const onTime = completed.filter(
    (s) => s.closedAt && (DateTime6.fromISO(s.closedAt, { zone: zone2 }).toISODate() ?? "") <= s.due
  ).length;
  return [
    `All ${statuses.length} action items are resolved: ${onTime} of ${completed.length} closed on time. Closing the follow-up.`,
    "",
    "| Item | Time to close | On time |",
    "| --- | --- | --- |",
    ...rows,
    ...wontDoLines(statuses, record2)
  ].join("\n");
}

// src/tracking/reminders/people.ts
function itemPeople(s, reportOwners2) {
  if (s.assignees.length > 0) return s.assignees.map((a) => `@${a}`);
  const owners = s.entry.owners ?? [];
  return owners.length > 0 ? owners : [...reportOwners2];
}
function names3(people2, mention2) {
  return people2.map((p) => mention2 || !p.startsWith("@") ? p : `\`${p}\``).join(", ");
}

// src/tracking/reminders/status.ts
import { DateTime as DateTime7 } from "luxon";
function daysBetween(fromDay, to, zone2) {
  const from = DateTime7.fromISO(fromDay, { zone: zone2 }).startOf("day");
  return Math.floor(to.setZone(zone2).startOf("day").diff(from, "days").days);
}
function itemStatuses(marker2, target, items, now, settings) {
  const facts = { merged: marker2.merged, severity: marker2.severity ?? null };
  return marker2.items.map((entry) => {
    const repo = entryRepo(entry, target);
    const d = deadline(entry, facts, settings.deadlines, settings.timezone);
    const base = { entry, repo, due: d.day, deadline: d, daysOverdue: 0, closedAt: null, assignees: [] };
    const daysLeft = -daysBetween(d.day, now, settings.timezone);
    if (entry.done) return { ...base, state: "done", daysLeft };
    const snapshot = entry.issue === null ? void 0 : items.get(issueKey(repo, entry.issue));
    if (snapshot === null) return { ...base, state: "missing", daysLeft };
    const state = snapshot?.state ?? "open";
    return {
      ...base,
      state,
      daysLeft,
      daysOverdue: state === "open" ? Math.max(0, -daysLeft) : 0,
      closedAt: snapshot?.closedAt ?? null,
      assignees: snapshot?.assignees ?? []
    };
  });
}
function dueSoon(s, intervalDays) {
  return s.state === "open" && s.daysOverdue === 0 && s.daysLeft <= intervalDays;
}

// src/tracking/reminders/digest.ts
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
var open2 = (c) => c.statuses.filter((s) => s.state === "open");
var resolvedCount = (statuses) => statuses.filter((s) => s.state !== "open" && s.state !== "missing").length;
function digestWanted(c) {
  const items = open2(c);
  if (items.length === 0) return false;
  if (items.some((s) => s.daysOverdue > 0 || dueSoon(s, c.intervalDays))) return true;
  return resolvedCount(c.statuses) !== (c.record.digestResolved ?? 0);
}
function escalations(c) {
  const after = c.settings.escalateAfter;
  if (after === null) return [];
  const done = new Set(c.record.escalated ?? []);
  const who = c.settings.escalateTo ? [c.settings.escalateTo] : c.reportOwners;
  if (who.length === 0) return [];
  return open2(c).filter((s) => s.daysOverdue > after && !done.has(s.entry.key));
}
function row(c, s) {
  const ref = s.entry.issue === null ? "" : `${issueRef(c.tracker.repo, s.repo, s.entry.issue)} `;
  const people2 = itemPeople(s, c.reportOwners);
  const mention2 = c.settings.mention === "all" || c.settings.mention === "overdue" && s.daysOverdue > 0;
  const late = s.daysOverdue > 0 ? plural(s.daysOverdue, "day") : "-";
  return `| ${ref}${cell(s.entry.title)} | ${people2.length > 0 ? names3(people2, mention2) : "-"} | ${s.due} | ${late} |`;
}
function escalationLines(c, items) {
  if (items.length === 0) return [];
  const who = c.settings.escalateTo ? [c.settings.escalateTo] : [...c.reportOwners];
  const list = items.map(
    (s) => `${s.entry.issue === null ? "" : `${issueRef(c.tracker.repo, s.repo, s.entry.issue)} `}${s.entry.title} (${plural(s.daysOverdue, "day")})`
  );
  return [
    "",
    `${names3(who, c.settings.mention !== "none")}: overdue by more than ${plural(c.settings.escalateAfter ?? 0, "day")}: ${list.join("; ")}.`
  ];
}
function digestComment(c, reopen, escalated) {
  const items = open2(c);
  const overdue = items.filter((s) => s.daysOverdue > 0).length;
  const first = reopen ? `Reopened: ${plural(items.length, "action item")} ${items.length === 1 ? "is" : "are"} still open.` : `Follow-up: ${items.length} of ${c.statuses.length} action items are still open${overdue > 0 ? `, ${overdue} overdue` : ""}.`;
  const body = [
    first,
    "",
    "| Item | Owners | Due | Overdue |",
    "| --- | --- | --- | --- |",
    ...items.map((s) => row(c, s)),
    ...escalationLines(c, escalated)
  ];
  return {
    op: "comment",
    repo: c.tracker.repo,
    issue: { existing: c.tracker.number },
    body: body.join("\n")
  };
}

// src/tracking/reminders/item.ts
var plural2 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function reminderDue(s, last, now, settings) {
  if (s.state !== "open" || s.entry.issue === null || s.entry.repo) return null;
  const current2 = last && last.due === s.due ? last : void 0;
  if (s.daysOverdue > 0) {
    if (current2?.kind !== "overdue") return { kind: "overdue", repeat: false };
    return intervalElapsed(current2.at, now.toMillis(), settings.interval) ? { kind: "overdue", repeat: true } : null;
  }
  if (current2 || settings.remindBefore === null) return null;
  const window = parseDuration(settings.remindBefore).as("days");
  return s.daysLeft <= window ? { kind: "before", repeat: false } : null;
}
function itemReminder(s, last, now, settings, context) {
  const due = reminderDue(s, last, now, settings);
  if (!due) return null;
  const people2 = itemPeople(s, context.reportOwners);
  const who = people2.length > 0 ? `${names3(people2, settings.mention !== "none")}: ` : "";
  const when = deadlineText(s.deadline);
  const text = due.kind === "before" ? `${who}a reminder that this action item is ${when}${s.daysLeft > 0 ? ` (in ${plural2(s.daysLeft, "day")})` : " (today)"}.` : `${who}this action item is ${due.repeat ? "still open, " : ""}${plural2(s.daysOverdue, "day")} overdue (${when}).`;
  const ask = due.kind === "before" ? "Close it when it is done; if it will not be done, close it as not planned with the reason in a comment." : "Close it when it is done, move its due date in the report, or close it as not planned with the reason in a comment.";
  return { ...due, body: [text, "", `${ask} Tracked by ${context.trackerRef}.`].join("\n") };
}

// src/tracking/reminders/review.ts
function reviewDue(tracker, record2, settings, now) {
  const days = settings.effectivenessReview;
  if (days === null || record2.review || tracker.state !== "closed" || !tracker.closedAt) return false;
  const since = (now.toMillis() - Date.parse(tracker.closedAt)) / 864e5;
  return since >= days && since < 2 * days;
}
var awaitingReview = (tracker, record2) => record2.review !== void 0 && tracker.state === "open";
function reviewComment(days, owners, mention2) {
  const what2 = `very action item of this postmortem was resolved ${days} days ago. Time to review whether they worked:`;
  return [
    owners.length > 0 ? `${names3(owners, mention2)}: e${what2}` : `E${what2}`,
    "",
    "- [ ] Did the actions prevent a recurrence?",
    "- [ ] Related incidents since: link them here.",
    "- [ ] What to keep, and what to change.",
    "",
    "Close this issue when the review is done; it will not be reopened again."
  ].join("\n");
}

// src/tracking/reminders/summary.ts
function current(input, closesNow) {
  const { tracker, now, settings } = input;
  if (tracker.state === "open" || closesNow || !tracker.closedAt) return true;
  return now.toMillis() - Date.parse(tracker.closedAt) < parseDuration(settings.interval).toMillis();
}
function summaryOf(statuses, input, done, itemReminders2) {
  const open3 = statuses.filter((s) => s.state === "open");
  const overdue = open3.filter((s) => s.daysOverdue > 0);
  const days = parseDuration(input.settings.interval).as("days");
  return {
    number: input.tracker.number,
    title: input.marker.title,
    report: input.marker.report,
    total: statuses.length,
    open: open3.length,
    overdue: overdue.length,
    resolved: statuses.filter((s) => s.state !== "open" && s.state !== "missing").length,
    oldestOverdue: Math.max(0, ...overdue.map((s) => s.daysOverdue)),
    missing: statuses.filter((s) => s.state === "missing").map((s) => s.entry.issue ?? 0),
    reopened: done.reopen,
    closed: done.closes,
    followUp: done.followUp,
    itemReminders: itemReminders2,
    reviewOpened: done.review,
    awaitingReview: done.review || awaitingReview(input.tracker, input.marker.sweep ?? {}) && open3.length === 0,
    current: done.reopen || done.review || current(input, done.closes),
    attention: open3.filter((s) => s.daysOverdue > 0 || dueSoon(s, days)).map((s) => ({
      title: s.entry.title,
      issue: s.entry.issue,
      owners: s.assignees.length > 0 ? s.assignees.map((a) => `@${a}`) : s.entry.owners ?? input.marker.owners ?? [],
      due: s.due,
      overdue: s.daysOverdue
    }))
  };
}

// src/tracking/reminders/plan.ts
function overdueLabels(statuses, input) {
  const label2 = input.settings.overdueLabel;
  const ops = [];
  for (const s of statuses) {
    if (s.entry.issue === null || s.entry.repo || s.state === "done" || s.state === "missing") continue;
    const has = (input.items.get(issueKey(s.repo, s.entry.issue))?.labels ?? []).includes(label2);
    if (s.daysOverdue > 0 && !has)
      ops.push({ op: "addLabels", repo: s.repo, issue: { existing: s.entry.issue }, labels: [label2] });
    if (s.daysOverdue === 0 && has)
      ops.push({ op: "removeLabel", repo: s.repo, issue: { existing: s.entry.issue }, label: label2 });
  }
  if (ops.some((op) => op.op === "addLabels"))
    ops.unshift({ op: "ensureLabel", repo: input.tracker.repo, ...overdueLabelSpec(label2) });
  return ops;
}
function itemReminders(statuses, input) {
  const { tracker, marker: marker2, now, settings } = input;
  const reminded = marker2.sweep?.reminded ?? {};
  const context = { reportOwners: marker2.owners ?? [], trackerRef: `#${tracker.number}` };
  return statuses.flatMap((s) => {
    const r = itemReminder(s, reminded[s.entry.key], now, settings, context);
    if (!r || input.unsent?.has(s.entry.key) || s.entry.issue === null) return [];
    const operation = {
      op: "comment",
      repo: s.repo,
      issue: { existing: s.entry.issue },
      body: r.body
    };
    return [{ key: s.entry.key, operation, kind: r.kind }];
  });
}
function reasonPlans(statuses, input) {
  const asked = new Set(input.marker.sweep?.asked ?? []);
  const found = {};
  const ask = [];
  for (const s of statuses) {
    const facts = s.state === "not_planned" ? input.closeFacts?.get(s.entry.key) : void 0;
    if (!facts || s.entry.issue === null) continue;
    const reason = reasonOf(facts, input.bot ?? "");
    if (reason) found[s.entry.key] = reason;
    else if (!asked.has(s.entry.key) && !input.unsent?.has(s.entry.key))
      ask.push({
        key: s.entry.key,
        kind: "reason",
        operation: {
          op: "comment",
          repo: s.repo,
          issue: { existing: s.entry.issue },
          body: askReason(facts.closer, `#${input.tracker.number}`)
        }
      });
  }
  return { found, ask };
}
function liveStates(statuses) {
  const live = /* @__PURE__ */ new Map();
  for (const s of statuses) {
    if (s.entry.issue === null || s.state === "done" || s.state === "missing") continue;
    live.set(issueKey(s.repo, s.entry.issue), s.state);
  }
  return live;
}
function decide(input, statuses) {
  const { tracker, marker: marker2, now, settings } = input;
  const record2 = marker2.sweep ?? {};
  const open3 = statuses.filter((s) => s.state === "open");
  const allResolved = statuses.length > 0 && open3.length === 0 && statuses.every((s) => s.state !== "missing");
  const interval = parseDuration(settings.interval);
  const digest = {
    tracker,
    statuses,
    record: record2,
    settings,
    reportOwners: marker2.owners ?? [],
    intervalDays: interval.as("days")
  };
  const reopen = open3.length > 0 && tracker.state === "closed";
  const digestDue = reopen || intervalElapsed(marker2.followUp ?? marker2.merged, now.toMillis(), settings.interval) && digestWanted(digest);
  const review = allResolved && reviewDue(tracker, record2, settings, now);
  const holding = allResolved && awaitingReview(tracker, record2);
  return { record: record2, open: open3, allResolved, digest, reopen, digestDue, review, holding };
}
function nextRecord(d, reminders, found, escalated, input) {
  const at2 = input.now.toUTC().toISO() ?? "";
  const record2 = { ...d.record, reminded: { ...d.record.reminded ?? {} } };
  const byKey = new Map(d.digest.statuses.map((s) => [s.entry.key, s]));
  for (const r of reminders) {
    if (r.kind === "reason") {
      record2.asked = [...record2.asked ?? [], r.key];
      continue;
    }
    const due = byKey.get(r.key)?.due ?? "";
    (record2.reminded ?? {})[r.key] = { kind: r.kind, at: at2, due };
  }
  if (Object.keys(found).length > 0) record2.reasons = { ...d.record.reasons ?? {}, ...found };
  if (Object.keys(record2.reminded ?? {}).length === 0) delete record2.reminded;
  if (d.digestDue) record2.digestResolved = resolvedCount(d.digest.statuses);
  if (escalated.length > 0)
    record2.escalated = [...d.record.escalated ?? [], ...escalated.map((s) => s.entry.key)];
  if (d.review) record2.review = at2;
  return record2;
}
function planReminders(input) {
  const { tracker, marker: marker2, now, settings } = input;
  const statuses = itemStatuses(marker2, tracker.repo, input.items, now, settings);
  const d = decide(input, statuses);
  const reasons = reasonPlans(statuses, input);
  const reminders = [...itemReminders(statuses, input), ...reasons.ask];
  const escalated = d.digestDue ? escalations(d.digest) : [];
  const sweep2 = nextRecord(d, reminders, reasons.found, escalated, input);
  const closes = d.allResolved && tracker.state === "open" && !d.holding;
  const refresh = trackerRefresh({
    // Held open for its review: the refresh sees the review in the marker and does not close it.
    tracker,
    marker: {
      ...marker2,
      ...d.digestDue ? { followUp: now.toUTC().toISO() } : {},
      ...Object.keys(sweep2).length > 0 ? { sweep: sweep2 } : {}
    },
    live: liveStates(statuses),
    serverUrl: input.serverUrl,
    deadlines: { policy: settings.deadlines, zone: settings.timezone },
    ...closes ? { closing: closingComment(statuses, marker2.merged, settings.timezone, sweep2) } : {}
  });
  const note = d.review ? reviewComment(settings.effectivenessReview ?? 0, marker2.owners ?? [], settings.mention !== "none") : null;
  const update = refresh.update ?? (d.review ? { op: "updateIssue", repo: tracker.repo, issue: { existing: tracker.number } } : null);
  const operations = [
    ...overdueLabels(statuses, input),
    ...d.digestDue ? [digestComment(d.digest, d.reopen, escalated)] : [],
    ...note ? [{ op: "comment", repo: tracker.repo, issue: { existing: tracker.number }, body: note }] : [],
    ...refresh.comment ? [refresh.comment] : [],
    ...update ? [d.review ? { ...update, state: "open", stateReason: "reopened" } : update] : []
  ];
  const done = { reopen: d.reopen, closes, followUp: d.digestDue && !d.reopen, review: d.review };
  return {
    reminders,
    operations,
    summary: summaryOf(statuses, input, done, reminders.filter((r) => r.kind !== "reason").length)
  };
}

// src/tracking/reminders/chat.ts
var MAX_LINES = 40;
function chatDigest(trackers, repo, serverUrl2) {
  const lines2 = [];
  let count = 0;
  for (const t of trackers) {
    for (const a of t.attention) {
      count += 1;
      if (lines2.length >= MAX_LINES) continue;
      const url = `${serverUrl2}/${repoName(repo)}/issues/${a.issue ?? t.number}`;
      const when = a.overdue > 0 ? `${a.overdue} day${a.overdue === 1 ? "" : "s"} overdue` : "due soon";
      const owners = a.owners.length > 0 ? a.owners.join(", ") : "no owner";
      lines2.push(`\u2022 ${t.title}: ${a.title} (${owners}), due ${a.due}, ${when}: ${url}`);
    }
  }
  if (count === 0) return null;
  const more = count > lines2.length ? [`\u2026and ${count - lines2.length} more`] : [];
  const head = `Postmortem follow-up in ${repoName(repo)}: ${count} action item${count === 1 ? "" : "s"} overdue or due soon`;
  return [head, ...lines2, ...more].join("\n");
}

// src/jobs/sweep.ts
var CURSOR = /\s*· sweep resumes at #(\d+)$/;
var MAX_ITEMS_PER_READ = 100;
var emptyResult = () => ({
  trackers: [],
  remindersPosted: 0,
  itemReminders: 0,
  reviewsOpened: 0,
  chatDigest: false,
  reopened: 0,
  closed: 0,
  openItems: 0,
  overdueItems: 0,
  errors: [],
  stoppedAt: null
});
function rotate(trackers, cursor) {
  const sorted = [...trackers].sort((a, b) => a.issue.number - b.issue.number);
  if (cursor === null) return sorted;
  const at2 = sorted.findIndex((t) => t.issue.number >= cursor);
  return at2 <= 0 ? sorted : [...sorted.slice(at2), ...sorted.slice(0, at2)];
}
var itemRefs = (t) => t.marker.items.filter((e) => e.issue !== null && !e.done).map((e) => ({ repo: entryRepo(e, t.issue.repo), number: e.issue }));
function* batches(queue) {
  let batch = [];
  let count = 0;
  for (const next of queue) {
    const size = itemRefs(next).length;
    if (batch.length > 0 && count + size > MAX_ITEMS_PER_READ) {
      yield batch;
      batch = [];
      count = 0;
    }
    batch.push(next);
    count += size;
  }
  if (batch.length > 0) yield batch;
}
async function postReminders(reminders, t, deps, result) {
  const unsent = /* @__PURE__ */ new Set();
  for (const r of reminders) {
    try {
      await deps.gateway.apply([r.operation]);
    } catch (error) {
      if (error instanceof BudgetExhausted) throw error;
      unsent.add(r.key);
      const message = `reminder on item ${describeTarget(r)} failed: ${errorText(error)}`;
      result.errors.push({ tracker: t.issue.number, message, write: true });
      deps.log.warn(`tracker #${t.issue.number}: ${message}`);
    }
  }
  return unsent;
}
var describeTarget = (r) => r.operation.op === "comment" ? `#${r.operation.issue.existing}` : r.key;
async function readCloseFacts(t, snapshots, deps) {
  const facts = /* @__PURE__ */ new Map();
  for (const ref of reasonsToRead(t.marker, t.issue.repo, snapshots, t.issue.state === "open")) {
    if (deps.client.remaining() < 8) break;
    const issue = await deps.client.issue(ref.repo, ref.number);
    const comments2 = await deps.client.comments(ref.repo, ref.number);
    facts.set(ref.key, { closer: issue.closedBy ?? null, closedAt: issue.closedAt ?? null, comments: comments2 });
  }
  return facts;
}
async function sweepTracker(listed, snapshots, input, deps, result, ensured) {
  const { client, gateway, log } = deps;
  const closeFacts = await readCloseFacts(listed, snapshots, deps);
  const plan = (t2, unsent) => planReminders({
    tracker: t2.issue,
    marker: t2.marker,
    items: snapshots,
    now: input.now,
    settings: input.settings,
    serverUrl: input.serverUrl,
    closeFacts,
    bot: deps.botLogin,
    ...unsent ? { unsent } : {}
  });
  let t = listed;
  let planned = plan(t);
  const writes = () => [...planned.reminders.map((r) => r.operation), ...planned.operations];
  if (planned.operations.some((op) => op.op === "updateIssue") && client.remaining() > writes().length + 2) {
    const fresh2 = ourTracker(await client.issue(t.issue.repo, t.issue.number), t.issue.author);
    if (fresh2 && fresh2.issue.body !== t.issue.body) {
      t = fresh2;
      planned = plan(t);
    }
  }
  const fresh = (op) => !(op.op === "ensureLabel" && ensured.has(op.name));
  planned = { ...planned, operations: planned.operations.filter(fresh) };
  if (gateway.cost(writes()) >= client.remaining()) return { stopped: true };
  try {
    const unsent = await postReminders(planned.reminders, t, deps, result);
    if (unsent.size > 0) {
      const again = plan(t, unsent);
      planned = { ...again, operations: again.operations.filter(fresh) };
    }
    await gateway.apply(planned.operations);
    for (const op of planned.operations) if (op.op === "ensureLabel") ensured.add(op.name);
    return { stopped: false, summary: planned.summary, failed: false };
  } catch (error) {
    if (error instanceof BudgetExhausted) return { stopped: true };
    const status = httpStatus(error);
    result.errors.push({
      tracker: t.issue.number,
      message: `${status ? `${status} ` : ""}${errorText(error)}`,
      write: true
    });
    log.warn(`tracker #${t.issue.number}: ${errorText(error)}`);
    return { stopped: false, summary: planned.summary, failed: true };
  }
}
function record(result, summary2, failed) {
  for (const missing of summary2.missing)
    result.errors.push({
      tracker: summary2.number,
      message: `item #${missing} was deleted or cannot be read`
    });
  if (summary2.current) result.trackers.push(summary2);
  result.itemReminders += summary2.itemReminders;
  result.remindersPosted += summary2.followUp && !failed ? 1 : 0;
  result.reviewsOpened += summary2.reviewOpened && !failed ? 1 : 0;
  if (!summary2.current) return;
  result.reopened += summary2.reopened && !failed ? 1 : 0;
  result.closed += summary2.closed && !failed ? 1 : 0;
  result.openItems += summary2.open;
  result.overdueItems += summary2.overdue;
}
async function sweepQueue(queue, input, deps, result) {
  const { client, gateway } = deps;
  const ensured = /* @__PURE__ */ new Set();
  for (const batch of batches(queue)) {
    const refs = batch.flatMap(itemRefs);
    const first = batch[0]?.issue.number ?? null;
    const reads = Math.ceil(refs.length / MAX_ITEMS_PER_READ);
    if (reads + gateway.cost([cursorWrite(input.repo, "", "")]) >= client.remaining()) return first;
    let snapshots;
    try {
      snapshots = await client.issueSnapshots(refs);
    } catch (error) {
      if (!(error instanceof BudgetExhausted)) throw error;
      return first;
    }
    for (const tracked of batch) {
      const outcome = await sweepTracker(tracked, snapshots, input, deps, result, ensured);
      if (outcome.stopped) return tracked.issue.number;
      record(result, outcome.summary, outcome.failed);
    }
  }
  return null;
}
var cursorWrite = (repo, name, description) => ({
  op: "describeLabel",
  repo,
  name,
  description: description.slice(0, 100)
});
async function readCursor(input, deps) {
  const label2 = deps.config.labels.tracker;
  const description = await deps.client.labelDescription(input.repo, label2);
  if (description === null) return null;
  const match = CURSOR.exec(description);
  return { label: label2, description, cursor: match ? Number(match[1]) : null };
}
async function writeCursor(input, deps, at2, stopped) {
  const base = at2.description.replace(CURSOR, "");
  const wanted = stopped === null ? base : `${base} \xB7 sweep resumes at #${stopped}`;
  if (wanted === at2.description) return;
  try {
    await deps.gateway.apply([cursorWrite(input.repo, at2.label, wanted)]);
  } catch (error) {
    deps.log.warn(`could not record where the sweep stopped: ${errorText(error)}`);
  }
}
var lostTrackers = (issues, botLogin) => issues.filter((i) => i.author === botLogin && i.state === "open" && parseMarker(i.body) === null);
async function listIssues(input, deps, label2) {
  let issues;
  try {
    issues = await deps.client.issuesWithLabel(input.repo, label2);
  } catch (error) {
    if (!(error instanceof BudgetExhausted)) throw error;
    deps.log.warn(`${error.message} while listing trackers; the next run starts again`);
    return null;
  }
  return issues;
}
async function sweep(input, deps) {
  const { repo } = input;
  const result = emptyResult();
  const at2 = await readCursor(input, deps);
  if (at2 === null) {
    deps.log.info(
      `no "${deps.config.labels.tracker}" label in ${repo.owner}/${repo.repo}: no trackers to follow up`
    );
    return result;
  }
  const listed = input.trackers ?? await listIssues(input, deps, at2.label);
  if (listed === null) return result;
  const trackers = listed.flatMap((issue) => ourTracker(issue, deps.botLogin) ?? []);
  for (const lost of lostTrackers(listed, deps.botLogin))
    result.errors.push({
      tracker: lost.number,
      message: "its hidden marker is gone (its body was replaced): it is not followed up until the next merge of its report writes it again"
    });
  const queue = rotate(trackers, at2.cursor);
  const stopped = await sweepQueue(queue, input, deps, result);
  await writeCursor(input, deps, at2, stopped);
  if (stopped !== null) {
    deps.log.warn(
      `request budget reached: ${result.trackers.length} of ${queue.length} trackers done; the next run starts at #${stopped}`
    );
  }
  result.stoppedAt = stopped;
  await notifyChat(input, deps, result);
  return result;
}
async function notifyChat(input, deps, result) {
  const url = input.settings.notifyUrl;
  if (!url) return;
  const text = chatDigest(result.trackers, input.repo, input.serverUrl);
  if (text === null) return;
  await deps.gateway.apply([{ op: "notify", repo: input.repo, url, text }]);
  result.chatDigest = true;
}

// src/jobs/installation-sweep.ts
var MAX_RESULTS = 1e3;
var CLOSED_WINDOW_DAYS = 14;
var REPO_MINIMUM = 4;
async function searchAll(client, query, from, onPage) {
  const found = /* @__PURE__ */ new Map();
  let since = from ?? null;
  for (; ; ) {
    const q = since ? `${query} created:>=${since}` : query;
    let last;
    let seen = 0;
    for (let page = 1; page * 100 <= MAX_RESULTS; page += 1) {
      const { items, total } = await client.searchIssues(q, page);
      for (const item of items) found.set(`${repoName(item.issue.repo)}#${item.issue.number}`, item);
      onPage?.(found.size, total);
      seen += items.length;
      last = items.at(-1) ?? last;
      if (items.length < 100) return [...found.values()];
    }
    if (!last || seen < MAX_RESULTS || last.created === since) return [...found.values()];
    since = last.created;
  }
}
function byRepository2(found) {
  const repos = /* @__PURE__ */ new Map();
  for (const item of found) {
    const key = repoName(item.issue.repo).toLowerCase();
    const entry = repos.get(key) ?? {
      repo: item.issue.repo,
      serverUrl: new URL(item.htmlUrl).origin,
      trackers: []
    };
    entry.trackers.push(item);
    repos.set(key, entry);
  }
  const sorted = [...repos.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return sorted.map(([key, entry]) => ({ key, ...entry }));
}
var authorQualifier = (botLogin) => botLogin.endsWith("[bot]") ? `author:app/${botLogin.slice(0, -"[bot]".length)}` : `author:${botLogin}`;
function trackerQueries(input, deps) {
  const author = ` ${authorQualifier(deps.botLogin)}`;
  const label2 = `label:"${input.trackerLabel.replaceAll('"', "")}"`;
  const closedSince = DateTime8.fromJSDate(deps.now()).minus({ days: CLOSED_WINDOW_DAYS }).toISODate();
  return [
    `is:issue is:open ${label2}${author}`,
    `is:issue is:closed ${label2}${author} closed:>=${closedSince}`
  ];
}
var emptyResult2 = () => ({
  repositories: 0,
  swept: 0,
  skipped: [],
  trackers: 0,
  remindersPosted: 0,
  reopened: 0,
  closed: 0,
  errors: [],
  requests: 0,
  stoppedAt: null
});
function add(result, repo, swept) {
  result.swept += 1;
  result.trackers += swept.trackers.length;
  result.remindersPosted += swept.remindersPosted;
  result.reopened += swept.reopened;
  result.closed += swept.closed;
  for (const e of swept.errors) result.errors.push({ repo, message: `#${e.tracker}: ${e.message}` });
}
function openItems(queue, botLogin) {
  return queue.flatMap(
    (entry) => entry.trackers.flatMap((found) => {
      const t = ourTracker(found.issue, botLogin);
      if (!t) return [];
      return t.marker.items.filter((e) => e.issue !== null && !e.done).map((e) => ({ repo: entryRepo(e, t.issue.repo), number: e.issue }));
    })
  );
}
function sharedReads(client, upcoming) {
  const key = (r) => issueKey(r.repo, r.number);
  const cache2 = /* @__PURE__ */ new Map();
  const view = Object.create(client);
  view.issueSnapshots = async (refs) => {
    const missing = refs.filter((r) => !cache2.has(key(r)));
    if (missing.length > 0) {
      const asked = new Set(missing.map(key));
      const room = Math.max(0, 100 - (missing.length % 100 || 100));
      const ahead = upcoming.filter((r) => !cache2.has(key(r)) && !asked.has(key(r))).slice(0, room);
      for (const [k, snapshot] of await client.issueSnapshots([...missing, ...ahead])) cache2.set(k, snapshot);
    }
    return new Map(refs.map((r) => [key(r), cache2.get(key(r)) ?? null]));
  };
  return view;
}
async function sweepRepository(entry, label2, reads, deps, result) {
  const name = repoName(entry.repo);
  const jobDeps = await deps.repoDeps(entry.repo);
  if (typeof jobDeps === "string") {
    result.skipped.push({ repo: name, reason: jobDeps });
    return true;
  }
  const zone2 = jobDeps.config.reminders.timezone;
  const now = DateTime8.fromJSDate(deps.now(), { zone: zone2 });
  if (!now.isValid) {
    result.errors.push({ repo: name, message: `"${zone2}" is not an IANA time zone` });
    return true;
  }
  const input = {
    repo: entry.repo,
    settings: sweepSettings(jobDeps.config),
    now,
    serverUrl: entry.serverUrl,
    // A repository that renamed its tracker label lists its trackers itself.
    ...jobDeps.config.labels.tracker === label2 ? { trackers: entry.trackers.map((t) => t.issue) } : {}
  };
  const swept = await sweep(input, { ...jobDeps, client: reads });
  add(result, name, swept);
  return swept.stoppedAt === null;
}
async function sweepInstallation(input, deps) {
  const result = emptyResult2();
  const { client } = deps;
  const found = [];
  try {
    for (const query of trackerQueries(input, deps)) found.push(...await searchAll(client, query));
  } catch (error) {
    if (!(error instanceof BudgetExhausted)) throw error;
    deps.log.warn(`${error.message} while searching for trackers; the next run starts again`);
    result.stoppedAt = input.resumeAt;
    result.requests = client.requests;
    return result;
  }
  const repos = byRepository2(found);
  result.repositories = repos.length;
  const at2 = input.resumeAt ? repos.findIndex((r) => r.key >= (input.resumeAt ?? "")) : -1;
  const queue = at2 <= 0 ? repos : [...repos.slice(at2), ...repos.slice(0, at2)];
  const reads = sharedReads(client, openItems(queue, deps.botLogin));
  for (const entry of queue) {
    if (client.remaining() < REPO_MINIMUM) {
      result.stoppedAt = entry.key;
      break;
    }
    try {
      const finished = await deps.lock(
        entry.repo,
        () => sweepRepository(entry, input.trackerLabel, reads, deps, result)
      );
      if (!finished) {
        result.stoppedAt = entry.key;
        break;
      }
    } catch (error) {
      if (error instanceof BudgetExhausted) {
        result.stoppedAt = entry.key;
        break;
      }
      result.errors.push({ repo: repoName(entry.repo), message: errorText(error) });
      deps.log.warn(`sweep of ${repoName(entry.repo)}: ${errorText(error)}`);
    }
  }
  result.requests = client.requests;
  return result;
}

// src/app/sweeps.ts
function memoryCursors() {
  const cursors = /* @__PURE__ */ new Map();
  return {
    get: async (id) => cursors.get(id) ?? null,
    set: async (id, repo) => {
      if (repo === null) cursors.delete(id);
      else cursors.set(id, repo);
    }
  };
}
function parseSweepInterval(text) {
  const value = (text ?? "").trim() || "1h";
  if (value === "0") return 0;
  const m = /^(\d+)\s*([smhd])$/.exec(value);
  if (!m || Number(m[1]) === 0)
    throw new Error(`SWEEP_INTERVAL="${value}" is not "0" or a duration such as "30m", "1h" or "1d"`);
  const unit = { s: 1e3, m: 6e4, h: 36e5, d: 864e5 }[m[2]];
  return Number(m[1]) * unit;
}
async function probotConfig(octokit, repo) {
  const { config, files } = await octokit.config.get({
    owner: repo.owner,
    repo: repo.repo,
    path: CONFIG_PATH
  });
  return validateConfig(files.some((f) => f.config !== null) ? config : null);
}
async function repoConfig(octokit, client, repo, owners) {
  const text = await client.fileText(repo, CONFIG_PATH);
  if (text !== null) {
    const own = parseConfigText(text, CONFIG_PATH);
    return own.ok && own.config._extends !== void 0 ? probotConfig(octokit, repo) : own;
  }
  const key = repo.owner.toLowerCase();
  let shared = owners.get(key);
  if (!shared) {
    shared = probotConfig(octokit, { owner: repo.owner, repo: ".github" });
    owners.set(key, shared);
  }
  return shared;
}
function repoDepsFor(octokit, client, botLogin, log, env) {
  const owners = /* @__PURE__ */ new Map();
  return async (repo) => {
    const loaded = await repoConfig(octokit, client, repo, owners);
    if (!loaded.ok) {
      log.warn(`sweep of ${repoName(repo)} skipped: ${loaded.message}`);
      return loaded.message;
    }
    if (loaded.config.reminders["swept-by"] === "action")
      return `${CONFIG_PATH} says a scheduled workflow sends its follow-ups (reminders.swept-by: action)`;
    const gateway = new Gateway({ client, log, dryRun: loaded.config["dry-run"] });
    return { client, gateway, config: loaded.config, botLogin, log, now: env.now };
  };
}
async function sweepOneInstallation(app, env, installation, options) {
  const octokit = await app.auth(installation);
  const client = new GitHubClient({ octokit, budget: options.budget });
  const botLogin = await env.botLogin();
  const log = {
    info: (m) => app.log.info(m),
    warn: (m) => app.log.warn(m),
    debug: (m) => app.log.debug(m)
  };
  const result = await sweepInstallation(
    { trackerLabel: defaultConfig.labels.tracker, resumeAt: await options.cursors.get(installation) },
    {
      client,
      botLogin,
      log,
      now: env.now,
      repoDeps: repoDepsFor(octokit, client, botLogin, log, env),
      lock: (repo, task) => env.lock(repoName(repo), task)
    }
  );
  await options.cursors.set(installation, result.stoppedAt);
  app.log.info(
    `sweep of installation ${installation}: ${result.swept} of ${result.repositories} repositories, ${result.trackers} trackers, ${result.remindersPosted} reminders; ${result.requests} requests${result.stoppedAt ? `; resumes at ${result.stoppedAt}` : ""}`
  );
  return result;
}
async function installationIds(app) {
  const client = new GitHubClient({ octokit: await app.auth() });
  return (await client.installations()).map((i) => i.id);
}
async function sweepAllInstallations(app, env, options) {
  for (const id of await installationIds(app)) {
    try {
      await sweepOneInstallation(app, env, id, options);
    } catch (error) {
      app.log.error(`sweep of installation ${id} failed: ${errorText(error)}`);
    }
  }
}
function scheduleInProcess(every, run, log) {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    run().catch((error) => log.warn(`sweep failed: ${errorText(error)}`)).finally(() => {
      running = false;
    });
  };
  const first = setTimeout(tick, 0);
  const timer = setInterval(tick, every);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}

export {
  errorText,
  botAccount,
  registerHandlers,
  DEFAULT_SWEEP_BUDGET,
  optionsFromEnv,
  memoryCursors,
  parseSweepInterval,
  sweepOneInstallation,
  installationIds,
  sweepAllInstallations,
  scheduleInProcess
};
