import {
  postmortemTracker
} from "./chunks/chunk-VH6C2IRB.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
