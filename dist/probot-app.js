import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-ZGTK4Y7F.js";
export {
  app_default as default,
  postmortemTracker
};
