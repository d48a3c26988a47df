import {
  postmortemTracker
} from "./chunks/chunk-FAEKS3WZ.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
