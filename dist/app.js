import {
  postmortemTracker
} from "./chunks/chunk-LWD4OK6F.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
