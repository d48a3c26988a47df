// src/app/octokit.ts
import { ProbotOctokit } from "probot";
var MAX_WAIT_SECONDS = 60;
function rateLimitPolicy(log, now = () => /* @__PURE__ */ new Date()) {
  const until = (seconds) => new Date(now().getTime() + seconds * 1e3).toISOString();
  return {
    onSecondaryRateLimit: (_retryAfter, options, _octokit, retryCount) => {
      if (retryCount < 2) return true;
      log.warn(
        `GitHub's secondary rate limit refused ${options.method} ${options.url} three times; not retried`
      );
      return false;
    },
    onRateLimit: (retryAfter, options, _octokit, retryCount) => {
      if (retryCount < 1 && retryAfter <= MAX_WAIT_SECONDS) return true;
      log.warn(
        `GitHub's rate limit is used up: ${options.method} ${options.url} is not retried now; requests are accepted again at ${until(retryAfter)} (redeliver the webhook then, or let the queue retry it)`
      );
      return false;
    }
  };
}
var AppOctokit = ProbotOctokit.defaults((options) => {
  const throttle = options.throttle ?? {};
  const log = options.log ?? console;
  return { ...options, throttle: { ...throttle, ...rateLimitPolicy(log) } };
});

export {
  rateLimitPolicy,
  AppOctokit
};
