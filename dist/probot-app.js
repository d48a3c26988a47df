import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-4QJLYHIG.js";
export {
  app_default as default,
  postmortemTracker
};
