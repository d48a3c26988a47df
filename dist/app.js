import {
  postmortemTracker
} from "./chunks/chunk-GSCE6E3S.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
