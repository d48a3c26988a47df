import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-BFDE7PXW.js";
export {
  app_default as default,
  postmortemTracker
};
