import {
  postmortemTracker
} from "./chunks/chunk-SR7BMYQE.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
