import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  httpStatus
} from "./chunk-PJCCAW4A.js";
import {
  issueKey,
  repoName
} from "./chunk-PW6O7USS.js";

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
  async issuesWithLabel(repo, label) {
    const all = await this.pages("GET /repos/{owner}/{repo}/issues", {
      ...at(repo),
      labels: label,
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
  async permission(repo, login) {
    try {
      const data = await this.rest(
        "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
        { ...at(repo), username: login }
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
      const label = await this.rest(
        "GET /repos/{owner}/{repo}/labels/{name}",
        {
          ...at(repo),
          name
        }
      );
      return label.description ?? "";
    } catch (error) {
      if (httpStatus(error) === 404) return null;
      throw error;
    }
  }
  async canBeAssigned(repo, login) {
    try {
      await this.rest("GET /repos/{owner}/{repo}/assignees/{assignee}", { ...at(repo), assignee: login });
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
      const groups = byRepository(refs.slice(start, start + PAGE));
      const data = await this.partialGraphql(
        snapshotQuery(groups)
      );
      groups.forEach((g, r) => {
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
function snapshotQuery(groups) {
  const fields = "number state stateReason closedAt labels(first: 50) { nodes { name } } assignees(first: 10) { nodes { login } }";
  const repos = groups.map(
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
  async createLabel(repo, label) {
    await this.rest("POST /repos/{owner}/{repo}/labels", { ...at(repo), ...label });
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

export {
  BudgetExhausted,
  toExisting,
  GitHubClient,
  postChatMessage
};
