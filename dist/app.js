import {
  postmortemTracker
} from "./chunks/chunk-6OXCCR44.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
