import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-UQXYA4HO.js";
export {
  app_default as default,
  postmortemTracker
};
