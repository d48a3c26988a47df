import { Octokit } from "@octokit/rest";
import type { OctokitLike } from "../github/octokit.ts";

/** Octokit for the Action: the token, the REST and GraphQL addresses of this GitHub (or GHES). */
export function actionOctokit(token: string, env: NodeJS.ProcessEnv): OctokitLike {
  const baseUrl = env.GITHUB_API_URL || "https://api.github.com";
  const graphqlUrl = env.GITHUB_GRAPHQL_URL || `${baseUrl}/graphql`;
  const octokit = new Octokit({ auth: token, baseUrl, userAgent: "postmortem-tracker-action" });
  const graphql = octokit.graphql.defaults({ url: graphqlUrl });
  return {
    request: (route, params) => octokit.request(route, params),
    graphql: (query, variables = {}) => graphql(query, variables),
  };
}
