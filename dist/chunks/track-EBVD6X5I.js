import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  syncIssueState
} from "./chunk-XQ2MWNV5.js";
import "./chunk-2S6V4WVK.js";
import "./chunk-6C6L6Y3H.js";
import {
  toExisting
} from "./chunk-4ZWU3SOJ.js";
import "./chunk-EG4DMRRR.js";
import "./chunk-AEGC4ICH.js";

// src/action/jobs/track.ts
async function trackJob({ repo, payload, serverUrl, deps }) {
  await syncIssueState(repo, toExisting(repo, payload.issue), serverUrl, deps);
}
export {
  trackJob
};
