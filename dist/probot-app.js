import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-IC4HGACM.js";
export {
  app_default as default,
  postmortemTracker
};
