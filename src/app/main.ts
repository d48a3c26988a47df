import { run } from "probot";
import { postmortemTracker } from "./app.ts";

// `npm start`: the App server, configured from the environment (see .env.example).
await run((app) => postmortemTracker(app));
