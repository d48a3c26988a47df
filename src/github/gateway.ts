import {
  type CheckRunOutput,
  type Created,
  describeOperation,
  type IssueCreation,
  type IssueNode,
  issueKey,
  type Operation,
  type RepoId,
  type WriteProblem,
} from "../tracking/model.ts";
import { BudgetExhausted, type GitHubClient, type GitHubWriter, postChatMessage } from "./client.ts";
import { errorText, httpStatus, type Logger } from "./octokit.ts";

export interface GatewayOptions {
  client: GitHubClient;
  log: Logger;
  dryRun?: boolean;
}

/** A write whose failure is said (with `bestEffort`) and does not stop the plan; on one issue. */
type BestEffort = { bestEffort?: string; repo: RepoId; issue: { existing: number } };

/** GitHub accepts at most 50 annotations a request. */
const ANNOTATIONS_PER_REQUEST = 50;

/**
 * The one path that writes to GitHub: it applies operations in order and reports the issues it
 * created. The dry run is decided here and only here: it logs every operation and writes nothing.
 */
export class Gateway {
  private readonly client: GitHubClient;
  private readonly writer: GitHubWriter;
  private readonly log: Logger;
  private readonly dryRun: boolean;
  /** The best-effort writes that failed, each with what it was for and GitHub's answer. */
  readonly skipped: WriteProblem[] = [];
  /** Logins this repository refused as assignees: not sent again. */
  private readonly unassignable = new Set<string>();

  constructor(options: GatewayOptions) {
    this.client = options.client;
    this.writer = options.client.writer();
    this.log = options.log;
    this.dryRun = options.dryRun ?? false;
  }

  /** Requests that the writes of `operations` cost: none in a dry run. */
  cost(operations: Operation[]): number {
    // A chat digest is not a GitHub request.
    return this.dryRun ? 0 : operations.filter((op) => op.op !== "notify").length;
  }

