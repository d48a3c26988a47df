import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-CDXOKYMJ.js";
export {
  app_default as default,
  postmortemTracker
};
