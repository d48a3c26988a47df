import {
  postmortemTracker
} from "./chunks/chunk-IC4HGACM.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
