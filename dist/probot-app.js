import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-FH5FJQYP.js";
export {
  app_default as default,
  postmortemTracker
};
