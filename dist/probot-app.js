import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-GSCE6E3S.js";
export {
  app_default as default,
  postmortemTracker
};
