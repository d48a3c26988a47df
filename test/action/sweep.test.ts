import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeGitHub } from "../support/fake-github.ts";
import { serveGitHub } from "../support/http-github.ts";
import { BOT, REPO, runAction, seedTracker } from "./helpers.ts";

let fake: FakeGitHub;
let server: { url: string; close: () => Promise<void> };

beforeEach(async () => {
  fake = new FakeGitHub();
  fake.tokenLogin = BOT;
  fake.repo(REPO);
  server = await serveGitHub(fake);
});
afterEach(async () => {
  await server.close();
  expect(fake.problems).toEqual([]);
});

const comments = (n: number) => fake.repo(REPO).issues.find((i) => i.number === n)?.comments ?? [];

describe("the scheduled sweep, run as the Actions runner runs it", () => {
  it("reopens a closed tracker whose items are still open, and writes the summary and outputs", async () => {
    const { tracker, actions } = seedTracker(fake, {
      title: "DB outage",
      merged: "2026-11-01T10:00:00Z",
      state: "closed",
      items: [
        { title: "Add alert", state: "open", due: "2026-11-10", owners: ["@dana"] },
        { title: "Write runbook", state: "closed", closedAt: "2026-11-05T10:00:00Z" },
      ],
    });
    const run = await runAction(server.url, "schedule", {});
    expect(run.code).toBe(0);
    expect(tracker.state).toBe("open");
    expect(comments(tracker.number).map((c) => c.body.split("\n")[0])).toEqual([
      "Reopened: 1 action item is still open.",
    ]);
    expect(actions[0]?.labels).toContain("overdue");
    expect(run.outputs).toMatchObject({
      trackers: "1",
      "open-items": "1",
      "overdue-items": "1",
      "trackers-reopened": "1",
      "trackers-closed": "0",
    });
    expect(JSON.parse(run.outputs.details ?? "{}").trackers[0]).toMatchObject({
      number: tracker.number,
      open: 1,
      overdue: 1,
      oldestOverdue: 10,
    });
    expect(run.summary).toContain(
      "| DB outage (`postmortems/pm:db-outage.md`) | [#3](https://github.com/acme/platform/issues/3) | 1/2 | 1 | 1 | 10 days |",
    );
    expect(run.summary).toContain("pie title Action items");
  });

  it("posts one follow-up per interval: a second run inside it posts nothing", async () => {
    const { tracker } = seedTracker(fake, {
      title: "Cache outage",
      merged: "2026-11-01T10:00:00Z",
      // One item resolved since the merge: progress, so the first digest has news.
      items: [
        { title: "Tune eviction", state: "open", due: "2026-12-01", owners: ["@lee"] },
        { title: "Size the cache", state: "closed", closedAt: "2026-11-10T10:00:00Z" },
      ],
    });
    // Every open item's owner is mentioned, not only the overdue ones'.
    fake
      .repo(REPO)
      .commits.set("HEAD", new Map([[".github/postmortem-tracker.yml", "reminders:\n  mention: all\n"]]));
    const first = await runAction(server.url, "schedule", {});
    expect(first.outputs["reminders-posted"]).toBe("1");
    expect(comments(tracker.number)[0]?.body).toContain("| #1 Tune eviction | @lee | 2026-12-01 | - |");
    const writes = fake.writes().length;
    const second = await runAction(server.url, "schedule", {}, {}, "2026-11-24T09:00:00Z");
    expect(second.outputs["reminders-posted"]).toBe("0");
    expect(fake.writes().length).toBe(writes);
    const third = await runAction(server.url, "schedule", {}, {}, "2026-11-28T09:00:00Z");
    expect(third.outputs["reminders-posted"]).toBe("1");
  });

  it("closes a tracker whose items are all resolved, with the time each took", async () => {
    const { tracker } = seedTracker(fake, {
      title: "DNS outage",
      merged: "2026-11-01T10:00:00Z",
      items: [
        { title: "Lower TTL", state: "closed", due: "2026-11-10", closedAt: "2026-11-04T10:00:00Z" },
        {
          title: "Second resolver",
          state: "closed",
          reason: "not_planned",
          closedAt: "2026-11-06T10:00:00Z",
        },
      ],
    });
    const run = await runAction(server.url, "schedule", {});
    expect(tracker).toMatchObject({ state: "closed", state_reason: "completed" });
    expect(comments(tracker.number)[0]?.body).toContain(
      "All 2 action items are resolved: 1 of 1 closed on time.",
    );
    expect(run.outputs["trackers-closed"]).toBe("1");
  });

  it("stops at the request budget and carries on where it stopped on the next run", async () => {
    for (let t = 0; t < 6; t += 1) {
      seedTracker(fake, {
        title: `Outage ${t}`,
        // Merged long enough ago that the default policy makes each item overdue.
        merged: "2026-10-01T10:00:00Z",
        items: [{ title: `Fix ${t}`, state: "open" }],
      });
    }
    const first = await runAction(server.url, "schedule", {}, { "max-requests": "12" });
    expect(first.code).toBe(0);
    const done = Number(first.outputs["reminders-posted"]);
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(6);
    expect(first.summary).toContain("The request budget was reached: the next run starts at tracker #");
    expect(fake.repo(REPO).labels.get("postmortem-tracker")?.description).toMatch(/sweep resumes at #\d+$/);
    const second = await runAction(server.url, "schedule", {}, { "max-requests": "40" });
    expect(Number(second.outputs["reminders-posted"])).toBe(6 - done);
    const trackers = fake.repo(REPO).issues.filter((i) => i.labels.includes("postmortem-tracker"));
    expect(trackers.every((t) => t.comments.length === 1)).toBe(true);
    expect(fake.repo(REPO).labels.get("postmortem-tracker")?.description).toBe(
      "Follows the action items of a postmortem",
    );
  });

  it("changes nothing in a dry run", async () => {
    seedTracker(fake, {
      title: "Disk full",
      merged: "2026-11-01T10:00:00Z",
      state: "closed",
      items: [{ title: "Add alert", state: "open" }],
    });
    // Run as the runner runs it: the committed bundle in a child process.
    const run = await runAction(server.url, "schedule", {}, { "dry-run": "true" }, undefined, "bundle");
    expect(run.code).toBe(0);
    expect(fake.writes()).toEqual([]);
    expect(run.stdout).toContain("[dry run] would comment on #");
  });

  it("follows up the other trackers, then fails the step naming the tracker and the permission", async () => {
    const { tracker: locked } = seedTracker(fake, {
      title: "A",
      merged: "2026-10-01T10:00:00Z",
      items: [{ title: "Fix A", state: "open" }],
    });
    const { tracker: fine } = seedTracker(fake, {
      title: "B",
      merged: "2026-10-01T10:00:00Z",
      items: [{ title: "Fix B", state: "open" }],
    });
    fake.fail({
      when: (r) => r.method === "POST" && r.path === `/repos/${REPO}/issues/${locked.number}/comments`,
      status: 403,
      message: "Resource not accessible by integration",
      headers: { "x-accepted-github-permissions": "issues=write; pull_requests=write" },
    });
    const run = await runAction(server.url, "schedule", {});
    expect(comments(fine.number)).toHaveLength(1);
    expect(JSON.parse(run.outputs.details ?? "{}").errors[0]).toMatchObject({
      tracker: locked.number,
      message: expect.stringMatching(/^403 /),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `::error::1 follow-up(s) could not be written: #${locked.number}: 403 Resource not accessible by integration (the token needs issues: write or pull-requests: write)`,
    );
  });

  it("names the permission from the route when GitHub does not", async () => {
    const { tracker } = seedTracker(fake, {
      title: "A",
      merged: "2026-10-01T10:00:00Z",
      items: [{ title: "Fix A", state: "open" }],
    });
    fake.fail({
      when: (r) => r.method === "POST" && r.path === `/repos/${REPO}/issues/${tracker.number}/comments`,
      status: 403,
      message: "Resource not accessible by integration",
    });
    const run = await runAction(server.url, "schedule", {});
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("(the token needs issues: write)");
  });

  it("does not fail the step for an item that was deleted: it is said in the summary", async () => {
    const { tracker, actions } = seedTracker(fake, {
      title: "A",
      merged: "2026-10-01T10:00:00Z",
      items: [{ title: "Fix A", state: "open" }],
    });
    const repo = fake.repo(REPO);
    repo.issues = repo.issues.filter((i) => i.number !== actions[0]?.number);
    const run = await runAction(server.url, "schedule", {});
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.details ?? "{}").errors[0]).toMatchObject({ tracker: tracker.number });
  });

  it("fails the step with a clear message on a bad configuration", async () => {
    fake
      .repo(REPO)
      .commits.set("HEAD", new Map([[".github/postmortem-tracker.yml", "reminders:\n  interval: weekly\n"]]));
    const run = await runAction(server.url, "schedule", {}, {}, undefined, "bundle");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::.github/postmortem-tracker.yml is not valid: reminders.interval:");
  });
});
