import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-WR4PEX7N.js";
export {
  app_default as default,
  postmortemTracker
};
