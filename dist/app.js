import {
  postmortemTracker
} from "./chunks/chunk-AAGIS42C.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
