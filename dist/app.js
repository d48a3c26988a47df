import {
  postmortemTracker
} from "./chunks/chunk-FH5FJQYP.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
