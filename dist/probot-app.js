import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-BQ6YUFDP.js";
export {
  app_default as default,
  postmortemTracker
};
