import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  syncIssueState
} from "./chunk-4ZPHU4UY.js";
import "./chunk-2RKKKELC.js";
import "./chunk-HPLMOGG4.js";
import {
  toExisting
} from "./chunk-WBKHQWYC.js";
import "./chunk-YOVIYOEL.js";
import "./chunk-AEGC4ICH.js";

// src/action/jobs/track.ts
async function trackJob({ repo, payload, serverUrl, deps }) {
  await syncIssueState(repo, toExisting(repo, payload.issue), serverUrl, deps);
}
export {
  trackJob
};
