import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-ZISDYVBE.js";
export {
  app_default as default,
  postmortemTracker
};
