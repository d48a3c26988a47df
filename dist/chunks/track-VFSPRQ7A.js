import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  syncIssueState
} from "./chunk-22NLAX3A.js";
import "./chunk-NG6QLXXX.js";
import "./chunk-V3MI2MNC.js";
import "./chunk-KULQSKGH.js";
import {
  toExisting
} from "./chunk-DKGIXSLH.js";
import "./chunk-VDGR3FK6.js";
import "./chunk-JY6IZYTN.js";
import "./chunk-AEGC4ICH.js";

// src/action/jobs/track.ts
async function trackJob({ repo, payload, serverUrl, deps }) {
  await syncIssueState(repo, toExisting(repo, payload.issue), serverUrl, deps);
}
export {
  trackJob
};
