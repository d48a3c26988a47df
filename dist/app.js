import {
  postmortemTracker
} from "./chunks/chunk-57UZRDAB.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
