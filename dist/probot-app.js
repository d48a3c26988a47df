import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-SR7BMYQE.js";
export {
  app_default as default,
  postmortemTracker
};
