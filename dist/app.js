import {
  postmortemTracker
} from "./chunks/chunk-2LMUABDU.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
