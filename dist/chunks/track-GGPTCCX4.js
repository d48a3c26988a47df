import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  syncIssueState
} from "./chunk-JVTZCFIM.js";
import "./chunk-WGQERFUL.js";
import "./chunk-44MUUKTJ.js";
import {
  toExisting
} from "./chunk-4IUUSDJX.js";
import "./chunk-EG4DMRRR.js";
import "./chunk-AEGC4ICH.js";

// src/action/jobs/track.ts
async function trackJob({ repo, payload, serverUrl, deps }) {
  await syncIssueState(repo, toExisting(repo, payload.issue), serverUrl, deps);
}
export {
  trackJob
};
