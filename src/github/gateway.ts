import type { Operation, RepoId, Target } from "../tracking/model.ts";
import { describeOperation } from "../tracking/model.ts";
import { BudgetExhausted, GitHubClient, type RestIssue } from "./client.ts";
import { errorText, httpStatus } from "./octokit.ts";

export { BudgetExhausted, type GatewayOptions, type IssueSnapshot, toExisting } from "./client.ts";

interface Created {
  repo: RepoId;
  number: number;
  nodeId: string;
}

/**
 * The one module that writes to GitHub: it applies a plan's operations in order, filling in the numbers
 * of issues created earlier in the same plan; in a dry run it logs them and writes nothing.
 */
export class Gateway extends GitHubClient {
  private readonly created = new Map<string, Created>();
  private readonly unassignable = new Set<string>();

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
