/** How the App runs: its own sweeps, Redis, locks; from the environment for `npm start`. */

export interface AppOptions {
  now?: () => Date;
  /** SWEEP_INTERVAL: how often every installation is swept ("0" or absent: never). */
  sweepInterval?: string;
  /** SWEEP_MAX_REQUESTS: one installation's sweep stops cleanly after this many requests. */
  sweepBudget?: number;
  /** REDIS_URL: jobs, locks and sweeps shared by every instance. */
  redisUrl?: string;
  /** With Redis: run jobs in this process too (false: a serverless function that only enqueues). */
  workers?: boolean;
  /** LOCK_TTL_MS: how long a dead instance's job and repository locks last. */
  lockMs?: number;
}

export const DEFAULT_SWEEP_BUDGET = 3000;

/** The options from the environment (`npm start`, the container). */
export function optionsFromEnv(env: NodeJS.ProcessEnv): AppOptions {
  const budget = Number(env.SWEEP_MAX_REQUESTS || DEFAULT_SWEEP_BUDGET);
  if (!Number.isInteger(budget) || budget < 10)
    throw new Error(`SWEEP_MAX_REQUESTS="${env.SWEEP_MAX_REQUESTS}" is not a whole number of at least 10`);
  const lockMs = Number(env.LOCK_TTL_MS || 30_000);
  if (!Number.isInteger(lockMs) || lockMs < 200)
    throw new Error(`LOCK_TTL_MS="${env.LOCK_TTL_MS}" is not a number of milliseconds of at least 200`);
  return {
    sweepInterval: env.SWEEP_INTERVAL ?? "1h",
    sweepBudget: budget,
    lockMs,
    ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
  };
}
