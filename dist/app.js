import {
  postmortemTracker
} from "./chunks/chunk-CAVX3YNN.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
