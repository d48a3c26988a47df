import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-DT7LEXF6.js";
export {
  app_default as default,
  postmortemTracker
};
