import { ProbotOctokit } from "probot";

interface Log {
  warn(message: string): void;
}

interface LimitedRequest {
  method?: string;
  url?: string;
}

/** Waiting longer than this for a rate limit would hold a repository's lock for too long. */
const MAX_WAIT_SECONDS = 60;

/**
 * When the App waits out GitHub's rate limits. A secondary limit (too many writes at once) is waited
 * out and retried twice, as GitHub asks; a primary limit only when it resets within a minute:
 * otherwise the job fails with a message saying until when, instead of sleeping for up to an hour
 * while it holds the repository's lock (with Redis, the queue runs it again later).
 */
export function rateLimitPolicy(log: Log, now: () => Date = () => new Date()) {
  const until = (seconds: number) => new Date(now().getTime() + seconds * 1000).toISOString();
  return {
    onSecondaryRateLimit: (
      _retryAfter: number,
      options: LimitedRequest,
      _octokit: unknown,
      retryCount: number,
    ) => {
      if (retryCount < 2) return true;
      log.warn(
        `GitHub's secondary rate limit refused ${options.method} ${options.url} three times; not retried`,
      );
      return false;
    },
    onRateLimit: (retryAfter: number, options: LimitedRequest, _octokit: unknown, retryCount: number) => {
      if (retryCount < 1 && retryAfter <= MAX_WAIT_SECONDS) return true;
      log.warn(
        `GitHub's rate limit is used up: ${options.method} ${options.url} is not retried now; requests are accepted again at ${until(retryAfter)} (redeliver the webhook then, or let the queue retry it)`,
      );
      return false;
    },
  };
}

/** Probot's Octokit with that policy, keeping Probot's own throttle settings (Redis clustering included). */
export const AppOctokit = ProbotOctokit.defaults((options: Record<string, unknown>) => {
  const throttle = (options.throttle ?? {}) as Record<string, unknown>;
  const log = (options.log ?? console) as Log;
  return { ...options, throttle: { ...throttle, ...rateLimitPolicy(log) } };
});
