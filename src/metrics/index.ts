export { followThrough } from "./compute.ts";
export { followThroughHtml } from "./html.ts";
export { followThroughJson } from "./json.ts";
export { followThroughMarkdown } from "./markdown.ts";
export type * from "./types.ts";
