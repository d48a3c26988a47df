import {
  postmortemTracker
} from "./chunks/chunk-BQ6YUFDP.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
