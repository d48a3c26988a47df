import {
  postmortemTracker
} from "./chunks/chunk-7QOGNXGM.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
