import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";

/** Redis for the queue and the locks: checked once at start, then reconnecting on its own. */

/** The URL without its password, for messages. */
export function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(not a URL)";
  }
}

/**
 * A connection that has answered a PING. Unreachable within `timeoutMs`: an error naming REDIS_URL,
 * so a first run with a wrong URL fails at once instead of retrying in silence.
 */
export async function connectRedis(url: string, timeoutMs = 5000): Promise<Redis> {
  let redis: Redis;
  try {
    // BullMQ's workers need commands to wait through a reconnection rather than fail.
    redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: null, connectTimeout: timeoutMs });
  } catch (error) {
    throw new Error(`REDIS_URL=${shownUrl(url)} is not a Redis URL: ${(error as Error).message}`);
  }
  redis.on("error", () => undefined);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      redis.connect().then(() => redis.ping()),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } catch (error) {
    redis.disconnect();
    throw new Error(`REDIS_URL=${shownUrl(url)} cannot be reached: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
  return redis;
}

export class LockBusy extends Error {
  constructor(key: string, waited: number) {
    super(`${key} is being written by another job (waited ${waited} ms); trying again later`);
    this.name = "LockBusy";
  }
}

const RENEW = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("pexpire", KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

export interface RedisLockOptions {
  /** How long a lock outlives an instance that died holding it. */
  ttlMs: number;
  /** How long a job waits for the lock before it is requeued. */
  waitMs: number;
  log: { warn(message: string): void };
}

/**
 * One writer per key across instances: SET NX with an expiry, renewed while the task runs, released
 * in `finally` only by its holder. A task that cannot take it in time throws LockBusy (the queue
 * runs the job again later); it never runs unlocked.
 */
export function redisLock(redis: Redis, options: RedisLockOptions) {
  return async <T>(key: string, task: () => Promise<T>): Promise<T> => {
    const name = `postmortem-tracker:lock:${key.toLowerCase()}`;
    const token = randomUUID();
    const started = Date.now();
    for (let pause = 25; ; pause = Math.min(pause * 2, 500)) {
      if ((await redis.set(name, token, "PX", options.ttlMs, "NX")) === "OK") break;
      if (Date.now() - started >= options.waitMs) throw new LockBusy(key, Date.now() - started);
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
    const renewal = setInterval(
      () => {
        redis.eval(RENEW, 1, name, token, options.ttlMs).then(
          (kept) => {
            if (kept === 0) options.log.warn(`lost the lock on ${key}: it expired while the job ran`);
          },
          (error: Error) => options.log.warn(`could not renew the lock on ${key}: ${error.message}`),
        );
      },
      Math.max(50, Math.floor(options.ttlMs / 3)),
    );
    try {
      return await task();
    } finally {
      clearInterval(renewal);
      await redis.eval(RELEASE, 1, name, token).catch((error: Error) => {
        // It expires on its own.
        options.log.warn(`could not release the lock on ${key}: ${error.message}`);
      });
    }
  };
}
