import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-DH5GHMY6.js";
export {
  app_default as default,
  postmortemTracker
};
