import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  syncIssueState
} from "./chunk-NWTMV4EQ.js";
import "./chunk-Z27J4QIF.js";
import "./chunk-3C675MMK.js";
import "./chunk-3H6UNEYV.js";
import {
  toExisting
} from "./chunk-3PUB2LSY.js";
import "./chunk-PJCCAW4A.js";
import "./chunk-ZREJXGPT.js";
import "./chunk-AEGC4ICH.js";

// src/action/jobs/track.ts
async function trackJob({ repo, payload, serverUrl, deps }) {
  await syncIssueState(repo, toExisting(repo, payload.issue), serverUrl, deps);
}
export {
  trackJob
};
