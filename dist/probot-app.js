import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-CXFI75FX.js";
export {
  app_default as default,
  postmortemTracker
};
