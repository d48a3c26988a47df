import {
  postmortemTracker
} from "./chunks/chunk-HGXCCIQX.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
