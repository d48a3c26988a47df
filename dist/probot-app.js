import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-FAEKS3WZ.js";
export {
  app_default as default,
  postmortemTracker
};
