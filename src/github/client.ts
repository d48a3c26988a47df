import type { IncidentIssue, TimelineEvent } from "../tracking/draft/types.ts";
import {
  type CheckRunOutput,
  type ExistingIssue,
  type IssueNode,
  type IssueSnapshot,
  issueKey,
  type RepoId,
  repoName,
} from "../tracking/model.ts";
import { httpStatus, type OctokitLike } from "./octokit.ts";
import { incidentOf, type RestIncident, type RestTimelineEvent, timelineEvent } from "./timeline.ts";

/**
 * The one module that names GitHub's routes and GraphQL documents. GitHubClient reads; GitHubWriter
 * writes and is used by the gateway alone. Every request, paginated or GraphQL, is counted by one
 * Octokit hook and stops at the budget.
 */

export class BudgetExhausted extends Error {
  constructor(budget: number) {
    super(`request budget of ${budget} reached`);
    this.name = "BudgetExhausted";
  }
}

export interface RestIssue {
  number: number;
  node_id: string;
  title: string;
  body?: string | null;
  state: string;
  state_reason?: string | null;
  labels: (string | { name?: string })[];
  assignees?: { login: string }[] | null;
  user: { login: string } | null;
  closed_at?: string | null;
  closed_by?: { login: string } | null;
  /** Absent where the server has no sub-issues. */
  parent_issue_url?: string | null;
  pull_request?: unknown;
}

interface SearchItem extends RestIssue {
  repository_url: string;
  created_at: string;
  html_url: string;
}

/** An issue found by a search: where it is, as the search saw it. */
export interface FoundIssue {
  issue: ExistingIssue;
  created: string;
  htmlUrl: string;
}

/** "https://api.github.com/repos/OWNER/REPO" (or a GHE URL) to the repository. */
function repoOfUrl(url: string): RepoId | null {
  const m = /\/repos\/([^/]+)\/([^/]+)$/.exec(new URL(url).pathname);
  return m?.[1] && m[2] ? { owner: decodeURIComponent(m[1]), repo: decodeURIComponent(m[2]) } : null;
}

export interface PullRequestFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

export interface Comment {
  id: number;
  body: string;
  author: string;
  createdAt: string;
}

interface GraphqlIssue {
  number: number;
  state: "OPEN" | "CLOSED";
  stateReason: string | null;
  closedAt: string | null;
  labels: { nodes: { name: string }[] };
  assignees?: { nodes: { login: string }[] };
}

const PAGE = 100;

/** Only the owner and the name go into a route's parameters, whatever else the value carries. */
const at = (r: RepoId) => ({ owner: r.owner, repo: r.repo });
// GitHub lists at most 3,000 files of a pull request.
const MAX_PULL_FILES = 3000;

export function toExisting(repo: RepoId, issue: RestIssue): ExistingIssue {
  return {
    repo,
    number: issue.number,
    nodeId: issue.node_id,
    title: issue.title,
    body: issue.body ?? "",
    state: issue.state === "open" ? "open" : "closed",
    stateReason: issue.state_reason ?? null,
    labels: issue.labels.map((l) => (typeof l === "string" ? l : (l.name ?? ""))).filter(Boolean),
    assignees: (issue.assignees ?? []).map((a) => a.login),
    author: issue.user?.login ?? "",
    closedAt: issue.closed_at ?? null,
    closedBy: issue.closed_by?.login ?? null,
    ...("parent_issue_url" in issue ? { parent: parentKey(issue.parent_issue_url) } : {}),
  };
}

/** `https://api.github.com/repos/o/r/issues/12` as issueKey writes it: `o/r#12`. */
function parentKey(url: string | null | undefined): string | null {
  const m = /\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/.exec(url ?? "");
  return m ? issueKey({ owner: m[1] ?? "", repo: m[2] ?? "" }, Number(m[3])) : null;
}

/** How long one answer may take: a stalled connection must not hold a repository's lock for long. */
export const REQUEST_TIMEOUT_MS = 30_000;

