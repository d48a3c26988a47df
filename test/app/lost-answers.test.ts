import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actionOctokit } from "../../src/action/octokit.ts";
import { GitHubClient } from "../../src/github/client.ts";
import { createHarness, example, type Harness, REPO, REPORT } from "../support/app-harness.ts";

// GitHub sometimes applies a write and answers with an error: what was written is found, not doubled.

const report = (items: string[]) => `# Checkout outage\n\n## Action items\n\n${items.join("\n")}\n`;

let h: Harness;
beforeEach(() => {
  nock.disableNetConnect();
  h = createHarness();
});
afterEach(() => {
  expect(h.fake.problems).toEqual([]);
  nock.cleanAll();
  nock.enableNetConnect();
});

describe("a write GitHub applied but answered with an error", () => {
  it("leaves one comment on the pull request", async () => {
    h.fake.fail({
      when: (r) => r.method === "POST" && r.path.endsWith("/issues/101/comments"),
      status: 502,
      applied: true,
    });
    await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report(["- [ ] Add an alert"]) } });
    expect(h.fake.repo(REPO).pullIssues.get(101)?.comments).toHaveLength(1);
  });

  it("leaves one check run on the head commit", async () => {
    const repo = h.fake.repo(REPO);
    repo.commits.set("h1", new Map([[REPORT, report(["- [ ] Add an alert"])]]));
    repo.pulls.set(201, { mergeSha: "", files: [{ filename: REPORT, status: "added" }] });
    h.fake.fail({
      when: (r) => r.method === "POST" && r.path.endsWith("/check-runs"),
      status: 502,
      applied: true,
    });
    const payload = example("pull_request", "opened");
    payload.number = 201;
    payload.pull_request.number = 201;
    payload.pull_request.head.sha = "h1";
    Object.assign(payload.repository, {
      name: "platform",
      full_name: REPO,
      html_url: `https://github.com/${REPO}`,
    });
    payload.repository.owner.login = "acme";
    payload.installation = { id: 1 };
    await h.deliver("pull_request", payload);
    expect(repo.checkRuns).toHaveLength(1);
  });
});

