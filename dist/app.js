import {
  postmortemTracker
} from "./chunks/chunk-UQXYA4HO.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
