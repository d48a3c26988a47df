import {
  postmortemTracker
} from "./chunks/chunk-DH5GHMY6.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
