import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-7QOGNXGM.js";
export {
  app_default as default,
  postmortemTracker
};
