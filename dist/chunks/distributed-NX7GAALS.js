import {
  DEFAULT_SWEEP_BUDGET,
  botAccount,
  errorText,
  installationIds,
  registerHandlers,
  sweepOneInstallation
} from "./chunk-6WXOJRKD.js";

// src/queue/jobs.ts
import { Queue, Worker } from "bullmq";
var QUEUE = "postmortem-tracker";
var DAY = 86400;
var retried = { attempts: 6, backoff: { type: "exponential", delay: 1e3 } };
var jobId = (...parts) => parts.join("-").replaceAll(":", "_");
async function addOnce(queue, name, data, id, keepSeconds) {
  const existing = await queue.getJob(id);
  if (existing && await existing.isFailed()) {
    await existing.retry();
    return;
  }
  if (existing) return;
  await queue.add(name, data, {
    ...retried,
    jobId: id,
    removeOnComplete: { age: keepSeconds },
    removeOnFail: { age: 7 * DAY }
  });
}
function processor(queue, handlers, options) {
  const keep = Math.max(DAY, Math.ceil(2 * options.sweepEvery / 1e3));
  return async (job) => {
    if (job.name === "event") return handlers.event(job.data);
    if (job.name === "sweep-installation") return handlers.sweep(Number(job.data.installation));
    if (job.name === "sweep-all") {
      const slot = Math.floor(Date.now() / Math.max(options.sweepEvery, 1));
      for (const id of await handlers.installations())
        await addOnce(queue, "sweep-installation", { installation: id }, jobId("sweep", id, slot), keep);
      return;
    }
    options.log.warn(`unknown job ${job.name}`);
  };
}
async function startQueue(connection, handlers, options) {
  const queue = new Queue(QUEUE, { connection });
  queue.on("error", (error) => options.log.warn(`queue: ${error.message}`));
  let worker = null;
  if (options.workers) {
    worker = new Worker(QUEUE, processor(queue, handlers, options), {
      connection: connection.duplicate(),
      concurrency: options.concurrency,
      lockDuration: options.lockMs,
      stalledInterval: Math.max(500, Math.floor(options.lockMs / 2)),
      maxStalledCount: 3
    });
    worker.on("error", (error) => options.log.warn(`worker: ${error.message}`));
    worker.on(
      "failed",
      (job, error) => options.log.warn(`job ${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`)
    );
  }
  if (options.sweepEvery > 0) {
    await queue.upsertJobScheduler(
      "sweep",
      { every: options.sweepEvery },
      { name: "sweep-all", opts: { ...retried, removeOnComplete: { age: DAY }, removeOnFail: { age: DAY } } }
    );
  }
  return {
    enqueue: (event) => addOnce(queue, "event", event, jobId("delivery", event.id), DAY),
    async close() {
      await worker?.close();
      await queue.close();
    }
  };
}