/** The request counter on one Octokit, shared by the reader and the writer; it also sets the timeout. */
class Requests {
  count = 0;
  readonly budget: number;
  constructor(octokit: OctokitLike, budget: number, timeoutMs: number) {
    this.budget = budget;
    octokit.hook.before("request", (options) => {
      if (this.count >= this.budget) throw new BudgetExhausted(this.budget);
      this.count += 1;
      const o = options as { request?: { signal?: AbortSignal } };
      o.request = { ...o.request, signal: o.request?.signal ?? AbortSignal.timeout(timeoutMs) };
    });
  }
}

export interface ClientOptions {
  octokit: OctokitLike;
  /** At most this many requests; the next one throws BudgetExhausted. */
  budget?: number;
  /** Each request fails after this long without an answer (default REQUEST_TIMEOUT_MS). */
  timeoutMs?: number;
}

export class GitHubClient {
  protected readonly octokit: OctokitLike;
  private readonly counter: Requests;

  constructor(options: ClientOptions) {
    this.octokit = options.octokit;
    const timeout = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
    this.counter = new Requests(options.octokit, options.budget ?? Number.POSITIVE_INFINITY, timeout);
  }

  /** Requests made so far, reads and writes. */
  get requests(): number {
    return this.counter.count;
  }

  /** Requests left before the budget is reached. */
  remaining(): number {
    return this.counter.budget - this.counter.count;
  }

  /** The writing half, on the same Octokit and budget: for the gateway only. */
  writer(): GitHubWriter {
    return new GitHubWriter(this.octokit);
  }

  protected async rest<T>(route: string, params: Record<string, unknown> = {}): Promise<T> {
    return (await this.octokit.request(route, params)).data as T;
  }

  /** Every page of a list, 100 a page, until a short page or `max` entries. */
  private async pages<T>(route: string, params: Record<string, unknown>, max = Infinity): Promise<T[]> {
    const out: T[] = [];
    for (let page = 1; ; page += 1) {
      const data = await this.rest<T[]>(route, { ...params, per_page: PAGE, page });
      out.push(...data);
      if (data.length < PAGE || out.length >= max) return out;
    }
  }

  /** The App's own account (`slug[bot]`), with the App's credentials. */
  async appLogin(): Promise<string> {
    const app = await this.rest<{ slug: string }>("GET /app");
    return `${app.slug}[bot]`;
  }

  async issue(repo: RepoId, number: number): Promise<ExistingIssue> {
    const issue = await this.rest<RestIssue>("GET /repos/{owner}/{repo}/issues/{issue_number}", {
      ...at(repo),
      issue_number: number,
    });
    return toExisting(repo, issue);
  }

  /** All issues (not pull requests) with a label, open and closed. */
  async issuesWithLabel(repo: RepoId, label: string): Promise<ExistingIssue[]> {
    const all = await this.pages<RestIssue>("GET /repos/{owner}/{repo}/issues", {
      ...at(repo),
      labels: label,
      state: "all",
    });
    return all.filter((i) => !i.pull_request).map((i) => toExisting(repo, i));
  }

  /**
   * One page (100) of an issue search, oldest first. GitHub answers at most 1,000 results per query
   * and its index lags a little behind: for the sweep only, never for the sync.
   */
  async searchIssues(query: string, page: number): Promise<{ total: number; items: FoundIssue[] }> {
    const data = await this.rest<{ total_count: number; items: SearchItem[] }>("GET /search/issues", {
      q: query,
      sort: "created",
      order: "asc",
      per_page: PAGE,
      page,
    });
    const items = data.items.flatMap((item) => {
      const repo = repoOfUrl(item.repository_url);
      return repo && !item.pull_request
        ? [{ issue: toExisting(repo, item), created: item.created_at, htmlUrl: item.html_url }]
        : [];
    });
    return { total: data.total_count, items };
  }

  /** The App's installations (with the App's own credentials), all pages. */
  async installations(): Promise<{ id: number; account: string }[]> {
    const all = await this.pages<{ id: number; account: { login?: string } | null }>(
      "GET /app/installations",
      {},
    );
    return all.map((i) => ({ id: i.id, account: i.account?.login ?? "" }));
  }

