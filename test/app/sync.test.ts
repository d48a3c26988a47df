import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseMarker, type TrackerMarker } from "../../src/tracking/marker.ts";
import { createHarness, type Harness, pushPayload, REPO, REPORT } from "../support/app-harness.ts";

const report = (items: string[]) =>
  `# Checkout outage\n\n## Action items\n\n${items.join("\n")}\n\n## Lessons Learned\n\n- Alerts work.\n`;
const items = [
  "- [ ] Add a CI check for pool sizes @dana P1",
  "- [ ] Alert on pool wait time @lee",
  "- [ ] Document the overlay order",
];

let h: Harness;
beforeEach(() => {
  nock.disableNetConnect();
  h = createHarness();
});
afterEach(() => {
  // Every request body matched GitHub's OpenAPI description, and every GraphQL query its schema.
  expect(h.fake.problems).toEqual([]);
  nock.cleanAll();
  nock.enableNetConnect();
});

const repo = () => h.fake.repo(REPO);
const kind = (k: string) => repo().issues.filter((i) => parseMarker(i.body)?.kind === k);
const titles = (k = "action") => kind(k).map((i) => i.title);
const tracker = () => {
  const [t] = kind("tracker");
  if (!t) throw new Error("no tracker");
  return { issue: t, marker: parseMarker(t.body) as TrackerMarker };
};
const prComments = (pr: number) => repo().pullIssues.get(pr)?.comments ?? [];

describe("delivered more than once", () => {
  it("files one set of issues when the same merge arrives three times", async () => {
    await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report(items) } });
    const writes = h.fake.writes().length;
    await h.deliver("pull_request", (await import("../support/app-harness.ts")).mergedPullRequest(101, "s1"));
    await h.deliver("pull_request", (await import("../support/app-harness.ts")).mergedPullRequest(101, "s1"));
    expect(titles()).toEqual([
      "Add a CI check for pool sizes",
      "Alert on pool wait time",
      "Document the overlay order",
    ]);
    expect(kind("tracker")).toHaveLength(1);
    expect(h.fake.writes().length).toBe(writes);
    expect(prComments(101)).toHaveLength(1);
    expect(h.fake.problems).toEqual([]);
  });

  it("files one set of issues when the deliveries arrive at the same time", async () => {
    const { mergedPullRequest } = await import("../support/app-harness.ts");
    await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report(items) } });
    await Promise.all([
      h.deliver("pull_request", mergedPullRequest(101, "s1")),
      h.deliver("pull_request", mergedPullRequest(101, "s1")),
    ]);
    expect(kind("action")).toHaveLength(3);
    expect(kind("tracker")).toHaveLength(1);
  });

  it("finishes a sync that failed halfway, without duplicates", async () => {
    let creates = 0;
    // The third creation fails, and so does the gateway's own second try: the run stops there.
    h.fake.fail({
      when: (r) => r.method === "POST" && r.path.endsWith("/issues") && ++creates >= 3,
      status: 500,
      times: 2,
    });
    await expect(h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report(items) } })).rejects.toThrow();
    expect(kind("action")).toHaveLength(1);
    const { mergedPullRequest } = await import("../support/app-harness.ts");
    await h.deliver("pull_request", mergedPullRequest(101, "s1"));
    expect(titles()).toEqual([
      "Add a CI check for pool sizes",
      "Alert on pool wait time",
      "Document the overlay order",
    ]);
    expect(kind("tracker")).toHaveLength(1);
    expect(tracker().marker.items.map((e) => e.issue)).toEqual(kind("action").map((i) => i.number));
  });

  it("does not file twice when GitHub created the issue but answered 502", async () => {
    let creates = 0;
    h.fake.fail({
      when: (r) => r.method === "POST" && r.path.endsWith("/issues") && ++creates === 2,
      status: 502,
      applied: true,
    });
    await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report(items) } });
    expect(kind("action")).toHaveLength(3);
    expect(new Set(titles()).size).toBe(3);
  });
});

