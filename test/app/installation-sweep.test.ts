import nock from "nock";
import { Probot } from "probot";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { optionsFromEnv, postmortemTracker } from "../../src/app/app.ts";
import { botAccount } from "../../src/app/bot.ts";
import {
  memoryCursors,
  parseSweepInterval,
  sweepAllInstallations,
  sweepOneInstallation,
} from "../../src/app/sweeps.ts";
import { withLock } from "../../src/queue/lock.ts";
import { privateKey, TestOctokit } from "../support/app-harness.ts";
import { FakeGitHub } from "../support/fake-github.ts";
import { interceptGitHub } from "../support/nock-github.ts";
import { seedRepoTracker } from "../support/seed-tracker.ts";

const NOW = new Date("2026-11-20T10:00:00Z");
let fake: FakeGitHub;
let probot: Probot;

beforeEach(() => {
  nock.disableNetConnect();
  fake = new FakeGitHub();
  interceptGitHub(fake);
  fake.installations.set(1, ["org-a/one", "org-a/two"]);
  fake.installations.set(2, ["org-b/three"]);
  probot = new Probot({ appId: 1, privateKey, Octokit: TestOctokit, logLevel: "fatal" });
});

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
  expect(fake.problems).toEqual([]);
});

const bot = "postmortem-tracker[bot]";
const seed = (repo: string, title: string) =>
  seedRepoTracker(fake, {
    repo,
    bot,
    title,
    merged: "2026-11-01T10:00:00Z",
    items: [{ title: `${title}: add an alert`, state: "open", due: "2026-11-10", owners: ["@dana"] }],
  });
const env = () => ({ botLogin: botAccount(probot), now: () => NOW, lock: withLock });
const followUps = (issue: { comments: { body: string }[] }) =>
  issue.comments.filter((c) => c.body.startsWith("Follow-up:")).length;
const setConfig = (repo: string, yaml: string) =>
  fake.repo(repo).commits.set("HEAD", new Map([[".github/postmortem-tracker.yml", yaml]]));