  /** The newest issues with all these labels (to find one whose creation was answered with an error). */
  async newestIssues(repo: RepoId, labels: string[]): Promise<ExistingIssue[]> {
    const data = await this.rest<RestIssue[]>("GET /repos/{owner}/{repo}/issues", {
      ...at(repo),
      ...(labels.length > 0 ? { labels: labels.join(",") } : {}),
      state: "all",
      sort: "created",
      direction: "desc",
      per_page: 30,
    });
    return data.map((i) => toExisting(repo, i));
  }

  /** A file's text at a commit, or null when it is not there. */
  async fileText(repo: RepoId, path: string, ref?: string): Promise<string | null> {
    return (await this.file(repo, path, ref))?.text ?? null;
  }

  /** A file's text and blob sha at a commit, or null when it is not there. Files over 1 MB come through the blob API. */
  async file(repo: RepoId, path: string, ref?: string): Promise<{ text: string; sha: string } | null> {
    let data: { type?: string; content?: string; encoding?: string; sha?: string };
    try {
      data = await this.rest("GET /repos/{owner}/{repo}/contents/{path}", {
        ...at(repo),
        path,
        ...(ref ? { ref } : {}),
      });
    } catch (error) {
      if (httpStatus(error) === 404) return null;
      throw error;
    }
    if (data.type !== "file") return null;
    const sha = data.sha ?? "";
    if (data.encoding === "base64" && data.content)
      return { text: Buffer.from(data.content, "base64").toString("utf8"), sha };
    const blob = await this.rest<{ content: string; encoding: string }>(
      "GET /repos/{owner}/{repo}/git/blobs/{file_sha}",
      { ...at(repo), file_sha: sha },
    );
    const text = Buffer.from(blob.content, blob.encoding === "base64" ? "base64" : "utf8").toString("utf8");
    return { text, sha };
  }

  /** The open pull requests from a branch of this repository. */
  async openPullsFrom(repo: RepoId, branch: string): Promise<{ number: number }[]> {
    return this.rest<{ number: number }[]>("GET /repos/{owner}/{repo}/pulls", {
      ...at(repo),
      head: `${repo.owner}:${branch}`,
      state: "open",
    });
  }

  async pullRequestFiles(repo: RepoId, pullNumber: number): Promise<PullRequestFile[]> {
    const route = "GET /repos/{owner}/{repo}/pulls/{pull_number}/files";
    return this.pages<PullRequestFile>(route, { ...at(repo), pull_number: pullNumber }, MAX_PULL_FILES);
  }

  /** The pull requests a commit belongs to. */
  async pullsOfCommit(repo: RepoId, sha: string) {
    return this.rest<{ number: number; merged_at: string | null; merge_commit_sha: string | null }[]>(
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
      { ...at(repo), commit_sha: sha },
    );
  }

  /** How `head` relates to `base` ("ahead", "behind", "identical", "diverged"); "unknown" when gone. */
  async compare(repo: RepoId, base: string, head: string): Promise<string> {
    try {
      const data = await this.rest<{ status: string }>("GET /repos/{owner}/{repo}/compare/{basehead}", {
        ...at(repo),
        basehead: `${base}...${head}`,
      });
      return data.status;
    } catch (error) {
      // A commit that is gone (a rewritten history) cannot be compared.
      if (httpStatus(error) === 404) return "unknown";
      throw error;
    }
  }

  /** An issue's or pull request's comments, all pages. */
  async comments(repo: RepoId, issue: number): Promise<Comment[]> {
    const data = await this.pages<{
      id: number;
      body?: string;
      user: { login: string } | null;
      created_at?: string;
    }>("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", { ...at(repo), issue_number: issue });
    return data.map((c) => ({
      id: c.id,
      body: c.body ?? "",
      author: c.user?.login ?? "",
      createdAt: c.created_at ?? "",
    }));
  }

