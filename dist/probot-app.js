import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-YLF663I7.js";
export {
  app_default as default,
  postmortemTracker
};
