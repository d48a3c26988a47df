import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-3DMLWBOC.js";
export {
  app_default as default,
  postmortemTracker
};
