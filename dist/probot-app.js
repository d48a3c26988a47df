import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-2LMUABDU.js";
export {
  app_default as default,
  postmortemTracker
};
