import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  syncIssueState
} from "./chunk-PQY3UA6D.js";
import "./chunk-CVG5FBNM.js";
import "./chunk-KD5N64TB.js";
import "./chunk-A2GMRY23.js";
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
