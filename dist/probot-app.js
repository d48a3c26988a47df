import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-YGMRJ4WX.js";
export {
  app_default as default,
  postmortemTracker
};
