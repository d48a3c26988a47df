import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-6B7VRQGG.js";
export {
  app_default as default,
  postmortemTracker
};
