import {
  postmortemTracker
} from "./chunks/chunk-YLF663I7.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
