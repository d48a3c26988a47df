import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-KLHWPIAD.js";
export {
  app_default as default,
  postmortemTracker
};
