import {
  postmortemTracker
} from "./chunks/chunk-WR4PEX7N.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
