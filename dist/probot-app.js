import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-CAVX3YNN.js";
export {
  app_default as default,
  postmortemTracker
};
