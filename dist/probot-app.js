import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-NIOM4VWS.js";
export {
  app_default as default,
  postmortemTracker
};
