import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-2UVI7YDS.js";
export {
  app_default as default,
  postmortemTracker
};
