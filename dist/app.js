import {
  postmortemTracker
} from "./chunks/chunk-CDXOKYMJ.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
