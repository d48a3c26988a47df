import {
  postmortemTracker
} from "./chunks/chunk-AU5DUWLZ.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
