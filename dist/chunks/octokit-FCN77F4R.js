import {
  AppOctokit,
  rateLimitPolicy
} from "./chunk-WOVKYTWO.js";
export {
  AppOctokit,
  rateLimitPolicy
};
