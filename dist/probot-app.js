import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-LWD4OK6F.js";
export {
  app_default as default,
  postmortemTracker
};
