import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-O564VWET.js";
import {
  optionsFromEnv
} from "./chunks/chunk-2BJXFXKC.js";
export {
  app_default as default,
  optionsFromEnv,
  postmortemTracker
};
