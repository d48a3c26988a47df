import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  syncIssueState
} from "./chunk-6CMMANUG.js";
import "./chunk-2D7SHUNK.js";
import "./chunk-RQZZKJJN.js";
import {
  toExisting
} from "./chunk-UOLN747V.js";
import "./chunk-6ZMXBIJZ.js";
import "./chunk-AEGC4ICH.js";

// src/action/jobs/track.ts
async function trackJob({ repo, payload, serverUrl, deps }) {
  await syncIssueState(repo, toExisting(repo, payload.issue), serverUrl, deps);
}
export {
  trackJob
};
