import {
  postmortemTracker
} from "./chunks/chunk-U5HI6TQO.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
