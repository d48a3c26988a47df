import { run } from "probot";
import { optionsFromEnv, postmortemTracker } from "./app.ts";

// `npm start`: the App server, configured from the environment (see .env.example and README).
const options = optionsFromEnv(process.env);
await run((app) => postmortemTracker(app, options));
