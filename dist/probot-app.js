import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-VH6C2IRB.js";
export {
  app_default as default,
  postmortemTracker
};
