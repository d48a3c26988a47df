import {
  postmortemTracker
} from "./chunks/chunk-2UVI7YDS.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
