import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-STZELYKC.js";
export {
  app_default as default,
  postmortemTracker
};
