import {
  postmortemTracker
} from "./chunks/chunk-ZISDYVBE.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
