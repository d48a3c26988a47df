import {
  postmortemTracker
} from "./chunks/chunk-3LRLPHGH.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
