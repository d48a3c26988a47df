import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import type { OctokitLike } from "../github/octokit.ts";

const ThrottledOctokit = Octokit.plugin(throttling);
const quiet = () => {};

/** GitHub Enterprise Server answers REST under /api/v3 and GraphQL at /api/graphql. */
export const graphqlUrl = (baseUrl: string) =>
  /\/api\/v3\/?$/.test(baseUrl) ? baseUrl.replace(/\/api\/v3\/?$/, "/api/graphql") : `${baseUrl}/graphql`;

/** Octokit for the CLI: the token, and GITHUB_API_URL / GITHUB_GRAPHQL_URL for GitHub Enterprise. */
export function cliOctokit(token: string | undefined, env: NodeJS.ProcessEnv, throttle = true): OctokitLike {
  const baseUrl = env.GITHUB_API_URL || "https://api.github.com";
  const octokit = new ThrottledOctokit({
    // Without a token, public repositories can still be read.
    ...(token ? { auth: token } : {}),
    baseUrl,
    userAgent: "postmortem-tracker-cli",
    // Failures end the command with their own message; Octokit's own logging would repeat them.
    log: { debug: quiet, info: quiet, warn: quiet, error: quiet },
    throttle: {
      enabled: throttle,
      onRateLimit: (_after: number, _o: object, _k: unknown, retryCount: number) => retryCount < 1,
      onSecondaryRateLimit: (_after: number, _o: object, _k: unknown, retryCount: number) => retryCount < 2,
    },
  });
  const graphql = octokit.graphql.defaults({ url: env.GITHUB_GRAPHQL_URL || graphqlUrl(baseUrl) });
  return {
    request: (route, params) => octokit.request(route, params),
    graphql: (query, variables = {}) => graphql(query, variables),
    hook: octokit.hook,
  };
}
