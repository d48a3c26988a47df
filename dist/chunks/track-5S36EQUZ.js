import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  syncIssueState
} from "./chunk-LDG6EX4M.js";
import {
  toExisting
} from "./chunk-6O52L57I.js";
import "./chunk-EL7PGEC2.js";
import "./chunk-MP7O54WV.js";
import "./chunk-PJCCAW4A.js";
import "./chunk-WOCDELLY.js";
import "./chunk-PW6O7USS.js";
import "./chunk-AEGC4ICH.js";

// src/action/jobs/track.ts
async function trackJob({ repo, payload, serverUrl, deps }) {
  await syncIssueState(repo, toExisting(repo, payload.issue), serverUrl, deps);
}
export {
  trackJob
};