// src/queue/redis.ts
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
function shownUrl(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(not a URL)";
  }
}
async function connectRedis(url, timeoutMs = 5e3) {
  let redis;
  try {
    redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: null, connectTimeout: timeoutMs });
  } catch (error) {
    throw new Error(`REDIS_URL=${shownUrl(url)} is not a Redis URL: ${error.message}`);
  }
  redis.on("error", () => void 0);
  let timer;
  try {
    await Promise.race([
      redis.connect().then(() => redis.ping()),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      })
    ]);
  } catch (error) {
    redis.disconnect();
    throw new Error(`REDIS_URL=${shownUrl(url)} cannot be reached: ${error.message}`);
  } finally {
    clearTimeout(timer);
  }
  return redis;
}
var LockBusy = class extends Error {
  constructor(key, waited) {
    super(`${key} is being written by another job (waited ${waited} ms); trying again later`);
    this.name = "LockBusy";
  }
};
var RENEW = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("pexpire", KEYS[1], ARGV[2]) else return 0 end`;
var RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;
function redisLock(redis, options) {
  return async (key, task) => {
    const name = `postmortem-tracker:lock:${key.toLowerCase()}`;
    const token = randomUUID();
    const started = Date.now();
    for (let pause = 25; ; pause = Math.min(pause * 2, 500)) {
      if (await redis.set(name, token, "PX", options.ttlMs, "NX") === "OK") break;
      if (Date.now() - started >= options.waitMs) throw new LockBusy(key, Date.now() - started);
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
    const renewal = setInterval(
      () => {
        redis.eval(RENEW, 1, name, token, options.ttlMs).then(
          (kept) => {
            if (kept === 0) options.log.warn(`lost the lock on ${key}: it expired while the job ran`);
          },
          (error) => options.log.warn(`could not renew the lock on ${key}: ${error.message}`)
        );
      },
      Math.max(50, Math.floor(options.ttlMs / 3))
    );
    try {
      return await task();
    } finally {
      clearInterval(renewal);
      await redis.eval(RELEASE, 1, name, token).catch((error) => {
        options.log.warn(`could not release the lock on ${key}: ${error.message}`);
      });
    }
  };
}

// src/app/router.ts
import { Context } from "probot";
function createRouter() {
  const handlers = /* @__PURE__ */ new Map();
  const on = (events, handler) => {
    for (const event of Array.isArray(events) ? events : [events])
      handlers.set(event, [...handlers.get(event) ?? [], handler]);
  };
  return {
    on,
    handles: (name, action) => handlers.has(name) || action !== void 0 && handlers.has(`${name}.${action}`),
    async dispatch(app, event) {
      const payload = event.payload;
      const wanted = [
        ...handlers.get(event.name) ?? [],
        ...payload.action ? handlers.get(`${event.name}.${payload.action}`) ?? [] : []
      ];
      if (wanted.length === 0) return;
      const octokit = await app.auth(payload.installation?.id);
      const context = new Context(event, octokit, app.log);
      for (const handler of wanted) await handler(context);
    }
  };
}

// src/app/distributed.ts
var CURSOR_DAYS = 30;
function redisCursors(redis) {
  const key = (id) => `postmortem-tracker:sweep-cursor:${id}`;
  return {
    get: (id) => redis.get(key(id)),
    set: async (id, repo) => {
      if (repo === null) await redis.del(key(id));
      else await redis.set(key(id), repo, "EX", CURSOR_DAYS * 86400);
    }
  };
}
async function startDistributed(app, options, every) {
  const redis = await connectRedis(options.redisUrl ?? "");
  const lockMs = options.lockMs ?? 3e4;
  const log = {
    info: (m) => app.log.info(m),
    warn: (m) => app.log.warn(m),
    error: (m) => app.log.error(m)
  };
  const env = {
    botLogin: botAccount(app),
    now: options.now ?? (() => /* @__PURE__ */ new Date()),
    // A job that waits longer than a lock's life is requeued (with backoff) rather than held.
    lock: redisLock(redis, { ttlMs: lockMs, waitMs: lockMs, log })
  };
  const router = createRouter();
  registerHandlers(router, env);
  const sweeps = { budget: options.sweepBudget ?? DEFAULT_SWEEP_BUDGET, cursors: redisCursors(redis) };
  const queue = await startQueue(
    redis,
    {
      event: (event) => router.dispatch(app, event),
      installations: () => installationIds(app),
      sweep: (id) => sweepOneInstallation(app, env, id, sweeps).then(() => void 0)
    },
    { workers: options.workers ?? true, sweepEvery: every, lockMs, concurrency: 4, log }
  );
  app.onAny(async (context) => {
    const action = context.payload.action;
    if (!router.handles(context.name, action)) return;
    try {
      await queue.enqueue({ id: context.id, name: context.name, payload: context.payload });
    } catch (error) {
      app.log.error(`could not enqueue delivery ${context.id}: ${errorText(error)}`);
      throw error;
    }
  });
  const stop = () => {
    const bound = setTimeout(() => process.exit(0), lockMs);
    bound.unref();
    queue.close().finally(() => process.exit(0));
  };
  if (options.workers ?? true) {
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  }
}
export {
  startDistributed
};
