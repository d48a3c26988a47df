import {
  postmortemTracker
} from "./chunks/chunk-CXFI75FX.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
