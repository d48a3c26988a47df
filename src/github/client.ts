import type { ExistingIssue, RepoId } from "../tracking/model.ts";
import { httpStatus, type Logger, type OctokitLike } from "./octokit.ts";

/**
 * The reading half of the gateway: every request goes through call() or graphql(), which count it and
 * stop at a budget. The writing half (Gateway) builds on it.
 */

export class BudgetExhausted extends Error {
  constructor(budget: number) {
    super(`request budget of ${budget} reached`);
    this.name = "BudgetExhausted";
  }
}

export interface GatewayOptions {
  octokit: OctokitLike;
  log: Logger;
  dryRun?: boolean;
  /** At most this many requests; the next one throws BudgetExhausted. */
  budget?: number;
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
  pull_request?: unknown;
}

const PAGE = 100;

export interface IssueSnapshot {
  state: "open" | "completed" | "not_planned";
  closedAt: string | null;
  labels: string[];
}

interface GraphqlIssue {
  number: number;
  state: "OPEN" | "CLOSED";
  stateReason: string | null;
  closedAt: string | null;
  labels: { nodes: { name: string }[] };
}

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
  };
}

export class GitHubClient {
  requests = 0;
  readonly dryRun: boolean;
  protected readonly octokit: OctokitLike;
  protected readonly log: Logger;
  protected readonly budget: number;

  constructor(options: GatewayOptions) {
    this.octokit = options.octokit;
    this.log = options.log;
    this.dryRun = options.dryRun ?? false;
    this.budget = options.budget ?? Number.POSITIVE_INFINITY;
  }

  /** Every REST call goes through here, so that the count is exact. */
  async call<T>(route: string, params: Record<string, unknown> = {}): Promise<T> {
    if (this.requests >= this.budget) throw new BudgetExhausted(this.budget);
    this.requests += 1;
    const response = await this.octokit.request(route, params);
    return response.data as T;
  }

