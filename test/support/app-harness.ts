import { generateKeyPairSync } from "node:crypto";
import { createRequire } from "node:module";
import { Probot, ProbotOctokit } from "probot";
import { postmortemTracker } from "../../src/app/app.ts";
import { FakeGitHub } from "./fake-github.ts";
import { interceptGitHub } from "./nock-github.ts";

const require = createRequire(import.meta.url);
// The examples package is CommonJS-shaped: an array of { name, examples }.
const examples = require("@octokit/webhooks-examples") as { name: string; examples: Record<string, any>[] }[];

export function example(name: string, action?: string): Record<string, any> {
  const found = examples
    .find((e) => e.name === name)
    ?.examples.find((x) => action === undefined || x.action === action);
  if (!found) throw new Error(`no example payload for ${name}.${action}`);
  return structuredClone(found);
}

export const privateKey = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  privateKeyEncoding: { type: "pkcs1", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
}).privateKey;

// Probot's own throttling would wait seconds between creations; tests run without it (and without retries).
export const TestOctokit = ProbotOctokit.defaults((o: Record<string, any>) => ({
  ...o,
  retry: { enabled: false },
  throttle: { ...o.throttle, enabled: false },
}));

export const REPO = "acme/platform";
export const REPORT = "postmortems/2026-11-03-checkout.md";

export interface Harness {
  fake: FakeGitHub;
  probot: Probot;
  /** Delivers a merged pull request that changed `files` (path -> text) at `sha`. */
  merge(options: {
    pr: number;
    sha: string;
    files: Record<string, string>;
    renamed?: Record<string, string>;
  }): Promise<void>;
  deliver(name: string, payload: Record<string, any>): Promise<void>;
  /** Writes .github/postmortem-tracker.yml on the default branch. */
  setConfig(yaml: string): void;
  /** Delivers issues.closed / issues.reopened for an issue of the fake, as a person did it. */
  issueEvent(
    action: "closed" | "reopened",
    number: number,
    reason?: "completed" | "not_planned",
  ): Promise<void>;
}

export function createHarness(now = new Date("2026-11-04T10:00:00Z")): Harness {
  const fake = new FakeGitHub();
  const repo = fake.repo(REPO);
  for (const login of ["dana", "lee"]) repo.collaborators.add(login);
  interceptGitHub(fake);
  const probot = new Probot({ appId: 1, privateKey, Octokit: TestOctokit, logLevel: "fatal" });
  probot.load((app) => postmortemTracker(app, { now: () => now }));
  let delivery = 0;
  const deliver = (name: string, payload: Record<string, any>) => {
    delivery += 1;
    return probot.receive({ id: `delivery-${delivery}`, name, payload } as never);
  };
  return {
    fake,
    probot,
    deliver,
    setConfig(yaml) {
      const head = repo.commits.get("HEAD") ?? new Map<string, string>();
      head.set(".github/postmortem-tracker.yml", yaml);
      repo.commits.set("HEAD", head);
    },
    async issueEvent(action, number, reason = "completed") {
      const issue = repo.issues.find((i) => i.number === number);
      if (!issue) throw new Error(`no issue #${number}`);
      issue.state = action === "closed" ? "closed" : "open";
      issue.state_reason = action === "closed" ? reason : "reopened";
      const payload = example("issues", "reopened");
      payload.action = action;
      Object.assign(payload.issue, {
        number,
        node_id: issue.node_id,
        title: issue.title,
        body: issue.body,
        state: issue.state,
        state_reason: issue.state_reason,
        labels: issue.labels.map((name) => ({ name })),
        user: { login: issue.user },
      });
      Object.assign(payload.repository, repository());
      payload.sender = { ...payload.sender, login: "dana" };
      payload.installation = installation;
      await deliver("issues", payload);
    },
    async merge({ pr, sha, files, renamed = {} }) {
      const previous = [...repo.commits.values()].pop() ?? new Map<string, string>();
      const tree = new Map(previous);
      for (const [from] of Object.entries(renamed)) tree.delete(from);
      for (const [path, text] of Object.entries(files)) tree.set(path, text);
      repo.commits.set(sha, tree);
      const renamedTo = new Map(Object.entries(renamed).map(([from, to]) => [to, from]));
      repo.pullIssues.set(pr, {
        number: pr,
        node_id: `PR_${pr}`,
        title: `Pull request ${pr}`,
        body: "",
        state: "closed",
        state_reason: null,
        labels: [],
        assignees: [],
        user: "author",
        comments: repo.pullIssues.get(pr)?.comments ?? [],
        subIssues: [],
        created: 0,
        closed_at: null,
      });
      repo.pulls.set(pr, {
        mergeSha: sha,
        files: Object.keys(files).map((filename) => {
          const from = renamedTo.get(filename);
          return from
            ? { filename, status: "renamed", previous_filename: from }
            : { filename, status: previous.has(filename) ? "modified" : "added" };
        }),
      });
      await deliver("pull_request", mergedPullRequest(pr, sha));
    },
  };
}

export const installation = { id: 1, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==" };

export function repository() {
  const [owner = "", name = ""] = REPO.split("/");
  return {
    name,
    full_name: REPO,
    default_branch: "main",
    html_url: `https://github.com/${REPO}`,
    owner: { ...example("pull_request", "closed").repository.owner, login: owner },
  };
}

export function mergedPullRequest(pr: number, sha: string): Record<string, any> {
  const payload = example("pull_request", "closed");
  payload.number = pr;
  payload.pull_request.number = pr;
  payload.pull_request.merged = true;
  payload.pull_request.merge_commit_sha = sha;
  payload.pull_request.base.ref = "main";
  Object.assign(payload.repository, repository());
  payload.installation = installation;
  return payload;
}

/** A push to the default branch that changed `paths`. */
export function pushPayload(sha: string, paths: string[]): Record<string, any> {
  const payload = example("push");
  payload.ref = "refs/heads/main";
  payload.after = sha;
  payload.deleted = false;
  payload.commits = [{ id: sha, message: "Update report", added: [], removed: [], modified: paths }];
  payload.head_commit = payload.commits[0];
  Object.assign(payload.repository, repository());
  payload.installation = installation;
  return payload;
}
