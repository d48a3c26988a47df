import {
  postmortemTracker
} from "./chunks/chunk-S3X7Q7UU.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
