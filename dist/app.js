import {
  postmortemTracker
} from "./chunks/chunk-NIOM4VWS.js";

// src/app/main.ts
import { run } from "probot";
await run((app) => postmortemTracker(app));
