import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  syncIssueState
} from "./chunk-KL5R3NHT.js";
import {
  toExisting
} from "./chunk-6O52L57I.js";
import "./chunk-5GSXXFGZ.js";
import "./chunk-ADNBNTHL.js";
import "./chunk-PJCCAW4A.js";
import "./chunk-ZKA7AD3J.js";
import "./chunk-PW6O7USS.js";
import "./chunk-AEGC4ICH.js";

// src/action/jobs/track.ts
async function trackJob({ repo, payload, serverUrl, deps }) {
  await syncIssueState(repo, toExisting(repo, payload.issue), serverUrl, deps);
}
export {
  trackJob
};
