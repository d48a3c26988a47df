import { Queue } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUEUE } from "../../src/queue/jobs.ts";
import { mergedPullRequest } from "../support/app-harness.ts";
import { deliver, type Instance, startInstance, waitFor } from "../support/app-instances.ts";
import { FakeGitHub, type FakeIssue } from "../support/fake-github.ts";
import { type ServedGitHub, serveGitHub } from "../support/http-github.ts";
import { freePort, type RedisServer, startRedis } from "../support/redis-server.ts";
import { seedRepoTracker } from "../support/seed-tracker.ts";

// Several App processes, one real Redis, one test GitHub: what users of many instances rely on.

const REPORT = "postmortems/2026-11-03-checkout.md";
const ITEMS = ["Add an alert", "Write a runbook", "Tune the timeout"];
const TEXT = `# Checkout outage\n\n## Action items\n\n${ITEMS.map((t) => `- [ ] ${t}`).join("\n")}\n`;

let redis: RedisServer;
let github: ServedGitHub;
let queue: Queue;
const fake = new FakeGitHub();
const instances: Instance[] = [];

beforeAll(async () => {
  redis = await startRedis();
  github = await serveGitHub(fake);
  queue = new Queue(QUEUE, {
    connection: { host: "127.0.0.1", port: redis.port, maxRetriesPerRequest: null },
  });
  queue.on("error", () => undefined);
  instances.push(
    ...(await Promise.all(
      ["a", "b"].map((name) => startInstance({ name, github: github.url, redisUrl: redis.url })),
    )),
  );
}, 60_000);

afterAll(async () => {
  await Promise.all(instances.map((i) => i.stop()));
  await queue?.close();
  await github?.close();
  await redis?.stop();
  expect(fake.problems).toEqual([]);
}, 30_000);

/** A merged pull request in `repo` that added the report, as GitHub would deliver it. */
function merge(repo: string, pr: number) {
  const sha = `sha-${repo.replace("/", "-")}-${pr}`;
  const r = fake.repo(repo);
  r.commits.set(sha, new Map([[REPORT, TEXT]]));
  r.pulls.set(pr, { mergeSha: sha, files: [{ filename: REPORT, status: "added" }] });
  r.pullIssues.set(pr, {
    ...fake.addIssue(repo, { title: `Pull request ${pr}` }),
    number: pr,
  });
  r.issues.splice(-1, 1);
  const payload = mergedPullRequest(pr, sha);
  const [owner = "", name = ""] = repo.split("/");
  Object.assign(payload.repository, { name, full_name: repo, html_url: `https://github.com/${repo}` });
  payload.repository.owner.login = owner;
  return payload;
}

/** No job running or waiting, or waiting to be retried (the sweep's next run aside). */
const drained = async () => {
  const counts = await queue.getJobCounts("active", "wait", "prioritized");
  if (Object.values(counts).some((n) => n > 0)) return false;
  const delayed = await queue.getJobs(["delayed"]);
  return delayed.every((job) => job.name === "sweep-all" && job.attemptsMade === 0);
};
const titles = (repo: string) =>
  fake
    .repo(repo)
    .issues.map((i) => i.title)
    .sort();
const everyItemOnce = ["Postmortem follow-up: Checkout outage", ...ITEMS].sort();
const creates = (repo: string) =>
  fake.requests.filter((r) => r.method === "POST" && r.path === `/repos/${repo}/issues`).length;

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms)),
  ]);
}

