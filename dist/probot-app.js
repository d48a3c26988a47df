import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-JFNQRXFR.js";
export {
  app_default as default,
  postmortemTracker
};