describe("a later merge that changes the report", () => {
  it("updates the edited item, files the new one, closes the removed one and leaves the rest", async () => {
    await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report(items) } });
    const before = kind("action").map((i) => ({ ...i }));
    const requestsBefore = h.fake.requests.length;
    await h.merge({
      pr: 102,
      sha: "s2",
      files: {
        [REPORT]: report([
          "- [ ] Add a CI check for connection pool sizes @dana P1",
          "- [ ] Alert on pool wait time @lee",
          "- [ ] Load-test checkout before peak season",
        ]),
      },
    });
    const writes = h.fake.requests
      .slice(requestsBefore)
      .filter((r) => r.method !== "GET" && r.path !== "/graphql");
    const after = repo().issues;
    const edited = after.find((i) => i.number === before[0]?.number);
    expect(edited?.title).toBe("Add a CI check for connection pool sizes");
    expect(after.find((i) => i.number === before[1]?.number)?.body).toBe(before[1]?.body);
    const removed = after.find((i) => i.number === before[2]?.number);
    expect(removed).toMatchObject({ state: "closed", state_reason: "not_planned" });
    expect(removed?.comments[0]?.body).toContain("no longer in [Checkout outage]");
    expect(titles()).toContain("Load-test checkout before peak season");
    expect(kind("action")).toHaveLength(4);
    // Exactly: update the edited issue, create one, comment + close the removed one, rewrite the tracker, comment on the PR.
    expect(writes.map((r) => `${r.method} ${r.path.replace(/\d+/g, "N")}`).sort()).toEqual(
      [
        "PATCH /repos/acme/platform/issues/N",
        "POST /repos/acme/platform/issues",
        "POST /repos/acme/platform/issues/N/comments",
        "PATCH /repos/acme/platform/issues/N",
        "PATCH /repos/acme/platform/issues/N",
        "POST /repos/acme/platform/issues/N/comments",
      ].sort(),
    );
    expect(tracker().issue.body).toContain("**Progress: 0 of 3 resolved**");
  });

  it("keeps the issues of a renamed report", async () => {
    await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report(items) } });
    const numbers = kind("action").map((i) => i.number);
    const renamed = "postmortems/2026/checkout.md";
    await h.merge({
      pr: 102,
      sha: "s2",
      files: { [renamed]: report(items) },
      renamed: { [REPORT]: renamed },
    });
    expect(kind("action").map((i) => i.number)).toEqual(numbers);
    expect(kind("action").every((i) => i.labels.includes("pm:2026/checkout"))).toBe(true);
    expect(tracker().marker.report).toBe(renamed);
    expect(repo().labels.has("pm:2026-11-03-checkout")).toBe(false);
  });
});

describe("the tracker follows its items", () => {
  it("checks an item off when its issue closes, and closes itself when the last one does", async () => {
    await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report(items.slice(0, 2)) } });
    const [first, second] = kind("action");
    await h.issueEvent("closed", first?.number ?? 0);
    expect(tracker().issue.body).toContain(
      `- [x] #${first?.number} Add a CI check for pool sizes (@dana · P1 · closed)`,
    );
    expect(tracker().issue.state).toBe("open");
    await h.issueEvent("closed", second?.number ?? 0, "not_planned");
    expect(tracker().issue).toMatchObject({ state: "closed", state_reason: "completed" });
    expect(tracker().issue.body).toContain("~~Alert on pool wait time~~");
    expect(tracker().issue.comments.at(-1)?.body).toBe(
      "All 2 action items of this postmortem are resolved (1 closed as not planned). Closing the follow-up.",
    );
    await h.issueEvent("reopened", second?.number ?? 0);
    expect(tracker().issue.state).toBe("open");
    expect(h.fake.problems).toEqual([]);
  });
});

