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
  const permission = missingPermission(error);
  const needs = permission ? ` (the token needs ${permission})` : "";
  return `${e.response?.data?.message ?? e.message ?? String(error)}${detail}${needs}`;
}

// Where GitHub does not name the permission, the route tells it.
const permissionByRoute: [RegExp, string][] = [
  [/\/check-runs/, "checks: write"],
  [/\/pulls\b/, "pull-requests: write"],
  [/\/(contents|git)\//, "contents: write"],
  [/\/(issues|labels)\b|\/graphql$/, "issues: write"],
];

/**
 * The permission a 403 asks for: GitHub names it in x-accepted-github-permissions for App and
 * fine-grained tokens ("issues=write; pull_requests=write" are alternatives); otherwise, when its
 * message says the token may not, the route's.
 */
export function missingPermission(error: unknown): string | null {
  if (httpStatus(error) !== 403) return null;
  const e = error as {
    response?: { headers?: Record<string, string | undefined>; data?: { message?: string } };
    request?: { method?: string; url?: string };
  };
  const accepted = e.response?.headers?.["x-accepted-github-permissions"];
  if (accepted)
    return accepted
      .split(";")
      .map((set) => set.trim().replaceAll("=", ": ").replaceAll("_", "-"))
      .filter(Boolean)
      .join(" or ");
  if (!/not accessible|permission/i.test(e.response?.data?.message ?? "")) return null;
  const url = e.request?.url ?? "";
  const write = e.request?.method !== "GET";
  const found = permissionByRoute.find(([route]) => route.test(new URL(url, "http://x").pathname));
  return found ? (write ? found[1] : found[1].replace("write", "read")) : null;
}
