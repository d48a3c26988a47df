import {
  postmortemTracker
} from "./chunks/chunk-O564VWET.js";
import {
  optionsFromEnv
} from "./chunks/chunk-2BJXFXKC.js";

// src/app/main.ts
import { run } from "probot";
var options = optionsFromEnv(process.env);
await run((app) => postmortemTracker(app, options));
