import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  syncIssueState
} from "./chunk-DNR43P47.js";
import "./chunk-PR3KLLAC.js";
import "./chunk-UVIJCYBD.js";
import "./chunk-3H6UNEYV.js";
import {
  toExisting
} from "./chunk-NO6JROUY.js";
import "./chunk-VDGR3FK6.js";
import "./chunk-ZREJXGPT.js";
import "./chunk-AEGC4ICH.js";

// src/action/jobs/track.ts
async function trackJob({ repo, payload, serverUrl, deps }) {
  await syncIssueState(repo, toExisting(repo, payload.issue), serverUrl, deps);
}
export {
  trackJob
};
