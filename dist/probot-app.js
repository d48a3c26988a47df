import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-HGXCCIQX.js";
export {
  app_default as default,
  postmortemTracker
};