  /** Applies operations in order; returns the issues it created, by their operation's key. */
  async apply(operations: Operation[]): Promise<Map<string, Created>> {
    const created = new Map<string, Created>();
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

  private async applyOne(op: Exclude<Operation, IssueCreation>): Promise<void> {
    const w = this.writer;
    switch (op.op) {
      case "ensureLabel":
        return ignoring(422, () =>
          w.createLabel(op.repo, { name: op.name, color: op.color, description: op.description }),
        ); // 422: it exists already
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
        return ignoring(404, () => w.removeLabel(op.repo, op.issue.existing, op.label)); // 404: gone already
      case "addSubIssues":
        return this.addSubIssues(op);
      case "pinIssue": {
        // GitHub pins three issues a repository at most: a refusal is logged, the issue stays.
        const pin = {
          bestEffort: `pin #${op.node.number}`,
          repo: op.repo,
          issue: { existing: op.node.number },
        };
        return this.bestEffort(pin, () => w.pinIssue(op.node));
      }
      case "moveBranch":
        if (!(await w.createBranch(op.repo, op.branch, op.sha)))
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
        if (!(await w.addFile(op.repo, op))) this.log.info(`${op.path} is on ${op.branch} already: kept`);
        return;
      case "publishCheckRun":
        return this.publishCheckRun(op);
      case "notify":
        return this.notify(op);
    }
  }

  private issueChange(op: Extract<Operation, { op: "updateIssue" }>): Record<string, unknown> {
    const change: Record<string, unknown> = {};
    if (op.title !== undefined) change.title = op.title;
    if (op.body !== undefined) change.body = op.body;
    if (op.labels) change.labels = op.labels;
    if (op.state) change.state = op.state;
    if (op.stateReason) change.state_reason = op.stateReason;
    if (op.assignees) change.assignees = op.assignees.filter((a) => !this.unassignable.has(a.toLowerCase()));
    return change;
  }

  /** A chat digest is a courtesy: its failure is logged and the job goes on. */
  private async notify(op: Extract<Operation, { op: "notify" }>): Promise<void> {
    try {
      await postChatMessage(op.url, op.text);
    } catch (error) {
      this.log.warn(`could not post the chat digest: ${errorText(error)}`);
    }
  }

  /** A comment GitHub may have taken although it answered with an error is looked for, not sent twice. */
  private async postOnce(op: Extract<Operation, { op: "comment" }>): Promise<void> {
    const send = () => this.writer.comment(op.repo, op.issue.existing, op.body);
    try {
      await send();
    } catch (error) {
      if (!isTransient(error) || error instanceof BudgetExhausted) throw error;
      const comments = await this.client.comments(op.repo, op.issue.existing);
      if (!comments.some((c) => c.body === op.body)) await send();
    }
  }

  private comment(op: Extract<Operation, { op: "comment" }>): Promise<void> {
    return this.bestEffort(op, () => this.postOnce(op));
  }

  /** A write whose failure is logged (with `what`) rather than stopping the plan, when `what` is set. */
  private async bestEffort(op: BestEffort, write: () => Promise<void>): Promise<void> {
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
  private async openPullRequest(op: Extract<Operation, { op: "openPullRequest" }>): Promise<Created> {
    const { head, base, title, body, draft } = op;
    try {
      const made = await this.writer.createPullRequest(op.repo, { head, base, title, body, draft });
      return { repo: op.repo, number: made.number, nodeId: made.node_id, refused: [] };
    } catch (error) {
      if (httpStatus(error) !== 422) throw error;
      // Plans without draft pull requests (private repositories on GitHub Free): an ordinary one.
      if (draft && /draft pull requests are not supported/i.test(errorText(error))) {
        const made = await this.writer.createPullRequest(op.repo, { head, base, title, body, draft: false });
        return { repo: op.repo, number: made.number, nodeId: made.node_id, refused: [] };
      }
      const open = (await this.client.openPullsFrom(op.repo, head))[0];
      if (!open) throw error;
      return { repo: op.repo, number: open.number, nodeId: "", refused: [] };
    }
  }

  /** Creates an issue once: owners who cannot be assigned are left out and reported back. */
  private async createIssue(op: IssueCreation): Promise<Created> {
    let assignees = op.assignees.filter((a) => !this.unassignable.has(a.toLowerCase()));
    const send = async (): Promise<IssueNode> => {
      const made = await this.writer.createIssue(op.repo, {
        title: op.title,
        body: op.body,
        labels: op.labels,
        assignees,
      });
      return { number: made.number, nodeId: made.node_id };
    };
    let issue: IssueNode;
    try {
      issue = await send();
    } catch (error) {
      if (httpStatus(error) === 422 && assignees.length > 0 && /assignee/i.test(errorText(error))) {
        assignees = await this.assignable(op.repo, assignees);
        issue = await send();
      } else if (isTransient(error)) {
        issue = (await this.findCreated(op)) ?? (await send());
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
  private async findCreated(op: IssueCreation): Promise<IssueNode | null> {
    const marker = op.body.slice(op.body.lastIndexOf("<!-- postmortem-tracker"));
    const newest = await this.client.newestIssues(op.repo, op.labels);
    return newest.find((i) => i.body.includes(marker) && i.title === op.title) ?? null;
  }

  private async assignable(repo: RepoId, logins: string[]): Promise<string[]> {
    const ok: string[] = [];
    for (const login of logins) {
      if (await this.client.canBeAssigned(repo, login)) {
        ok.push(login);
        continue;
      }
      this.unassignable.add(login.toLowerCase());
      this.log.warn(`@${login} cannot be assigned in ${repo.owner}/${repo.repo}; mentioned instead`);
    }
    return ok;
  }

  /** Where the API has no sub-issues, the tracker's checklist is enough. */
  private async addSubIssues(op: Extract<Operation, { op: "addSubIssues" }>): Promise<void> {
    try {
      await this.writer.addSubIssues(op.parent, op.children);
    } catch (error) {
      if (error instanceof BudgetExhausted) throw error;
      this.log.warn(
        `sub-issues were not added (${errorText(error)}); the tracker's checklist lists the items`,
      );
    }
  }

  /** One check run, its annotations 50 a request: the first batch with it, the rest in updates. */
  private async publishCheckRun(op: Extract<Operation, { op: "publishCheckRun" }>): Promise<void> {
    const { annotations } = op.output;
    const batch = (i: number): CheckRunOutput => ({
      ...op.output,
      annotations: annotations.slice(i, i + ANNOTATIONS_PER_REQUEST),
    });
    const create = () =>
      this.writer.createCheckRun(op.repo, {
        name: op.name,
        head_sha: op.headSha,
        conclusion: op.conclusion,
        output: batch(0),
      });
    let id: number;
    try {
      id = await create();
    } catch (error) {
      if (!isTransient(error) || error instanceof BudgetExhausted) throw error;
      // GitHub may have created it although it answered with an error.
      id = (await this.client.checkRuns(op.repo, op.headSha, op.name))[0]?.id ?? (await create());
    }
    for (let i = ANNOTATIONS_PER_REQUEST; i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
      await this.writer.updateCheckRun(op.repo, id, batch(i));
  }
}

const isTransient = (error: unknown) => {
  const status = httpStatus(error);
  return status === null || status >= 500;
};

async function ignoring(status: number, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (httpStatus(error) !== status) throw error;
  }
}
