import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-BVCIBBAO.js";
export {
  app_default as default,
  postmortemTracker
};
