import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  syncIssueState
} from "./chunk-65A25LEY.js";
import "./chunk-ZWLS64TO.js";
import "./chunk-KD5N64TB.js";
import "./chunk-MSBDCGJZ.js";
import {
  toExisting
} from "./chunk-LO5TCHUP.js";
import "./chunk-BYWIZOUR.js";
import "./chunk-AEGC4ICH.js";

// src/action/jobs/track.ts
async function trackJob({ repo, payload, serverUrl, deps }) {
  await syncIssueState(repo, toExisting(repo, payload.issue), serverUrl, deps);
}
export {
  trackJob
};
