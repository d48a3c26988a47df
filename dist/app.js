import {
  postmortemTracker
} from "./chunks/chunk-YGMRJ4WX.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
