import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-3LRLPHGH.js";
export {
  app_default as default,
  postmortemTracker
};