describe("many App instances on one Redis", { timeout: 60_000 }, () => {
  it("runs a delivery sent to two instances at once one time: every item once, one tracker", async () => {
    const payload = merge("acme/one", 7);
    const [a, b] = instances as [Instance, Instance];
    const answers = await Promise.all([
      deliver(a, "pull_request", "delivery-same", payload),
      deliver(b, "pull_request", "delivery-same", payload),
    ]);
    expect(answers.map((r) => r.status)).toEqual([200, 200]);
    await waitFor("the sync", async () => titles("acme/one").length === 4 && (await drained()));
    expect(titles("acme/one")).toEqual(everyItemOnce);
    expect(creates("acme/one")).toBe(4);
  });

  it("finishes the sync of an instance killed in the middle of it on another: nothing twice, nothing missing", async () => {
    let seen = 0;
    const held = github.hold(
      ({ method, path }) => method === "POST" && path === "/repos/acme/two/issues" && ++seen === 2,
    );
    const answer = await deliver(
      instances[0] as Instance,
      "pull_request",
      "delivery-kill",
      merge("acme/two", 8),
    );
    // Answered at once: the job is in Redis, not in the request.
    expect(answer.status).toBe(200);
    const request = await within(held, 15_000, "second issue creation");
    const victim = instances.find((i) => request.agent.includes(`instance-${i.name}`));
    if (!victim) throw new Error(`no instance sent ${request.agent}`);
    // Killed while its request is in flight: that request never reaches GitHub.
    victim.child.kill("SIGKILL");
    await victim.exited;
    expect(titles("acme/two")).toHaveLength(1);
    // The killed instance comes back for the tests that follow, while the other one finishes.
    const back = startInstance({ name: victim.name, github: github.url, redisUrl: redis.url });
    try {
      await waitFor(
        "the other instance to finish",
        async () => titles("acme/two").length === 4 && (await drained()),
      );
      expect(titles("acme/two")).toEqual(everyItemOnce);
    } finally {
      instances[instances.indexOf(victim)] = await back;
    }
  });

  it("sweeps three installations once across two instances: one reminder per due item", async () => {
    const now = Date.now();
    const merged = new Date(now - 20 * 86_400_000).toISOString();
    const due = new Date(now - 10 * 86_400_000).toISOString().slice(0, 10);
    const trackers: FakeIssue[] = [];
    for (const installation of [11, 12, 13]) {
      const repos = [`org-${installation}/api`, `org-${installation}/web`];
      fake.installations.set(installation, repos);
      for (const repo of repos)
        trackers.push(
          seedRepoTracker(fake, {
            repo,
            bot: fake.botLogin,
            title: `Outage in ${repo}`,
            merged,
            items: [{ title: "Add an alert", state: "open", due, owners: ["@dana"] }],
          }).tracker,
        );
    }
    const sweepers = await Promise.all(
      ["sweeper-1", "sweeper-2"].map((name) =>
        startInstance({ name, github: github.url, redisUrl: redis.url, env: { SWEEP_INTERVAL: "1h" } }),
      ),
    );
    try {
      const reminded = () => trackers.every((t) => t.comments.some((c) => c.body.startsWith("Follow-up:")));
      await waitFor("every tracker's reminder", async () => reminded() && (await drained()));
      for (const t of trackers)
        expect(t.comments.filter((c) => c.body.startsWith("Follow-up:"))).toHaveLength(1);
      const searches = fake.requests.filter((r) => r.path === "/search/issues");
      // Open and recently closed trackers, once per installation.
      expect(searches).toHaveLength(6);
    } finally {
      await Promise.all(sweepers.map((s) => s.stop()));
    }
  });

  it("reconnects when Redis restarts during a run, and the jobs complete", async () => {
    const held = github.hold(({ method, path }) => method === "POST" && path === "/repos/acme/three/issues");
    const answer = await deliver(
      instances[0] as Instance,
      "pull_request",
      "delivery-restart",
      merge("acme/three", 9),
    );
    expect(answer.status).toBe(200);
    const request = await within(held, 15_000, "first issue creation");
    await redis.restart();
    request.release();
    await waitFor(
      "the sync after the restart",
      async () => titles("acme/three").length === 4 && (await drained()),
      30_000,
    );
    expect(titles("acme/three")).toEqual(everyItemOnce);
    // A delivery after the restart is taken too.
    const after = await deliver(
      instances[1] as Instance,
      "pull_request",
      "delivery-after",
      merge("acme/four", 10),
    );
    expect(after.status).toBe(200);
    await waitFor("the next sync", async () => titles("acme/four").length === 4 && (await drained()), 30_000);
    expect(titles("acme/four")).toEqual(everyItemOnce);
  });

  it("stops at start with an error naming REDIS_URL when Redis cannot be reached", async () => {
    const port = await freePort();
    const broken = await startInstance({
      name: "broken",
      github: github.url,
      redisUrl: `redis://127.0.0.1:${port}`,
      noWait: true,
    });
    const code = await within(broken.exited, 15_000, "exit").finally(() => broken.stop());
    expect(code).not.toBe(0);
    expect(broken.output()).toContain(`REDIS_URL=redis://127.0.0.1:${port} cannot be reached`);
  });
});