  /** An incident's issue, with when it was opened and its address, for its postmortem's draft. */
  async incident(repo: RepoId, number: number): Promise<IncidentIssue> {
    const issue = await this.rest<RestIncident>("GET /repos/{owner}/{repo}/issues/{issue_number}", {
      ...at(repo),
      issue_number: number,
    });
    return incidentOf(repo, issue);
  }

  /** An issue's timeline (comments included), all pages, the kinds a postmortem tells. */
  async timeline(repo: RepoId, number: number): Promise<TimelineEvent[]> {
    const route = "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline";
    const all = await this.pages<RestTimelineEvent>(route, { ...at(repo), issue_number: number });
    return all.flatMap((e) => timelineEvent(e) ?? []);
  }

  /**
   * Someone's role in the repository: admin, maintain, write, triage, read, or none. A custom role
   * is named by the base permission it grants (GitHub's `permission`: admin, write, read).
   */
  async permission(repo: RepoId, login: string): Promise<string> {
    try {
      const data = await this.rest<{ permission: string; role_name?: string }>(
        "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
        { ...at(repo), username: login },
      );
      const base = ["admin", "maintain", "write", "triage", "read"];
      return base.includes(data.role_name ?? "") ? (data.role_name as string) : data.permission;
    } catch (error) {
      if (httpStatus(error) === 404) return "none";
      throw error;
    }
  }

  /** The pull requests from a branch of this repository, open or not, newest first. */
  async pullsFrom(
    repo: RepoId,
    branch: string,
  ): Promise<{ number: number; url: string; state: string; merged: boolean }[]> {
    const data = await this.rest<
      { number: number; html_url: string; state: string; merged_at?: string | null }[]
    >("GET /repos/{owner}/{repo}/pulls", { ...at(repo), head: `${repo.owner}:${branch}`, state: "all" });
    return data.map((p) => ({
      number: p.number,
      url: p.html_url,
      state: p.state,
      merged: Boolean(p.merged_at),
    }));
  }

  /** The commit a branch points at. */
  async branchSha(repo: RepoId, branch: string): Promise<string> {
    const data = await this.rest<{ object: { sha: string } }>("GET /repos/{owner}/{repo}/git/ref/{ref}", {
      ...at(repo),
      ref: `heads/${branch}`,
    });
    return data.object.sha;
  }

  /** The check runs of this name on a commit. */
  async checkRuns(repo: RepoId, ref: string, name: string): Promise<{ id: number }[]> {
    const data = await this.rest<{ check_runs: { id: number }[] }>(
      "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
      { ...at(repo), ref, check_name: name },
    );
    return data.check_runs;
  }

  /** A label's description ("" when it has none), or null when there is no such label. */
  async labelDescription(repo: RepoId, name: string): Promise<string | null> {
    try {
      const label = await this.rest<{ description?: string | null }>(
        "GET /repos/{owner}/{repo}/labels/{name}",
        {
          ...at(repo),
          name,
        },
      );
      return label.description ?? "";
    } catch (error) {
      if (httpStatus(error) === 404) return null;
      throw error;
    }
  }

