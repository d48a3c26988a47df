import type { FollowThrough } from "./types.ts";

/** The JSON shape: `{ "version": 1, ...FollowThrough }`; fields are only ever added under version 1. */
export const followThroughJson = (m: FollowThrough): string =>
  `${JSON.stringify({ version: 1, ...m }, null, 2)}\n`;
