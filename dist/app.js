import {
  postmortemTracker
} from "./chunks/chunk-4QJLYHIG.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
