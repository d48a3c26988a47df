import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  syncIssueState
} from "./chunk-6P2OFTD4.js";
import "./chunk-3I2NCOCQ.js";
import "./chunk-FMTOPN7F.js";
import "./chunk-UZ3WSUNB.js";
import {
  toExisting
} from "./chunk-GYN3CRWL.js";
import "./chunk-5HK4E2P3.js";
import "./chunk-AEGC4ICH.js";

// src/action/jobs/track.ts
async function trackJob({ repo, payload, serverUrl, deps }) {
  await syncIssueState(repo, toExisting(repo, payload.issue), serverUrl, deps);
}
export {
  trackJob
};
