import {
  postmortemTracker
} from "./chunks/chunk-DT7LEXF6.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
