import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  syncIssueState
} from "./chunk-WNYJFU74.js";
import "./chunk-WZKRC3QA.js";
import "./chunk-KD5N64TB.js";
import "./chunk-VRKX23Z4.js";
import {
  toExisting
} from "./chunk-T22FXFZY.js";
import "./chunk-5HK4E2P3.js";
import "./chunk-AEGC4ICH.js";

// src/action/jobs/track.ts
async function trackJob({ repo, payload, serverUrl, deps }) {
  await syncIssueState(repo, toExisting(repo, payload.issue), serverUrl, deps);
}
export {
  trackJob
};