describe("an answer that never comes", () => {
  it("fails the request after the timeout instead of waiting for ever", async () => {
    nock.enableNetConnect("127.0.0.1");
    const server = createServer(() => {});
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const client = new GitHubClient({
      octokit: actionOctokit("t", { GITHUB_API_URL: url }, { throttle: false }),
      timeoutMs: 50,
    });
    try {
      await expect(client.issue({ owner: "acme", repo: "platform" }, 1)).rejects.toThrow(/abort|timeout/i);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe("an item naming an issue that is not there", () => {
  it("does not stop the other items, and the tracker and the pull request hear of every item", async () => {
    await h.merge({
      pr: 101,
      sha: "s1",
      files: {
        [REPORT]: report(["- [ ] Validate pool sizes #999", "- [ ] Add an alert", "- [ ] Write a runbook"]),
      },
    });
    const issues = h.fake.repo(REPO).issues;
    expect(issues.map((i) => i.title)).toEqual([
      "Postmortem follow-up: Checkout outage",
      "Add an alert",
      "Write a runbook",
    ]);
    expect(issues[0]?.body).toContain("- [ ] #999 Validate pool sizes");
    expect(issues[0]?.body).toContain("**Progress: 0 of 3 resolved**");
    const comments = h.fake.repo(REPO).pullIssues.get(101)?.comments ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain(
      `- ${REPORT}:5: could not comment on acme/platform#999, which the item names: Not Found`,
    );
    expect(issues[0]?.body).toContain("Validate pool sizes ⚠️ #999 could not be reached (Not Found)");
  });

  it("is tried again by the next delivery, and the mark goes once the issue is there", async () => {
    const files = { [REPORT]: report(["- [ ] Validate pool sizes #999", "- [ ] Add an alert"]) };
    await h.merge({ pr: 101, sha: "s1", files });
    const repo = h.fake.repo(REPO);
    // The issue the report meant is there now (it was in another state, or made by hand).
    const made = h.fake.addIssue(REPO, { number: 999, title: "Pool sizes", user: "alice" });
    const { mergedPullRequest } = await import("../support/app-harness.ts");
    await h.deliver("pull_request", mergedPullRequest(101, "s1"));
    expect(made.comments).toHaveLength(1);
    expect(repo.issues[0]?.body).toContain("- [ ] #999 Validate pool sizes");
    expect(repo.issues[0]?.body).not.toContain("could not be reached");
    expect(repo.issues.filter((i) => i.title === "Add an alert")).toHaveLength(1);
    expect(repo.pullIssues.get(101)?.comments).toHaveLength(1);
  });
});

describe("a tracker whose body a person replaced", () => {
  it("is written again on the next merge, keeping the person's text, instead of a second tracker", async () => {
    const items = ["- [ ] Add an alert", "- [ ] Write a runbook"];
    await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report(items) } });
    const repo = h.fake.repo(REPO);
    const [tracker, alert, runbook] = repo.issues;
    if (!tracker) throw new Error("no tracker");
    tracker.body = "We track this in the quarterly plan now.";
    await h.merge({
      pr: 102,
      sha: "s2",
      files: { [REPORT]: report([...items, "- [ ] Load-test checkout"]) },
    });
    expect(repo.issues.filter((i) => i.labels.includes("postmortem-tracker"))).toHaveLength(1);
    expect(tracker.body.startsWith("We track this in the quarterly plan now.")).toBe(true);
    expect(tracker.body).toContain(`- [ ] #${alert?.number} Add an alert`);
    expect(tracker.body).toContain(`- [ ] #${runbook?.number} Write a runbook`);
    expect(tracker.body).toContain("**Progress: 0 of 3 resolved**");
    expect(repo.issues.filter((i) => i.title === "Add an alert")).toHaveLength(1);
  });
});

describe("a sync cut off near its end", () => {
  const items = ["- [ ] Add an alert", "- [ ] Write a runbook"];
  const comments = () => h.fake.repo(REPO).pullIssues.get(102)?.comments ?? [];

  async function secondMerge() {
    await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report(items) } });
    return h.merge({
      pr: 102,
      sha: "s2",
      files: { [REPORT]: report([...items, "- [ ] Load-test checkout"]) },
    });
  }

  it("still tells the pull request when its comment failed, on the next delivery", async () => {
    h.fake.fail({
      when: (r) => r.method === "POST" && r.path.endsWith("/issues/102/comments"),
      status: 500,
      times: 2,
    });
    await expect(secondMerge()).rejects.toThrow();
    const { mergedPullRequest } = await import("../support/app-harness.ts");
    await h.deliver("pull_request", mergedPullRequest(102, "s2"));
    expect(comments()).toHaveLength(1);
    expect(comments()[0]?.body).toContain("Load-test checkout | created |");
  });

  it("does not comment twice when it stopped after the comment, before the tracker", async () => {
    const tracker = () => h.fake.repo(REPO).issues[0];
    let armed = false;
    h.fake.fail({
      when: (r) => armed && r.method === "PATCH" && r.path.endsWith(`/issues/${tracker()?.number}`),
      status: 500,
    });
    await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report(items) } });
    armed = true;
    await expect(
      h.merge({ pr: 102, sha: "s2", files: { [REPORT]: report([...items, "- [ ] Load-test checkout"]) } }),
    ).rejects.toThrow();
    const { mergedPullRequest } = await import("../support/app-harness.ts");
    await h.deliver("pull_request", mergedPullRequest(102, "s2"));
    expect(comments()).toHaveLength(1);
    expect(tracker()?.body).toContain("**Progress: 0 of 3 resolved**");
    expect(h.fake.repo(REPO).issues.filter((i) => i.title === "Load-test checkout")).toHaveLength(1);
  });
});

describe("sub-issues GitHub refused", () => {
  it("are added by the next delivery of the same merge, each once", async () => {
    h.fake.fail({
      when: (r) =>
        r.path === "/graphql" && String((r.body as { query?: string } | null)?.query).includes("addSubIssue"),
      status: 502,
    });
    await h.merge({
      pr: 101,
      sha: "s1",
      files: { [REPORT]: report(["- [ ] Add an alert", "- [ ] Write a runbook"]) },
    });
    const repo = h.fake.repo(REPO);
    const [tracker, ...items] = repo.issues;
    expect(tracker?.subIssues).toEqual([]);
    const { mergedPullRequest } = await import("../support/app-harness.ts");
    await h.deliver("pull_request", mergedPullRequest(101, "s1"));
    expect(tracker?.subIssues).toEqual(items.map((i) => i.number));
    expect(repo.issues).toHaveLength(3);
    expect(repo.pullIssues.get(101)?.comments).toHaveLength(1);
    // In sync now: a third delivery writes nothing.
    const writes = h.fake.requests.length;
    await h.deliver("pull_request", mergedPullRequest(101, "s1"));
    expect(h.fake.requests.slice(writes).filter((r) => r.method !== "GET" && r.path !== "/graphql")).toEqual(
      [],
    );
  });
});
