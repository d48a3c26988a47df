import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-57UZRDAB.js";
export {
  app_default as default,
  postmortemTracker
};