  async canBeAssigned(repo: RepoId, login: string): Promise<boolean> {
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
  async issueSnapshots(refs: { repo: RepoId; number: number }[]): Promise<Map<string, IssueSnapshot | null>> {
    const out = new Map<string, IssueSnapshot | null>();
    for (let start = 0; start < refs.length; start += PAGE) {
      const groups = byRepository(refs.slice(start, start + PAGE));
      const data = await this.partialGraphql<Record<string, Record<string, GraphqlIssue | null> | null>>(
        snapshotQuery(groups),
      );
      groups.forEach((g, r) => {
        for (const n of g.numbers) out.set(issueKey(g.repo, n), snapshotOf(data[`r${r}`]?.[`i${n}`] ?? null));
      });
    }
    return out;
  }

  /** GraphQL data even when some fields failed: missing issues come back as errors beside the rest. */
  private async partialGraphql<T>(query: string): Promise<T> {
    try {
      return (await this.octokit.graphql(query)) as T;
    } catch (error) {
      const partial = (error as { data?: T }).data;
      if (!partial) throw error;
      return partial;
    }
  }
}

function byRepository(refs: { repo: RepoId; number: number }[]) {
  const byRepo = new Map<string, { repo: RepoId; numbers: number[] }>();
  for (const ref of refs) {
    const key = repoName(ref.repo).toLowerCase();
    const entry = byRepo.get(key) ?? { repo: ref.repo, numbers: [] };
    if (!entry.numbers.includes(ref.number)) entry.numbers.push(ref.number);
    byRepo.set(key, entry);
  }
  return [...byRepo.values()];
}

function snapshotQuery(groups: { repo: RepoId; numbers: number[] }[]): string {
  const fields =
    "number state stateReason closedAt labels(first: 50) { nodes { name } } assignees(first: 10) { nodes { login } }";
  const repos = groups.map(
    (g, r) =>
      `r${r}: repository(owner: ${JSON.stringify(g.repo.owner)}, name: ${JSON.stringify(g.repo.repo)}) { ${g.numbers
        .map((n) => `i${n}: issue(number: ${n}) { ${fields} }`)
        .join(" ")} }`,
  );
  return `query { ${repos.join(" ")} }`;
}

function snapshotOf(issue: GraphqlIssue | null): IssueSnapshot | null {
  if (!issue) return null;
  const state =
    issue.state === "OPEN" ? "open" : issue.stateReason === "NOT_PLANNED" ? "not_planned" : "completed";
  return {
    state,
    closedAt: issue.closedAt,
    labels: issue.labels.nodes.map((l) => l.name),
    assignees: (issue.assignees?.nodes ?? []).map((a) => a.login),
  };
}

/** The writing routes. Only the gateway holds one, so every write passes its dry-run check. */
export class GitHubWriter {
  private readonly octokit: OctokitLike;
  constructor(octokit: OctokitLike) {
    this.octokit = octokit;
  }

  private async rest<T>(route: string, params: Record<string, unknown>): Promise<T> {
    return (await this.octokit.request(route, params)).data as T;
  }

  async createLabel(
    repo: RepoId,
    label: { name: string; color: string; description: string },
  ): Promise<void> {
    await this.rest("POST /repos/{owner}/{repo}/labels", { ...at(repo), ...label });
  }

  async updateLabel(repo: RepoId, name: string, change: { new_name?: string; description?: string }) {
    await this.rest("PATCH /repos/{owner}/{repo}/labels/{name}", { ...at(repo), name, ...change });
  }

  async createIssue(
    repo: RepoId,
    issue: { title: string; body: string; labels: string[]; assignees: string[] },
  ): Promise<RestIssue> {
    // A create that failed with a 5xx may still have happened: never let a retry file it twice.
    return this.rest<RestIssue>("POST /repos/{owner}/{repo}/issues", {
      ...at(repo),
      ...issue,
      request: { retries: 0 },
    });
  }

  async updateIssue(repo: RepoId, number: number, change: Record<string, unknown>): Promise<void> {
    await this.rest("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      ...at(repo),
      issue_number: number,
      ...change,
    });
  }

