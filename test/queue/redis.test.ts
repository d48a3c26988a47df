import type { Redis } from "ioredis";
import nock from "nock";
import { createProbot } from "probot";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectRedis, LockBusy, redisLock } from "../../src/queue/redis.ts";
import { privateKey } from "../support/app-harness.ts";
import { FakeGitHub } from "../support/fake-github.ts";
import { interceptGitHub } from "../support/nock-github.ts";
import { freePort, type RedisServer, startRedis } from "../support/redis-server.ts";

let server: RedisServer;
const clients: Redis[] = [];
const quiet = { warn: () => undefined };

beforeAll(async () => {
  server = await startRedis();
}, 30_000);
afterAll(async () => {
  for (const c of clients) c.disconnect();
  await server?.stop();
});

const connect = async () => {
  const client = await connectRedis(server.url);
  clients.push(client);
  return client;
};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the repository lock in Redis", () => {
  it("lets one writer at a time in, across connections (instances)", async () => {
    const [one, two] = [await connect(), await connect()];
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`${name} starts`);
      await pause(50);
      log.push(`${name} ends`);
    };
    const options = { ttlMs: 1000, waitMs: 5000, log: quiet };
    await Promise.all([
      redisLock(one, options)("acme/a", task("one")),
      redisLock(two, options)("acme/a", task("two")),
    ]);
    expect(log).toHaveLength(4);
    expect(log[1]?.replace(" ends", "")).toBe(log[0]?.replace(" starts", ""));
    expect(await one.exists("postmortem-tracker:lock:acme/a")).toBe(0);
  });

  it("keeps the lock past its expiry while the task runs, and releases it on failure", async () => {
    const [one, two] = [await connect(), await connect()];
    const short = { ttlMs: 200, waitMs: 100, log: quiet };
    let inside = false;
    const long = redisLock(one, short)("acme/b", async () => {
      inside = true;
      await pause(700);
      throw new Error("the job failed");
    });
    while (!inside) await pause(5);
    // Well past the expiry, the renewed lock still holds the other writer off.
    await pause(400);
    await expect(redisLock(two, short)("acme/b", async () => "in")).rejects.toBeInstanceOf(LockBusy);
    await expect(long).rejects.toThrow("the job failed");
    expect(await redisLock(two, short)("acme/b", async () => "in")).toBe("in");
  });

  it("frees the lock of a holder that died once it expires", async () => {
    const one = await connect();
    await one.set("postmortem-tracker:lock:acme/c", "dead-instance", "PX", 150);
    const ran = await redisLock(one, { ttlMs: 1000, waitMs: 2000, log: quiet })("acme/c", async () => "ran");
    expect(ran).toBe("ran");
  });
});

describe("REDIS_URL", () => {
  it("names REDIS_URL (without its password) when Redis cannot be reached", async () => {
    const port = await freePort();
    await expect(connectRedis(`redis://:hunter2@127.0.0.1:${port}`, 1000)).rejects.toThrow(
      `REDIS_URL=redis://:***@127.0.0.1:${port} cannot be reached`,
    );
  });

  it("turns on Probot's throttling shared through Redis", async () => {
    const fake = new FakeGitHub();
    fake.repo("acme/platform");
    nock.disableNetConnect();
    interceptGitHub(fake);
    try {
      const probot = createProbot({
        env: { APP_ID: "1", PRIVATE_KEY: privateKey, REDIS_URL: server.url, LOG_LEVEL: "fatal" },
      });
      const octokit = await probot.auth(1);
      await octokit
        .request("GET /repos/{owner}/{repo}/labels/{name}", {
          owner: "acme",
          repo: "platform",
          name: "none",
        })
        .catch(() => undefined);
      const redis = await connect();
      // Bottleneck's clustered limiters keep their state under b_ keys.
      expect((await redis.keys("b_*")).length).toBeGreaterThan(0);
    } finally {
      nock.cleanAll();
      nock.enableNetConnect();
    }
  });
});
