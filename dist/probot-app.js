import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-AU5DUWLZ.js";
export {
  app_default as default,
  postmortemTracker
};