describe("safety", () => {
  it("trusts only issues its own bot wrote, whatever markers a person pastes", async () => {
    await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report(items.slice(0, 1)) } });
    const real = kind("action")[0];
    h.fake.addIssue(REPO, {
      title: "Fake",
      body: real?.body ?? "",
      labels: real?.labels ?? [],
      user: "mallory",
    });
    await h.merge({ pr: 102, sha: "s2", files: { [REPORT]: report(items.slice(0, 1)) } });
    expect(repo().issues.find((i) => i.user === "mallory")).toMatchObject({ state: "open", comments: [] });
    expect(kind("tracker")).toHaveLength(1);
  });

  it("files nothing above max-items, and says why on the pull request once", async () => {
    h.setConfig("issues:\n  max-items: 2\n");
    await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report(items) } });
    const { mergedPullRequest } = await import("../support/app-harness.ts");
    await h.deliver("pull_request", mergedPullRequest(101, "s1"));
    expect(repo().issues).toEqual([]);
    expect(prComments(101)).toHaveLength(1);
    expect(prComments(101)[0]?.body).toContain("has 3 open action items, more than the limit of 2");
    expect(prComments(101)[0]?.body).toContain("`issues.max-items`");
  });

  it("says why only once, however many comments the pull request has", async () => {
    h.setConfig("issues:\n  max-items: 1\n");
    await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report(items) } });
    const conversation = repo().pullIssues.get(101);
    for (let i = 0; i < 150; i += 1)
      conversation?.comments.push({ id: 5000 + i, body: `LGTM ${i}`, user: "dana" });
    const { mergedPullRequest } = await import("../support/app-harness.ts");
    await h.deliver("pull_request", mergedPullRequest(101, "s1"));
    expect(prComments(101).filter((c) => c.body.includes("more than the limit"))).toHaveLength(1);
  });

  it("files nothing on an invalid config, and names the key on the pull request", async () => {
    h.setConfig("issues:\n  max-items: lots\n");
    await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report(items) } });
    expect(repo().issues).toEqual([]);
    expect(prComments(101)[0]?.body).toContain(
      ".github/postmortem-tracker.yml is not valid: issues.max-items:",
    );
  });

  it("writes nothing in a dry run", async () => {
    h.setConfig("dry-run: true\n");
    await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report(items) } });
    expect(h.fake.writes()).toEqual([]);
  });

  it("tracks an item that names an existing issue through that issue", async () => {
    const existing = h.fake.addIssue(REPO, { title: "Pool sizes are not validated", user: "dana" });
    await h.merge({
      pr: 101,
      sha: "s1",
      files: { [REPORT]: report([`- [ ] Validate pool sizes (#${existing.number})`, items[1] ?? ""]) },
    });
    expect(titles()).toEqual(["Alert on pool wait time"]);
    expect(existing.comments[0]?.body).toContain("lists this issue as an action item, tracked by #");
    expect(existing.labels).toContain("pm:2026-11-03-checkout");
    expect(tracker().issue.body).toContain(`- [ ] #${existing.number} Validate pool sizes`);
    await h.issueEvent("closed", existing.number);
    expect(tracker().issue.body).toContain(`- [x] #${existing.number} Validate pool sizes (closed)`);
  });
});

describe("events", () => {
  it("syncs a push to the default branch made without a pull request", async () => {
    repo().commits.set("p1", new Map([[REPORT, report(items)]]));
    await h.deliver("push", pushPayload("p1", [REPORT]));
    expect(kind("action")).toHaveLength(3);
    expect(tracker().issue.body).toContain("merged in commit p1");
  });

  it("leaves a pull request's merge commit to the pull request event", async () => {
    await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report(items) } });
    const writes = h.fake.writes().length;
    await h.deliver("push", pushPayload("s1", [REPORT]));
    expect(h.fake.writes().length).toBe(writes);
  });

  it("ignores closed pull requests that were not merged, and files that are not reports", async () => {
    const { mergedPullRequest } = await import("../support/app-harness.ts");
    const unmerged = mergedPullRequest(101, "s1");
    unmerged.pull_request.merged = false;
    await h.deliver("pull_request", unmerged);
    await h.merge({
      pr: 102,
      sha: "s2",
      files: { "docs/postmortems/README.md": report(items), "src/x.md": report(items) },
    });
    expect(repo().issues).toEqual([]);
  });
});

describe("GitHub's limits and options", () => {
  it("reads a report over 1 MB through the blob API", async () => {
    const big = report([...items, `<!-- ${"x".repeat(1_100_000)} -->`]);
    await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: big } });
    expect(h.fake.requests.some((r) => r.path.includes("/git/blobs/"))).toBe(true);
    expect(kind("action")).toHaveLength(3);
  });

  it("keeps the checklist when sub-issues are not available", async () => {
    h.fake.fail({ when: (r) => r.path === "/graphql", status: 404 });
    await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report(items) } });
    expect(tracker().issue.subIssues).toEqual([]);
    expect(tracker().issue.body).toContain("**Progress: 0 of 3 resolved**");
    expect(kind("action")).toHaveLength(3);
  });

  it("files the issues in another repository of the same owner when configured", async () => {
    h.setConfig("issues:\n  repository: reliability\n");
    const other = h.fake.repo("acme/reliability");
    other.collaborators.add("dana");
    await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report(items) } });
    expect(repo().issues).toEqual([]);
    expect(other.issues.map((i) => i.title)).toEqual([
      "Postmortem follow-up: Checkout outage",
      "Add a CI check for pool sizes",
      "Alert on pool wait time",
      "Document the overlay order",
    ]);
    expect(other.issues[1]?.body).toContain(`https://github.com/${REPO}/blob/s1/${REPORT}#L5`);
    expect(other.issues[1]?.body).toContain(`merged in ${REPO}#101`);
    expect(prComments(101)[0]?.body).toContain("are tracked in acme/reliability#1");
  });
});
