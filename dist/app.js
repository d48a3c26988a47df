import {
  postmortemTracker
} from "./chunks/chunk-ZGTK4Y7F.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
