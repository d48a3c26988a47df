import type { ExistingIssue, Operation, RepoId, Target } from "../tracking/model.ts";
import { describeOperation } from "../tracking/model.ts";
import { errorText, httpStatus, type Logger, type OctokitLike } from "./octokit.ts";

/**
 * The one module that talks to GitHub. It counts every request, stops at a budget, and applies a
 * plan's operations in order; in a dry run it logs them and writes nothing.
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

interface Created {
  repo: RepoId;
  number: number;
  nodeId: string;
}

interface RestIssue {
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

export class Gateway {
  requests = 0;
  readonly dryRun: boolean;
  private readonly octokit: OctokitLike;
  private readonly log: Logger;
  private readonly budget: number;
  private readonly created = new Map<string, Created>();
  private readonly unassignable = new Set<string>();

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

  async comments(repo: RepoId, issue: number): Promise<{ id: number; body: string; author: string }[]> {
    const data = await this.call<{ id: number; body?: string; user: { login: string } | null }[]>(
      "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
      { ...repo, issue_number: issue, per_page: PAGE },
    );
    return data.map((c) => ({ id: c.id, body: c.body ?? "", author: c.user?.login ?? "" }));
  }

  /** Applies operations in order. New issues' numbers fill the `{{#id}}` placeholders of later ones. */
  async apply(operations: Operation[]): Promise<void> {
    for (const op of operations) {
      const text = this.fill(describeOperation(op), op.repo);
      if (this.dryRun) {
        this.log.info(`[dry run] would ${text}`);
        continue;
      }
      this.log.info(text);
      await this.applyOne(op);
    }
  }

  private number(target: Target): number {
    if ("existing" in target) return target.existing;
    const made = this.created.get(target.planned);
    if (!made)
      throw new Error(`issue "${target.planned}" was to be created earlier in the plan, but was not`);
    return made.number;
  }

  /** Replaces `{{#id}}` with `#123` (or `owner/repo#123` across repositories) and `"{{n:id}}"` with 123. */
  fill(text: string, from: RepoId): string {
    return text
      .replace(/"\{\{n:([^}]+)\}\}"/g, (whole, id: string) => {
        const made = this.created.get(id);
        return made ? String(made.number) : whole;
      })
      .replace(/\{\{#([^}]+)\}\}/g, (whole, id: string) => {
        const made = this.created.get(id);
        if (!made) return this.dryRun ? "(new issue)" : whole;
        const same = made.repo.owner === from.owner && made.repo.repo === from.repo;
        return same ? `#${made.number}` : `${made.repo.owner}/${made.repo.repo}#${made.number}`;
      });
  }

  private async applyOne(op: Operation): Promise<void> {
    switch (op.op) {
      case "ensureLabel":
        return this.ensureLabel(op);
      case "renameLabel":
        await this.call("PATCH /repos/{owner}/{repo}/labels/{name}", {
          ...op.repo,
          name: op.from,
          new_name: op.to,
        });
        return;
      case "createIssue":
        return this.createIssue(op);
      case "updateIssue": {
        const params: Record<string, unknown> = { ...op.repo, issue_number: this.number(op.issue) };
        if (op.title !== undefined) params.title = op.title;
        if (op.body !== undefined) params.body = this.fill(op.body, op.repo);
        if (op.labels) params.labels = op.labels;
        if (op.state) params.state = op.state;
        if (op.stateReason) params.state_reason = op.stateReason;
        if (op.assignees)
          params.assignees = op.assignees.filter((a) => !this.unassignable.has(a.toLowerCase()));
        await this.call("PATCH /repos/{owner}/{repo}/issues/{issue_number}", params);
        return;
      }
      case "comment":
        try {
          await this.call("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
            ...op.repo,
            issue_number: this.number(op.issue),
            body: this.fill(op.body, op.repo),
          });
        } catch (error) {
          if (!op.bestEffort || error instanceof BudgetExhausted) throw error;
          this.log.warn(`${op.bestEffort}: ${errorText(error)}`);
        }
        return;
      case "addLabels":
        await this.call("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
          ...op.repo,
          issue_number: this.number(op.issue),
          labels: op.labels,
        });
        return;
      case "removeLabel":
        try {
          await this.call("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", {
            ...op.repo,
            issue_number: this.number(op.issue),
            name: op.label,
          });
        } catch (error) {
          // 404: the label is gone already.
          if (httpStatus(error) !== 404) throw error;
        }
        return;
      case "addSubIssues":
        return this.addSubIssues(op);
    }
  }

  private async ensureLabel(op: Extract<Operation, { op: "ensureLabel" }>): Promise<void> {
    try {
      await this.call("POST /repos/{owner}/{repo}/labels", {
        ...op.repo,
        name: op.name,
        color: op.color,
        description: op.description,
      });
    } catch (error) {
      // 422: the label exists already, which is all we wanted.
      if (httpStatus(error) !== 422) throw error;
    }
  }

  private async createIssue(op: Extract<Operation, { op: "createIssue" }>): Promise<void> {
    const body = this.fill(op.body, op.repo);
    let assignees = op.assignees.filter((a) => !this.unassignable.has(a.toLowerCase()));
    const send = () =>
      this.call<RestIssue>("POST /repos/{owner}/{repo}/issues", {
        ...op.repo,
        title: op.title,
        body: withNote(
          body,
          op.assignees.filter((a) => !assignees.includes(a)),
        ),
        labels: op.labels,
        assignees,
        // A create that failed with a 5xx may still have happened: never let a retry file it twice.
        request: { retries: 0 },
      });
    let issue: RestIssue;
    try {
      issue = await send();
    } catch (error) {
      if (httpStatus(error) === 422 && assignees.length > 0 && /assignee/i.test(errorText(error))) {
        assignees = await this.assignable(op.repo, assignees);
        issue = await send();
      } else if (isTransient(error)) {
        const found = await this.findCreated(op, body);
        issue = found ?? (await send());
      } else {
        throw error;
      }
    }
    this.created.set(op.id, { repo: op.repo, number: issue.number, nodeId: issue.node_id });
    if (op.close) {
      await this.call("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        ...op.repo,
        issue_number: issue.number,
        state: "closed",
        state_reason: op.close,
      });
    }
  }

  /** After a failed create, looks for the issue among the newest ones with its labels and marker. */
  private async findCreated(
    op: Extract<Operation, { op: "createIssue" }>,
    body: string,
  ): Promise<RestIssue | null> {
    const marker = body.slice(body.lastIndexOf("<!-- postmortem-tracker"));
    const label = op.labels[op.labels.length - 1];
    const data = await this.call<RestIssue[]>("GET /repos/{owner}/{repo}/issues", {
      ...op.repo,
      ...(label ? { labels: op.labels.join(",") } : {}),
      state: "all",
      sort: "created",
      direction: "desc",
      per_page: 30,
    });
    return data.find((i) => (i.body ?? "").includes(marker) && i.title === op.title) ?? null;
  }

  private async assignable(repo: RepoId, logins: string[]): Promise<string[]> {
    const ok: string[] = [];
    for (const login of logins) {
      try {
        await this.call("GET /repos/{owner}/{repo}/assignees/{assignee}", { ...repo, assignee: login });
        ok.push(login);
      } catch (error) {
        if (httpStatus(error) !== 404) throw error;
        this.unassignable.add(login.toLowerCase());
        this.log.warn(`@${login} cannot be assigned in ${repo.owner}/${repo.repo}; mentioned instead`);
      }
    }
    return ok;
  }

  private nodeId(target: Target, known: Map<number, string>): string | null {
    if ("planned" in target) return this.created.get(target.planned)?.nodeId ?? null;
    return known.get(target.existing) ?? null;
  }

  /** One GraphQL request for all sub-issues; where the API has none, the tracker's checklist is enough. */
  private async addSubIssues(op: Extract<Operation, { op: "addSubIssues" }>): Promise<void> {
    const numbers = [op.parent, ...op.children]
      .filter((t): t is { existing: number } => "existing" in t)
      .map((t) => t.existing);
    const known = new Map<number, string>();
    if (numbers.length > 0) {
      const fields = numbers.map((n, i) => `i${i}: issue(number: ${n}) { number id }`).join(" ");
      const data = await this.graphql<{ repository: Record<string, { number: number; id: string } | null> }>(
        `query($owner: String!, $repo: String!) { repository(owner: $owner, name: $repo) { ${fields} } }`,
        op.repo as unknown as Record<string, unknown>,
      );
      for (const issue of Object.values(data.repository)) if (issue) known.set(issue.number, issue.id);
    }
    const parent = this.nodeId(op.parent, known);
    const children = op.children.map((c) => this.nodeId(c, known)).filter((id): id is string => id !== null);
    if (!parent || children.length === 0) return;
    const mutations = children
      .map(
        (_, i) =>
          `s${i}: addSubIssue(input: { issueId: $parent, subIssueId: $c${i} }) { subIssue { number } }`,
      )
      .join(" ");
    const vars = children.map((_, i) => `$c${i}: ID!`).join(", ");
    const variables: Record<string, unknown> = { parent };
    children.forEach((id, i) => {
      variables[`c${i}`] = id;
    });
    try {
      await this.graphql(`mutation($parent: ID!, ${vars}) { ${mutations} }`, {
        ...variables,
        headers: { "GraphQL-Features": "sub_issues" },
      });
    } catch (error) {
      this.log.warn(
        `sub-issues were not added (${errorText(error)}); the tracker's checklist lists the items`,
      );
    }
  }
}

const isTransient = (error: unknown) => {
  const status = httpStatus(error);
  return status === null || status >= 500;
};

/** Names the owners who could not be assigned, above the marker. */
function withNote(body: string, refused: string[]): string {
  if (refused.length === 0) return body;
  const note = `${refused.map((r) => `@${r}`).join(", ")}: named as owner in the report, but cannot be assigned here.`;
  const at = body.lastIndexOf("<!-- postmortem-tracker");
  return at < 0 ? `${body}\n\n${note}` : `${body.slice(0, at)}${note}\n\n${body.slice(at)}`;
}