  /** Sent once: after an error the gateway looks for the comment before sending it again. */
  async comment(repo: RepoId, number: number, body: string): Promise<void> {
    await this.rest("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...at(repo),
      issue_number: number,
      body,
      request: { retries: 0 },
    });
  }

  async addLabels(repo: RepoId, number: number, labels: string[]): Promise<void> {
    await this.rest("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
      ...at(repo),
      issue_number: number,
      labels,
    });
  }

  async removeLabel(repo: RepoId, number: number, name: string): Promise<void> {
    await this.rest("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", {
      ...at(repo),
      issue_number: number,
      name,
    });
  }

  /** All sub-issues in one GraphQL mutation. */
  async addSubIssues(parent: IssueNode, children: IssueNode[]): Promise<void> {
    const mutations = children
      .map(
        (_, i) =>
          `s${i}: addSubIssue(input: { issueId: $parent, subIssueId: $c${i} }) { subIssue { number } }`,
      )
      .join(" ");
    const vars = children.map((_, i) => `$c${i}: ID!`).join(", ");
    const variables: Record<string, unknown> = { parent: parent.nodeId };
    children.forEach((child, i) => {
      variables[`c${i}`] = child.nodeId;
    });
    await this.octokit.graphql(`mutation($parent: ID!, ${vars}) { ${mutations} }`, {
      ...variables,
      headers: { "GraphQL-Features": "sub_issues" },
    });
  }

  /** Pins an issue to the top of the repository's issue list. */
  async pinIssue(issue: IssueNode): Promise<void> {
    await this.octokit.graphql(
      "mutation($id: ID!) { pinIssue(input: { issueId: $id }) { issue { number } } }",
      {
        id: issue.nodeId,
      },
    );
  }

  /** Creates a branch at a commit; false when it exists already. */
  async createBranch(repo: RepoId, branch: string, sha: string): Promise<boolean> {
    try {
      await this.rest("POST /repos/{owner}/{repo}/git/refs", {
        ...at(repo),
        ref: `refs/heads/${branch}`,
        sha,
      });
      return true;
    } catch (error) {
      if (httpStatus(error) === 422) return false;
      throw error;
    }
  }

  async moveBranch(repo: RepoId, branch: string, sha: string): Promise<void> {
    const ref = `heads/${branch}`;
    await this.rest("PATCH /repos/{owner}/{repo}/git/refs/{ref}", { ...at(repo), ref, sha, force: true });
  }

  async writeFile(
    repo: RepoId,
    file: { path: string; branch: string; text: string; blobSha: string; message: string },
  ): Promise<void> {
    await this.rest("PUT /repos/{owner}/{repo}/contents/{path}", {
      ...at(repo),
      path: file.path,
      branch: file.branch,
      sha: file.blobSha,
      message: file.message,
      content: Buffer.from(file.text, "utf8").toString("base64"),
    });
  }

  async createPullRequest(
    repo: RepoId,
    pull: { head: string; base: string; title: string; body: string; draft?: boolean },
  ): Promise<{ number: number; node_id: string }> {
    return this.rest("POST /repos/{owner}/{repo}/pulls", { ...at(repo), ...pull });
  }

  /** Adds a new file on a branch; false when it is there already (GitHub asks for its sha). */
  async addFile(
    repo: RepoId,
    file: { path: string; branch: string; text: string; message: string },
  ): Promise<boolean> {
    try {
      await this.rest("PUT /repos/{owner}/{repo}/contents/{path}", {
        ...at(repo),
        path: file.path,
        branch: file.branch,
        message: file.message,
        content: Buffer.from(file.text, "utf8").toString("base64"),
      });
      return true;
    } catch (error) {
      if (httpStatus(error) === 422 || httpStatus(error) === 409) return false;
      throw error;
    }
  }

  async createCheckRun(
    repo: RepoId,
    run: { name: string; head_sha: string; conclusion: string; output: CheckRunOutput },
  ): Promise<number> {
    // Sent once: after an error the gateway looks for the check run before sending it again.
    const created = await this.rest<{ id: number }>("POST /repos/{owner}/{repo}/check-runs", {
      ...at(repo),
      ...run,
      status: "completed",
      request: { retries: 0 },
    });
    return created.id;
  }

  async updateCheckRun(repo: RepoId, id: number, output: CheckRunOutput): Promise<void> {
    await this.rest("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
      ...at(repo),
      check_run_id: id,
      output,
    });
  }
}

/**
 * The chat digest's one route: a POST of `{ text }` to an incoming webhook, which Slack and Teams both
 * read. Not GitHub's, so not counted against the budget; a slow endpoint is cut off after 10 s.
 */
export async function postChatMessage(url: string, text: string): Promise<void> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`the chat webhook answered ${response.status} ${response.statusText}`);
}
