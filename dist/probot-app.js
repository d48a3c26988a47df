import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-6OXCCR44.js";
export {
  app_default as default,
  postmortemTracker
};
