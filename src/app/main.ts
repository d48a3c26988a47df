import { nodeTooOld } from "../runtime.ts";
import { StartupError, startupEnv } from "./startup.ts";

// `npm start`: the App server, configured from the environment (see .env.example). Node's version
// and the private key are checked before Probot loads, so that either fails at once and says why.
const tooOld = nodeTooOld(process.versions.node);
if (tooOld) {
  console.error(tooOld);
  process.exit(1);
}
let env: ReturnType<typeof startupEnv>;
try {
  env = startupEnv(process.env, process.cwd());
} catch (error) {
  if (!(error instanceof StartupError)) throw error;
  console.error(`postmortem-tracker: ${error.message}`);
  process.exit(1);
}
const { run } = await import("probot");
const { optionsFromEnv, postmortemTracker } = await import("./app.ts");
const { AppOctokit } = await import("./octokit.ts");
const options = optionsFromEnv(env);
// Probot reads its options (the key among them) from the environment it is given.
await run((app) => postmortemTracker(app, options), { env, Octokit: AppOctokit });
