import {
  app_default,
  postmortemTracker
} from "./chunks/chunk-S3X7Q7UU.js";
export {
  app_default as default,
  postmortemTracker
};
