import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-GYBJVYQN.js";
export {
  app_default as default,
  postmortemTracker
};
