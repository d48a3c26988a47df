import type { Probot } from "probot";
import { errorText } from "../github/octokit.ts";
import { startQueue } from "../queue/jobs.ts";
import { connectRedis, redisLock } from "../queue/redis.ts";
import { botAccount } from "./bot.ts";
import type { AppEnv } from "./handler.ts";
import { registerHandlers } from "./handlers.ts";
import { type AppOptions, DEFAULT_SWEEP_BUDGET } from "./options.ts";
import { createRouter } from "./router.ts";
import { type CursorStore, installationIds, sweepOneInstallation } from "./sweeps.ts";

/**
 * Many instances, one Redis: the webhook is verified by Probot, enqueued under its delivery id and
 * answered at once; every instance's workers run the jobs, each writing job under its repository's
 * lock; the sweep runs once per interval across instances.
 */

const CURSOR_DAYS = 30;

function redisCursors(redis: Awaited<ReturnType<typeof connectRedis>>): CursorStore {
  const key = (id: number) => `postmortem-tracker:sweep-cursor:${id}`;
  return {
    get: (id) => redis.get(key(id)),
    set: async (id, repo) => {
      if (repo === null) await redis.del(key(id));
      else await redis.set(key(id), repo, "EX", CURSOR_DAYS * 86_400);
    },
  };
}

export async function startDistributed(app: Probot, options: AppOptions, every: number): Promise<void> {
  const redis = await connectRedis(options.redisUrl ?? "");
  const lockMs = options.lockMs ?? 30_000;
  const log = {
    info: (m: string) => app.log.info(m),
    warn: (m: string) => app.log.warn(m),
    error: (m: string) => app.log.error(m),
  };
  const env: AppEnv = {
    botLogin: botAccount(app),
    now: options.now ?? (() => new Date()),
    // A job that waits longer than a lock's life is requeued (with backoff) rather than held.
    lock: redisLock(redis, { ttlMs: lockMs, waitMs: lockMs, log }),
  };
  const router = createRouter();
  registerHandlers(router, env);
  const sweeps = { budget: options.sweepBudget ?? DEFAULT_SWEEP_BUDGET, cursors: redisCursors(redis) };
  const queue = await startQueue(
    redis,
    {
      event: (event) => router.dispatch(app, event),
      installations: () => installationIds(app),
      sweep: (id) => sweepOneInstallation(app, env, id, sweeps).then(() => undefined),
    },
    { workers: options.workers ?? true, sweepEvery: every, lockMs, concurrency: 4, log },
  );
  app.onAny(async (context) => {
    const action = (context.payload as { action?: string }).action;
    if (!router.handles(context.name, action)) return;
    try {
      await queue.enqueue({ id: context.id, name: context.name, payload: context.payload });
    } catch (error) {
      // GitHub is told (a 500), so the delivery shows as failed and can be redelivered.
      app.log.error(`could not enqueue delivery ${context.id}: ${errorText(error)}`);
      throw error;
    }
  });
  // A stopping instance finishes its running jobs first (within a lock's life), then exits.
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
