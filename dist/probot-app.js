import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-WDTVFHCV.js";
import {
  optionsFromEnv
} from "./chunks/chunk-P6IJQ65O.js";
export {
  app_default as default,
  optionsFromEnv,
  postmortemTracker
};
