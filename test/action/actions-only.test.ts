import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseMarker } from "../../src/tracking/marker.ts";
import { FakeGitHub } from "../support/fake-github.ts";
import { serveGitHub } from "../support/http-github.ts";
import { BOT, REPO, runAction } from "./helpers.ts";

let fake: FakeGitHub;
let server: { url: string; close: () => Promise<void> };

beforeEach(async () => {
  fake = new FakeGitHub();
  fake.tokenLogin = BOT;
  fake.repo(REPO).collaborators.add("dana");
  server = await serveGitHub(fake);
});
afterEach(async () => {
  await server.close();
  expect(fake.problems).toEqual([]);
});

const REPORT = "postmortems/2026-11-10-dns.md";
const text = "# DNS outage\n\n## Action items\n\n- [ ] Lower the TTL @dana P1\n- [ ] Add a second resolver\n";
const push = (sha: string) => ({
  ref: "refs/heads/main",
  after: sha,
  deleted: false,
  repository: { default_branch: "main", full_name: REPO },
  commits: [{ id: sha, added: [REPORT], removed: [], modified: [] }],
  sender: { login: "dana" },
});
const issues = () => fake.repo(REPO).issues;
const ofKind = (k: string) => issues().filter((i) => parseMarker(i.body)?.kind === k);

describe("Actions-only mode: one workflow without the App", () => {
  it("files the items and the tracker on a push, and tells the pull request it came from", async () => {
    const repo = fake.repo(REPO);
    repo.commits.set("m1", new Map([[REPORT, text]]));
    repo.pulls.set(501, { mergeSha: "m1", files: [{ filename: REPORT, status: "added" }] });
    repo.pullIssues.set(501, { ...fake.addIssue(REPO, { title: "pr" }), number: 501 });
    repo.issues.pop();
    const run = await runAction(server.url, "push", push("m1"));
    expect(run.code).toBe(0);
    expect(ofKind("action").map((i) => [i.title, i.user, i.assignees])).toEqual([
      ["Lower the TTL", BOT, ["dana"]],
      ["Add a second resolver", BOT, []],
    ]);
    expect(ofKind("tracker")).toHaveLength(1);
    expect(repo.pullIssues.get(501)?.comments[0]?.body).toContain("are tracked in #");
    // The same push again changes nothing.
    const writes = fake.writes().length;
    await runAction(server.url, "push", push("m1"));
    expect(fake.writes().length).toBe(writes);
  });

  it("updates the tracker when an item is closed", async () => {
    fake.repo(REPO).commits.set("m1", new Map([[REPORT, text]]));
    await runAction(server.url, "push", push("m1"));
    const [first] = ofKind("action");
    if (!first) throw new Error("no item");
    first.state = "closed";
    first.state_reason = "completed";
    const run = await runAction(server.url, "issues", {
      action: "closed",
      issue: {
        number: first.number,
        node_id: first.node_id,
        title: first.title,
        body: first.body,
        state: "closed",
        state_reason: "completed",
        labels: first.labels.map((name) => ({ name })),
        user: { login: BOT },
      },
      sender: { login: "dana" },
      repository: { full_name: REPO },
    });
    expect(run.code).toBe(0);
    expect(ofKind("tracker")[0]?.body).toContain(
      `- [x] #${first.number} Lower the TTL (@dana · P1 · closed)`,
    );
  });

  it("closes an item ticked in the tracker by a person", async () => {
    fake.repo(REPO).commits.set("m1", new Map([[REPORT, text]]));
    await runAction(server.url, "push", push("m1"));
    const [first] = ofKind("action");
    const [tracker] = ofKind("tracker");
    if (!first || !tracker) throw new Error("not filed");
    const before = tracker.body;
    tracker.body = before.replace(
      `- [ ] #${first.number} Lower the TTL`,
      `- [x] #${first.number} Lower the TTL`,
    );
    const run = await runAction(server.url, "issues", {
      action: "edited",
      changes: { body: { from: before } },
      issue: {
        number: tracker.number,
        node_id: tracker.node_id,
        title: tracker.title,
        body: tracker.body,
        state: "open",
        state_reason: null,
        labels: tracker.labels.map((name) => ({ name })),
        user: { login: BOT },
      },
      sender: { login: "dana" },
      repository: { full_name: REPO },
    });
    expect(run.code).toBe(0);
    expect(first).toMatchObject({ state: "closed", state_reason: "completed" });
    expect(first.comments.at(-1)?.body).toContain("by @dana");
    expect(tracker.body).toContain(`- [x] #${first.number} Lower the TTL (@dana · P1 · closed)`);
  });

  it("does nothing on events it does not handle", async () => {
    const run = await runAction(server.url, "pull_request_review", { action: "submitted" });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('nothing to do on "pull_request_review.submitted"');
    expect(fake.requests).toEqual([]);
  });
});

describe("Actions-only mode: a run that died after a write", () => {
  const prepare = () => {
    const repo = fake.repo(REPO);
    repo.commits.set("m1", new Map([[REPORT, text]]));
    repo.pulls.set(501, { mergeSha: "m1", files: [{ filename: REPORT, status: "added" }] });
    repo.pullIssues.set(501, { ...fake.addIssue(REPO, { title: "pr" }), number: 501 });
    repo.issues.pop();
    return repo;
  };
  const seen = (repo: ReturnType<typeof prepare>) => ({
    issues: repo.issues.map((i) => `${i.title} (${i.state})`),
    subIssues: repo.issues[0]?.subIssues.length,
    comments: repo.pullIssues.get(501)?.comments.length,
  });

  it("is finished by re-running the job, whichever write it died after", async () => {
    const repo = prepare();
    await runAction(server.url, "push", push("m1"));
    const clean = seen(repo);
    const writes = fake.writes().length;
    expect(clean).toEqual({
      issues: [
        "Postmortem follow-up: DNS outage (open)",
        "Lower the TTL (open)",
        "Add a second resolver (open)",
      ],
      subIssues: 2,
      comments: 1,
    });
    for (let k = 1; k <= writes; k++) {
      fake = new FakeGitHub();
      fake.tokenLogin = BOT;
      fake.repo(REPO).collaborators.add("dana");
      await server.close();
      server = await serveGitHub(fake);
      const again = prepare();
      let n = 0;
      fake.fail({
        when: (r) => r.method !== "GET" && r.path !== "/graphql" && ++n === k,
        status: 400,
        applied: true,
      });
      await runAction(server.url, "push", push("m1"));
      await runAction(server.url, "push", push("m1"));
      expect({ k, ...seen(again) }).toEqual({ k, ...clean });
    }
  });
});