describe("the App's own sweep of every installation", () => {
  it("follows up every tracker of every installation, found by one search per installation", async () => {
    const one = seed("org-a/one", "DB outage");
    const two = seed("org-a/two", "Cache outage");
    const three = seed("org-b/three", "DNS outage");
    await sweepAllInstallations(probot, env(), { budget: 500, cursors: memoryCursors() });
    for (const { tracker, actions } of [one, two, three]) {
      expect(followUps(tracker)).toBe(1);
      expect(actions[0]?.labels).toContain("overdue");
    }
    const searches = fake.requests.filter((r) => r.path === "/search/issues");
    // Open trackers, and recently closed ones, per installation.
    expect(searches.length).toBe(4);
    expect(searches[0]?.query.get("q")).toBe(
      'is:issue is:open label:"postmortem-tracker" author:app/postmortem-tracker',
    );
    // The repositories' trackers are not listed again, one request per repository.
    expect(fake.requests.filter((r) => /^\/repos\/.*\/issues$/.test(r.path) && r.method === "GET")).toEqual(
      [],
    );
    // One read of the items per installation, across its repositories; one read of an owner's shared config.
    expect(fake.requests.filter((r) => r.path === "/graphql")).toHaveLength(2);
    const configReads = fake.requests.filter((r) =>
      r.path.endsWith("/contents/.github/postmortem-tracker.yml"),
    );
    expect(configReads.map((r) => r.path.split("/")[3]).sort()).toEqual([
      ".github",
      ".github",
      "one",
      "three",
      "two",
    ]);
    // A second sweep inside the interval posts nothing.
    const writes = fake.writes().length;
    await sweepAllInstallations(probot, env(), { budget: 500, cursors: memoryCursors() });
    expect(fake.writes().length).toBe(writes);
  });

  it("leaves a repository whose config says a workflow sends its follow-ups, and others' trackers", async () => {
    const kept = seed("org-a/one", "DB outage");
    setConfig("org-a/two", "reminders:\n  swept-by: action\n");
    const left = seed("org-a/two", "Cache outage");
    const foreign = seedRepoTracker(fake, {
      repo: "org-b/three",
      bot: "someone",
      title: "Not ours",
      merged: "2026-11-01T10:00:00Z",
      items: [{ title: "Anything", state: "open", due: "2026-11-10" }],
    });
    await sweepAllInstallations(probot, env(), { budget: 500, cursors: memoryCursors() });
    expect(followUps(kept.tracker)).toBe(1);
    expect(followUps(left.tracker)).toBe(0);
    expect(followUps(foreign.tracker)).toBe(0);
    expect(fake.writes().every((w) => w.path.startsWith("/repos/org-a/one/"))).toBe(true);
  });

  it("stops cleanly at its request budget and starts where it stopped next time", async () => {
    fake.installations.delete(2);
    const one = seed("org-a/one", "DB outage");
    const two = seed("org-a/two", "Cache outage");
    const cursors = memoryCursors();
    // Two searches, then one repository's config, labels, items and writes (its overdue label and item
    // reminder included): not enough for both.
    await sweepAllInstallations(probot, env(), { budget: 16, cursors });
    expect(followUps(one.tracker) + followUps(two.tracker)).toBe(1);
    expect(await cursors.get(1)).toBe("org-a/two");
    await sweepAllInstallations(probot, env(), { budget: 30, cursors });
    expect(followUps(one.tracker)).toBe(1);
    expect(followUps(two.tracker)).toBe(1);
    expect(await cursors.get(1)).toBeNull();
  });

  it("finds trackers past the search's 1,000 results by moving its window on", async () => {
    fake.installations.delete(2);
    fake.installations.set(1, ["org-a/one"]);
    for (let t = 0; t < 1005; t += 1)
      seedRepoTracker(fake, {
        repo: "org-a/one",
        bot,
        title: `Outage ${t}`,
        merged: "2026-11-01T10:00:00Z",
        items: [],
      });
    const cursors = memoryCursors();
    const result = await sweepOneInstallation(probot, env(), 1, { budget: 500, cursors });
    expect(result.trackers).toBe(1005);
    const queries = fake.requests
      .filter((r) => r.path === "/search/issues")
      .map((r) => r.query.get("q") ?? "");
    // Ten pages of the first window, then one from the last tracker's creation on; then the closed ones.
    expect(queries).toHaveLength(12);
    expect(queries[10]).toMatch(/ created:>=2026-01-01T00:\d\d:\d\dZ$/);
  });

  it("runs on its own schedule once the App is loaded", async () => {
    const { tracker } = seed("org-a/one", "DB outage");
    await postmortemTracker(probot, { now: () => NOW, sweepInterval: "1h" });
    const deadline = Date.now() + 10_000;
    while (followUps(tracker) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(followUps(tracker)).toBe(1);
  });
});

describe("SWEEP_INTERVAL", () => {
  it("reads 0 as off, and durations in seconds, minutes, hours and days", () => {
    expect(parseSweepInterval("0")).toBe(0);
    expect(parseSweepInterval(undefined)).toBe(3_600_000);
    expect(parseSweepInterval("30m")).toBe(1_800_000);
    expect(parseSweepInterval("1d")).toBe(86_400_000);
    expect(() => parseSweepInterval("hourly")).toThrow(/SWEEP_INTERVAL="hourly"/);
  });

  it("is hourly for `npm start`, and a bad budget or lock time is named", () => {
    expect(optionsFromEnv({})).toEqual({ sweepInterval: "1h", sweepBudget: 3000, lockMs: 30_000 });
    expect(optionsFromEnv({ REDIS_URL: "redis://r:6379" }).redisUrl).toBe("redis://r:6379");
    expect(() => optionsFromEnv({ SWEEP_MAX_REQUESTS: "lots" })).toThrow(/SWEEP_MAX_REQUESTS="lots"/);
    expect(() => optionsFromEnv({ LOCK_TTL_MS: "5" })).toThrow(/LOCK_TTL_MS="5"/);
  });
});
