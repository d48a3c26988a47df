import {
  postmortemTracker
} from "./chunks/chunk-6B7VRQGG.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
