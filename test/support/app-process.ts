// One App instance for the multi-instance tests: the App as `npm start` runs it (Probot's run, options
// from the environment), with an Octokit that neither throttles nor retries, so no test waits out a
// write throttle, and that names its instance in the User-Agent so the test GitHub can tell them apart.
import { ProbotOctokit, run } from "probot";
import { optionsFromEnv, postmortemTracker } from "../../src/app/app.ts";

const Octokit = ProbotOctokit.defaults((o: Record<string, any>) => ({
  ...o,
  userAgent: `instance-${process.env.INSTANCE}`,
  retry: { enabled: false },
  throttle: { ...o.throttle, enabled: false },
}));

const options = optionsFromEnv(process.env);
await run((app) => postmortemTracker(app, options), { Octokit } as never);
