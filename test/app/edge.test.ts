import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseMarker, type TrackerMarker } from "../../src/tracking/marker.ts";
import {
  createHarness,
  type Harness,
  mergedPullRequest,
  pushPayload,
  REPO,
  REPORT,
} from "../support/app-harness.ts";

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

const repo = () => h.fake.repo(REPO);
const kind = (k: string) => repo().issues.filter((i) => parseMarker(i.body)?.kind === k);
const tracker = () => {
  const [t] = kind("tracker");
  if (!t) throw new Error("no tracker");
  return { issue: t, marker: parseMarker(t.body) as TrackerMarker };
};

describe("edge cases of the sync", () => {
  it("keeps the issues of a renamed report through later edits", async () => {
    await h.merge({
      pr: 101,
      sha: "s1",
      files: { [REPORT]: report(["- [ ] Add an alert", "- [ ] Write a runbook"]) },
    });
    const moved = "postmortems/2026/checkout.md";
    await h.merge({
      pr: 102,
      sha: "s2",
      files: { [moved]: report(["- [ ] Add an alert", "- [ ] Write a runbook"]) },
      renamed: { [REPORT]: moved },
    });
    await h.merge({
      pr: 103,
      sha: "s3",
      files: { [moved]: report(["- [ ] Add an alert", "- [ ] Write a runbook", "- [ ] Load-test"]) },
    });
    expect(kind("action").map((i) => [i.number, i.title, i.state])).toEqual([
      [2, "Add an alert", "open"],
      [3, "Write a runbook", "open"],
      [4, "Load-test", "open"],
    ]);
    expect(kind("tracker")).toHaveLength(1);
  });

  it("keeps the issues of a report moved by a push (removed and added)", async () => {
    repo().commits.set("p1", new Map([[REPORT, report(["- [ ] Add an alert"])]]));
    await h.deliver("push", pushPayload("p1", [REPORT]));
    const moved = "postmortems/2026/checkout.md";
    repo().commits.set("p2", new Map([[moved, report(["- [ ] Add an alert"])]]));
    const push = pushPayload("p2", []);
    push.commits[0].added = [moved];
    push.commits[0].removed = [REPORT];
    push.commits[0].modified = [];
    await h.deliver("push", push);
    expect(kind("action")).toHaveLength(1);
    expect(kind("tracker")).toHaveLength(1);
    expect(tracker().marker.report).toBe(moved);
  });

  it("closes its own issue when an item now points at an existing one", async () => {
    await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report(["- [ ] Alert on pool wait time"]) } });
    const [own] = kind("action");
    const existing = h.fake.addIssue(REPO, { title: "Pool alerts", user: "dana" });
    await h.merge({
      pr: 102,
      sha: "s2",
      files: { [REPORT]: report([`- [ ] Alert on pool wait time #${existing.number}`]) },
    });
    expect(own).toMatchObject({ state: "closed", state_reason: "not_planned" });
    expect(own?.comments.at(-1)?.body).toContain(`now tracked in #${existing.number}`);
    expect(tracker().marker.items.map((e) => e.issue)).toEqual([existing.number]);
  });

  it("reopens an item that was checked and then unchecked, or removed and then restored", async () => {
    await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report(["- [ ] A thing", "- [ ] B thing"]) } });
    const [a, b] = kind("action");
    await h.merge({ pr: 102, sha: "s2", files: { [REPORT]: report(["- [x] A thing"]) } });
    expect(a?.state).toBe("closed");
    expect(b).toMatchObject({ state: "closed", state_reason: "not_planned" });
    await h.merge({ pr: 103, sha: "s3", files: { [REPORT]: report(["- [ ] A thing", "- [ ] B thing"]) } });
    expect([a?.state, b?.state]).toEqual(["open", "open"]);
    expect(tracker().issue.state).toBe("open");
    expect(tracker().issue.body).toContain("**Progress: 0 of 2 resolved**");
  });

  it("rewrites an item's issue when its owner or due date changes", async () => {
    await h.merge({
      pr: 101,
      sha: "s1",
      files: { [REPORT]: report(["- [ ] Add an alert @lee due: 2026-12-01"]) },
    });
    const [item] = kind("action");
    await h.merge({
      pr: 102,
      sha: "s2",
      files: { [REPORT]: report(["- [ ] Add an alert @dana due: 2027-02-15"]) },
    });
    expect(item?.assignees).toEqual(["dana"]);
    expect(item?.body).toContain("| Due | 2027-02-15 |");
  });

  it("files once for a report whose path has a comma", async () => {
    const odd = "postmortems/2026-01-03-db,cache.md";
    await h.merge({ pr: 101, sha: "s1", files: { [odd]: report(["- [ ] Add an alert"]) } });
    await h.deliver("pull_request", mergedPullRequest(101, "s1"));
    expect(kind("action")).toHaveLength(1);
    expect(kind("tracker")).toHaveLength(1);
  });

  it("ignores an older merge delivered after a newer one", async () => {
    await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report(["- [ ] Add an alert"]) } });
    await h.merge({
      pr: 102,
      sha: "s2",
      files: { [REPORT]: report(["- [ ] Add an alert", "- [ ] Load-test"]) },
    });
    await h.deliver("pull_request", mergedPullRequest(101, "s1"));
    expect(kind("action").map((i) => i.state)).toEqual(["open", "open"]);
    expect(tracker().marker.sha).toBe("s2");
  });

  it("goes on when an existing issue in another repository cannot be commented on", async () => {
    await h.merge({
      pr: 101,
      sha: "s1",
      files: { [REPORT]: report(["- [ ] Track the driver fix vendor/driver#42", "- [ ] Add an alert"]) },
    });
    expect(kind("action").map((i) => i.title)).toEqual(["Add an alert"]);
    expect(tracker().issue.body).toContain("vendor/driver#42 Track the driver fix");
  });

  it("files no tracker for a report without action items", async () => {
    await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: "# Outage\n\n## Timeline\n\n- 10:00 paged\n" } });
    expect(repo().issues).toEqual([]);
  });

  it("updates every tracker that lists a closed issue", async () => {
    const shared = h.fake.addIssue(REPO, { title: "Shared fix", user: "dana" });
    await h.merge({
      pr: 101,
      sha: "s1",
      files: {
        [REPORT]: report([`- [ ] Shared fix #${shared.number}`]),
        "postmortems/other.md": report([`- [ ] Same fix #${shared.number}`]),
      },
    });
    await h.issueEvent("closed", shared.number);
    expect(kind("tracker").map((t) => t.state)).toEqual(["closed", "closed"]);
  });
});
