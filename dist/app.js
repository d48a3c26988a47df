import {
  postmortemTracker
} from "./chunks/chunk-BFDE7PXW.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
