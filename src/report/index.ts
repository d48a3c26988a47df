export { normalizeText, tokenOverlap } from "./normalize.ts";
export { type ParseOptions, parseReport } from "./parse.ts";
export type * from "./types.ts";
export { defaultSectionNames, type SectionNames } from "./vocabulary.ts";
