import * as core from "@actions/core";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import type { OctokitLike } from "../github/octokit.ts";

// Rate limits are waited out and retried (a limited request was not applied, so a retry files nothing twice).
const ThrottledOctokit = Octokit.plugin(throttling);

export interface ActionOctokitOptions {
  /**
   * Space writes out as GitHub asks (about one a second, three for content that notifies) and wait out
   * rate limits. On by default; off where GitHub is not the one answering (a local server).
   */
  throttle?: boolean;
}

/** Octokit for the Action: the token, the REST and GraphQL addresses of this GitHub (or GHES). */
export function actionOctokit(
  token: string,
  env: NodeJS.ProcessEnv,
  options: ActionOctokitOptions = {},
): OctokitLike {
  const baseUrl = env.GITHUB_API_URL || "https://api.github.com";
  const graphqlUrl = env.GITHUB_GRAPHQL_URL || `${baseUrl}/graphql`;
  const octokit = new ThrottledOctokit({
    auth: token,
    baseUrl,
    userAgent: "postmortem-tracker-action",
    // Octokit logs each failed request as an error, such as the 404 of a repository without a config
    // file, which is no error at all; the failures that matter end the step with their own message.
    log: { debug: core.debug, info: core.debug, warn: core.warning, error: core.debug },
    throttle: {
      enabled: options.throttle ?? true,
      onRateLimit: (_after: number, _options: object, _octokit: unknown, retryCount: number) =>
        retryCount < 1,
      onSecondaryRateLimit: (_after: number, _options: object, _octokit: unknown, retryCount: number) =>
        retryCount < 2,
    },
  });
  const graphql = octokit.graphql.defaults({ url: graphqlUrl });
  return {
    request: (route, params) => octokit.request(route, params),
    graphql: (query, variables = {}) => graphql(query, variables),
    hook: octokit.hook,
  };
}
