import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  syncIssueState
} from "./chunk-MXPENRAY.js";
import "./chunk-LAPWMSU5.js";
import "./chunk-PZXKWEYD.js";
import {
  toExisting
} from "./chunk-4IISYBRE.js";
import "./chunk-YOVIYOEL.js";
import "./chunk-AEGC4ICH.js";

// src/action/jobs/track.ts
async function trackJob({ repo, payload, serverUrl, deps }) {
  await syncIssueState(repo, toExisting(repo, payload.issue), serverUrl, deps);
}
export {
  trackJob
};
