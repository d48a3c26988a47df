/** The part of Octokit the client uses; Probot's octokit and @octokit/rest both fit. */
export interface OctokitLike {
  request(route: string, params?: Record<string, unknown>): Promise<{ status: number; data: unknown }>;
  graphql(query: string, variables?: Record<string, unknown>): Promise<unknown>;
  /** Octokit's request hooks: GraphQL goes through them too, so one hook sees every request. */
  hook: { before(name: "request", method: (options: unknown) => void | Promise<void>): void };
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug?(message: string): void;
}

/** An HTTP error from Octokit: a status, and GitHub's message. */
export function httpStatus(error: unknown): number | null {
  const status = (error as { status?: unknown })?.status;
  return typeof status === "number" ? status : null;
}

export function errorText(error: unknown): string {
  const e = error as { message?: string; response?: { data?: { message?: string; errors?: unknown } } };
  const detail = e.response?.data?.errors ? ` ${JSON.stringify(e.response.data.errors)}` : "";
  return `${e.response?.data?.message ?? e.message ?? String(error)}${detail}`;
}