  async graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    if (this.requests >= this.budget) throw new BudgetExhausted(this.budget);
    this.requests += 1;
    return (await this.octokit.graphql(query, variables)) as T;
  }

  /** Requests left before the budget is reached. */
  remaining(): number {
    return this.budget - this.requests;
  }

  /**
   * The state of many issues in one GraphQL request per 100 (any repositories). A deleted or
   * inaccessible issue comes back as null.
   */
  async issueSnapshots(refs: { repo: RepoId; number: number }[]): Promise<Map<string, IssueSnapshot | null>> {
    const out = new Map<string, IssueSnapshot | null>();
    for (let start = 0; start < refs.length; start += PAGE) {
      const batch = refs.slice(start, start + PAGE);
      const byRepo = new Map<string, { repo: RepoId; numbers: number[] }>();
      for (const ref of batch) {
        const key = `${ref.repo.owner}/${ref.repo.repo}`.toLowerCase();
        const entry = byRepo.get(key) ?? { repo: ref.repo, numbers: [] };
        if (!entry.numbers.includes(ref.number)) entry.numbers.push(ref.number);
        byRepo.set(key, entry);
      }
      const groups = [...byRepo.values()];
      const query = `query { ${groups
        .map(
          (g, r) =>
            `r${r}: repository(owner: ${JSON.stringify(g.repo.owner)}, name: ${JSON.stringify(g.repo.repo)}) { ${g.numbers
              .map(
                (n) =>
                  `i${n}: issue(number: ${n}) { number state stateReason closedAt labels(first: 50) { nodes { name } } }`,
              )
              .join(" ")} }`,
        )
        .join(" ")} }`;
      let data: Record<string, Record<string, GraphqlIssue | null> | null>;
      try {
        data = await this.graphql(query);
      } catch (error) {
        // Missing issues come back as errors beside the data of the others.
        const partial = (error as { data?: typeof data }).data;
        if (!partial) throw error;
        data = partial;
      }
      groups.forEach((g, r) => {
        const repoData = data[`r${r}`];
        for (const n of g.numbers) {
          const issue = repoData?.[`i${n}`] ?? null;
          out.set(
            `${g.repo.owner}/${g.repo.repo}#${n}`.toLowerCase(),
            issue
              ? {
                  state:
                    issue.state === "OPEN"
                      ? "open"
                      : issue.stateReason === "NOT_PLANNED"
                        ? "not_planned"
                        : "completed",
                  closedAt: issue.closedAt,
                  labels: issue.labels.nodes.map((l) => l.name),
                }
              : null,
          );
        }
      });
    }
    return out;
  }

  async labelDescription(repo: RepoId, name: string): Promise<string | null> {
    try {
      const label = await this.call<{ description?: string | null }>(
        "GET /repos/{owner}/{repo}/labels/{name}",
        { ...repo, name },
      );
      return label.description ?? "";
    } catch (error) {
      if (httpStatus(error) === 404) return null;
      throw error;
    }
  }

  async setLabelDescription(repo: RepoId, name: string, description: string): Promise<void> {
    if (this.dryRun) {
      this.log.info(`[dry run] would set the description of label "${name}" to "${description}"`);
      return;
    }
    await this.call("PATCH /repos/{owner}/{repo}/labels/{name}", { ...repo, name, description });
  }

  async issue(repo: RepoId, number: number): Promise<ExistingIssue> {
    return toExisting(
      repo,
      await this.call<RestIssue>("GET /repos/{owner}/{repo}/issues/{issue_number}", {
        ...repo,
        issue_number: number,
      }),
    );
  }

  /** All issues (not pull requests) with a label, open and closed, 100 a page. */
  async issuesWithLabel(repo: RepoId, label: string): Promise<ExistingIssue[]> {
    const out: ExistingIssue[] = [];
    for (let page = 1; ; page += 1) {
      const data = await this.call<RestIssue[]>("GET /repos/{owner}/{repo}/issues", {
        ...repo,
        labels: label,
        state: "all",
        per_page: PAGE,
        page,
      });
      for (const issue of data) if (!issue.pull_request) out.push(toExisting(repo, issue));
      if (data.length < PAGE) return out;
    }
  }

  /** A file's text at a commit, or null when it is not there. Files over 1 MB come through the blob API. */
  async fileText(repo: RepoId, path: string, ref?: string): Promise<string | null> {
    let data: { type?: string; content?: string; encoding?: string; sha?: string };
    try {
      data = await this.call("GET /repos/{owner}/{repo}/contents/{path}", {
        ...repo,
        path,
        ...(ref ? { ref } : {}),
      });
    } catch (error) {
      if (httpStatus(error) === 404) return null;
      throw error;
    }
    if (data.type !== "file") return null;
    if (data.encoding === "base64" && data.content)
      return Buffer.from(data.content, "base64").toString("utf8");
    const blob = await this.call<{ content: string; encoding: string }>(
      "GET /repos/{owner}/{repo}/git/blobs/{file_sha}",
      {
        ...repo,
        file_sha: data.sha,
      },
    );
    return Buffer.from(blob.content, blob.encoding === "base64" ? "base64" : "utf8").toString("utf8");
  }

  async pullRequestFiles(repo: RepoId, pullNumber: number) {
    const files: { filename: string; status: string; previous_filename?: string }[] = [];
    for (let page = 1; ; page += 1) {
      const data = await this.call<typeof files>("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
        ...repo,
        pull_number: pullNumber,
        per_page: PAGE,
        page,
      });
      files.push(...data);
      // GitHub lists at most 3,000 files of a pull request.
      if (data.length < PAGE || files.length >= 3000) return files;
    }
  }

  /** An issue's or pull request's comments, all pages (read only to avoid posting a notice twice). */
  async comments(repo: RepoId, issue: number): Promise<{ id: number; body: string; author: string }[]> {
    const out: { id: number; body: string; author: string }[] = [];
    for (let page = 1; ; page += 1) {
      const data = await this.call<{ id: number; body?: string; user: { login: string } | null }[]>(
        "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
        { ...repo, issue_number: issue, per_page: PAGE, page },
      );
      out.push(...data.map((c) => ({ id: c.id, body: c.body ?? "", author: c.user?.login ?? "" })));
      if (data.length < PAGE) return out;
    }
  }
}
