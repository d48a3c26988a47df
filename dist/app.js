import {
  postmortemTracker
} from "./chunks/chunk-WDTVFHCV.js";
import {
  optionsFromEnv
} from "./chunks/chunk-P6IJQ65O.js";

// src/app/main.ts
import { run } from "probot";
var options = optionsFromEnv(process.env);
await run((app) => postmortemTracker(app, options));
