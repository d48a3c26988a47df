import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-AAGIS42C.js";
export {
  app_default as default,
  postmortemTracker
};
