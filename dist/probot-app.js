import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-4VHWWGUH.js";
export {
  app_default as default,
  postmortemTracker
};
