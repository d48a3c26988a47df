import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-U5HI6TQO.js";
export {
  app_default as default,
  postmortemTracker
};
