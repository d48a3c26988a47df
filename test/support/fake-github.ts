// A small, stateful stand-in for GitHub's REST and GraphQL APIs: issues, comments, labels, files at
// commits, pull request files and sub-issues. Every request is recorded (to count and validate them)
// and any one of them can be made to fail.
import { schema as githubSchema } from "@octokit/graphql-schema";
import { buildSchema, type GraphQLSchema, parse, validate as validateGraphql } from "graphql";
import { validateGitHubRequest } from "./openapi.ts";

export interface FakeIssue {
  number: number;
  node_id: string;
  title: string;
  body: string;
  state: "open" | "closed";
  state_reason: string | null;
  labels: string[];
  assignees: string[];
  user: string;
  comments: { id: number; body: string; user: string; created_at?: string }[];
  subIssues: number[];
  created: number;
  closed_at: string | null;
  /** Who closed it, when a test says. */
  closed_by?: string;
  /** When it was opened, when a test says (else one second per issue from 2026-01-01). */
  created_at?: string;
  /** Timeline events other than comments (labeled, assigned, cross-referenced...), as REST sends them. */
  events?: Record<string, unknown>[];
  /** Pinned to the repository's issue list. */
  pinned?: boolean;
}

export interface FakeRepo {
  owner: string;
  name: string;
  issues: FakeIssue[];
  labels: Map<string, { name: string; color: string; description: string }>;
  /** Files by commit: sha -> path -> text. */
  commits: Map<string, Map<string, string>>;
  pulls: Map<
    number,
    { files: { filename: string; status: string; previous_filename?: string }[]; mergeSha: string }
  >;
  collaborators: Set<string>;
  /** Pull requests' conversations (they are issues too): number -> issue. */
  pullIssues: Map<number, FakeIssue>;
  checkRuns: FakeCheckRun[];
  /** Pull requests opened through the API, from a branch. */
  branchPulls: FakePull[];
  /** Roles by login (admin, maintain, write, triage, read); anyone else reads. */
  roles: Map<string, string>;
}

export interface FakePull {
  number: number;
  head: string;
  base: string;
  title: string;
  body: string;
  state: "open" | "closed";
  draft?: boolean;
  merged?: boolean;
  /** Its branch was deleted: GitHub cannot reopen it. */
  branchDeleted?: boolean;
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  conclusion: string | null;
  output: {
    title: string;
    summary: string;
    annotations: {
      path: string;
      start_line: number;
      annotation_level: string;
      message: string;
      title?: string;
    }[];
  };
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  status: number;
}

export interface Failure {
  /** Which request fails: a predicate on it. */
  when: (req: { method: string; path: string; body: unknown }) => boolean;
  status: number;
  /** The write happens although the answer is an error (a 502 after the fact). */
  applied?: boolean;
  times?: number;
  /** GitHub's message (default: "injected failure <status>") and headers of the answer. */
  message?: string;
  headers?: Record<string, string>;
}

type Reply = { status: number; body?: unknown; raw?: boolean; headers?: Record<string, string> };

const notFound: Reply = { status: 404, body: { message: "Not Found" } };

/** Issues and pull requests share their numbers and conversations. */
function issueIn(repo: FakeRepo, n: string | undefined): FakeIssue | undefined {
  return repo.issues.find((i) => i.number === Number(n)) ?? repo.pullIssues.get(Number(n));
}

// The IDL holds the sub-issue mutations, which the package's introspection JSON lacks.
let schema: GraphQLSchema | null = null;
function graphqlProblems(query: string): string[] {
  // The IDL repeats a few enterprise fields; the SDL check is skipped, the queries are still validated.
  schema ??= buildSchema(githubSchema.idl, { assumeValidSDL: true });
  try {
    return validateGraphql(schema, parse(query)).map((e) => `GraphQL: ${e.message}`);
  } catch (error) {
    return [`GraphQL: ${(error as Error).message}`];
  }
}

export class FakeGitHub {
  readonly repos = new Map<string, FakeRepo>();
  readonly requests: RecordedRequest[] = [];
  readonly problems: string[] = [];
  appSlug = "postmortem-tracker";
  /** The time GitHub stamps on what happens now (closing an issue). */
  now = "2026-11-04T10:00:00Z";
  /** Who the token belongs to: an App's bot, or github-actions[bot] in a workflow. */
  tokenLogin: string | null = null;
  private failures: Failure[] = [];
  private caller: string | null = null;
  private nextId = 1000;
  private clock = 0;

  get botLogin(): string {
    return this.tokenLogin ?? `${this.appSlug}[bot]`;
  }

  repo(fullName: string): FakeRepo {
    let repo = this.repos.get(fullName.toLowerCase());
    if (!repo) {
      const [owner = "", name = ""] = fullName.split("/");
      repo = {
        owner,
        name,
        issues: [],
        labels: new Map(),
        commits: new Map(),
        pulls: new Map(),
        collaborators: new Set(),
        pullIssues: new Map(),
        checkRuns: [],
        branchPulls: [],
        roles: new Map(),
      };
      this.repos.set(fullName.toLowerCase(), repo);
    }
    return repo;
  }

  addIssue(fullName: string, issue: Partial<FakeIssue> & { title: string }): FakeIssue {
    const repo = this.repo(fullName);
    // Issues and pull requests share one sequence of numbers.
    let number = Math.max(0, ...repo.issues.map((i) => i.number)) + 1;
    while (repo.pullIssues.has(number) || repo.branchPulls.some((p) => p.number === number)) number += 1;
    const made: FakeIssue = {
      number,
      node_id: `I_${fullName}_${number}`,
      body: "",
      state: "open",
      state_reason: null,
      labels: [],
      assignees: [],
      user: "someone",
      comments: [],
      subIssues: [],
      closed_at: issue.state === "closed" ? this.now : null,
      created: this.clock + 1,
      ...issue,
    };
    this.clock += 1;
    repo.issues.push(made);
    for (const label of made.labels)
      if (!repo.labels.has(label)) repo.labels.set(label, { name: label, color: "ededed", description: "" });
    return made;
  }

  fail(failure: Failure): void {
    this.failures.push({ times: 1, ...failure });
  }

  /** Requests other than the App's own authentication. */
  apiRequests(): RecordedRequest[] {
    return this.requests.filter((r) => !r.path.startsWith("/app"));
  }

  writes(): RecordedRequest[] {
    return this.apiRequests().filter(
      (r) =>
        r.method !== "GET" &&
        !(r.path === "/graphql" && !/^\s*mutation/.test(String((r.body as { query?: string })?.query))),
    );
  }

  /** Installations and their repositories (full names): an installation's token sees only these. */
  readonly installations = new Map<number, string[]>();

  handle(
    method: string,
    url: string,
    rawBody: unknown,
    accept = "application/json",
    authorization = "",
  ): Reply {
    this.caller = /ghs_inst_(\d+)/.exec(authorization)?.[1] ?? null;
    const parsed = new URL(url, "https://api.github.com");
    // GitHub Enterprise Server: REST under /api/v3, GraphQL at /api/graphql.
    const path = decodeURIComponent(
      parsed.pathname.replace(/^\/api\/v3/, "").replace(/^\/api\/graphql$/, "/graphql"),
    );
    const body = typeof rawBody === "string" && rawBody !== "" ? JSON.parse(rawBody) : rawBody;
    if (path !== "/graphql" && !path.startsWith("/app/installations")) {
      for (const problem of validateGitHubRequest(
        method,
        parsed.pathname + parsed.search,
        body ?? undefined,
      )) {
        this.problems.push(problem);
      }
    } else if (path === "/graphql") {
      this.problems.push(...graphqlProblems((body as { query: string }).query));
    }
    const failure = this.failures.find((f) => (f.times ?? 1) > 0 && f.when({ method, path, body }));
    let reply: Reply;
    if (failure) {
      failure.times = (failure.times ?? 1) - 1;
      if (failure.applied) this.route(method, path, parsed.searchParams, body);
      reply = {
        status: failure.status,
        body: { message: failure.message ?? `injected failure ${failure.status}` },
        ...(failure.headers ? { headers: failure.headers } : {}),
      };
    } else {
      reply = this.route(method, path, parsed.searchParams, body);
    }
    // Probot reads its config file as raw text.
    const file = reply.body as { type?: string; content?: string } | undefined;
    if (accept.includes("raw") && reply.status === 200 && file?.type === "file" && file.content) {
      reply = { status: 200, body: Buffer.from(file.content, "base64").toString("utf8"), raw: true };
    }
    this.requests.push({ method, path, query: parsed.searchParams, body, status: reply.status });
    return reply;
  }

  private issueJson(repo: FakeRepo, issue: FakeIssue) {
    return {
      id: issue.number + 100000,
      number: issue.number,
      node_id: issue.node_id,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      state_reason: issue.state_reason,
      labels: issue.labels.map((name) => ({ name, color: repo.labels.get(name)?.color ?? "ededed" })),
      assignees: issue.assignees.map((login) => ({ login })),
      user: { login: issue.user, type: issue.user.endsWith("[bot]") ? "Bot" : "User" },
      html_url: `https://github.com/${repo.owner}/${repo.name}/issues/${issue.number}`,
      closed_at: issue.closed_at,
      closed_by: issue.closed_by ? { login: issue.closed_by } : null,
      comments: issue.comments.length,
      parent_issue_url: this.parentUrl(repo, issue),
      created_at: this.createdAt(issue),
    };
  }

  private parentUrl(repo: FakeRepo, issue: FakeIssue): string | null {
    const parent = repo.issues.find((i) => i.subIssues.includes(issue.number));
    return parent ? `https://api.github.com/repos/${repo.owner}/${repo.name}/issues/${parent.number}` : null;
  }

  private route(method: string, path: string, query: URLSearchParams, body: any): Reply {
    if (method === "GET" && path === "/app")
      return { status: 200, body: { id: 1, slug: this.appSlug, name: "Postmortem Tracker" } };
    const token = /^\/app\/installations\/(\d+)\/access_tokens$/.exec(path);
    if (method === "POST" && token) {
      return {
        status: 201,
        body: { token: `ghs_inst_${token[1]}`, expires_at: new Date(Date.now() + 3600_000).toISOString() },
      };
    }
    if (method === "GET" && path === "/app/installations") {
      const page = Number(query.get("page") ?? 1);
      const per = Number(query.get("per_page") ?? 30);
      const all = [...this.installations.keys()].map((id) => ({ id, account: { login: `org-${id}` } }));
      return { status: 200, body: all.slice((page - 1) * per, page * per) };
    }
    if (method === "GET" && path === "/search/issues") return this.search(query);
    if (path === "/graphql")
      return this.graphql(body as { query: string; variables?: Record<string, unknown> });
    const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
    if (!m) return { status: 404, body: { message: "Not Found" } };
    const repo = this.repos.get(`${m[1]}/${m[2]}`.toLowerCase());
    if (!repo) return { status: 404, body: { message: "Not Found" } };
    const rest = m[3] ?? "";
    for (const [verb, pattern, handler] of this.routes) {
      if (verb !== method) continue;
      const match = pattern.exec(rest);
      if (match) return handler(repo, match.slice(1), query, body ?? {});
    }
    return { status: 404, body: { message: `fake GitHub does not know ${method} ${path}` } };
  }

  private readonly routes: [
    string,
    RegExp,
    (repo: FakeRepo, args: string[], query: URLSearchParams, body: any) => Reply,
  ][] = [
    [
      "POST",
      /^\/git\/refs$/,
      (repo, _, __, body) => {
        const branch = String(body.ref).replace(/^refs\/heads\//, "");
        if (repo.commits.has(branch)) return { status: 422, body: { message: "Reference already exists" } };
        const tree = repo.commits.get(body.sha);
        if (!tree) return { status: 422, body: { message: "Object does not exist" } };
        // A branch is a name for a copy of the commit's files here.
        repo.commits.set(branch, new Map(tree));
        return { status: 201, body: { ref: body.ref, object: { sha: body.sha } } };
      },
    ],
    [
      "PATCH",
      /^\/git\/refs\/heads\/(.+)$/,
      (repo, [branch = ""], _, body) => {
        const tree = repo.commits.get(body.sha);
        if (!repo.commits.has(branch) || !tree)
          return { status: 422, body: { message: "Reference does not exist" } };
        repo.commits.set(branch, new Map(tree));
        return { status: 200, body: { ref: `refs/heads/${branch}`, object: { sha: body.sha } } };
      },
    ],
    [
      "PUT",
      /^\/contents\/(.+)$/,
      (repo, [path = ""], _, body) => {
        const tree = repo.commits.get(body.branch);
        if (!tree) return notFound;
        // Like GitHub: a file that exists is replaced only with its sha.
        if (tree.has(path) && body.sha === undefined)
          return { status: 422, body: { message: 'Invalid request.\n\n"sha" wasn\'t supplied.' } };
        if (tree.has(path) && body.sha !== `blob-${path}`)
          return { status: 409, body: { message: "sha does not match" } };
        tree.set(path, Buffer.from(body.content, "base64").toString("utf8"));
        return {
          status: 200,
          body: { content: { path, sha: `blob-${path}` }, commit: { message: body.message } },
        };
      },
    ],
    [
      "GET",
      /^\/pulls$/,
      (repo, _, query) => {
        const head = (query.get("head") ?? "").split(":").pop();
        const state = query.get("state") ?? "open";
        const pulls = repo.branchPulls.filter(
          (p) => (!head || p.head === head) && (state === "all" || p.state === state),
        );
        return { status: 200, body: pulls.map((p) => this.pullJson(repo, p)) };
      },
    ],
    [
      "POST",
      /^\/pulls$/,
      (repo, _, __, body) => {
        if (repo.branchPulls.some((p) => p.head === body.head && p.state === "open"))
          return { status: 422, body: { message: "A pull request already exists" } };
        if (this.sameFiles(repo, body.head, body.base))
          return { status: 422, body: { message: `No commits between ${body.base} and ${body.head}` } };
        const taken = [
          ...repo.issues.map((i) => i.number),
          ...repo.pullIssues.keys(),
          ...repo.branchPulls.map((p) => p.number),
        ];
        const number = Math.max(0, ...taken) + 1;
        const pull: FakePull = {
          number,
          head: body.head,
          base: body.base,
          title: body.title,
          body: body.body ?? "",
          state: "open",
          draft: body.draft === true,
        };
        repo.branchPulls.push(pull);
        return { status: 201, body: this.pullJson(repo, pull) };
      },
    ],
    [
      "GET",
      /^\/contents\/(.+)$/,
      (repo, [path = ""], query) => {
        const files = repo.commits.get(query.get("ref") ?? "HEAD") ?? repo.commits.get("HEAD");
        const text = files?.get(path);
        if (text === undefined) return notFound;
        // Like GitHub: files over 1 MB come without content, from the blob API instead.
        if (text.length > 1_000_000) {
          const sha = `blob:${query.get("ref")}:${path}`;
          return { status: 200, body: { type: "file", path, sha, encoding: "none", content: "" } };
        }
        return {
          status: 200,
          body: {
            type: "file",
            path,
            sha: `blob-${path}`,
            encoding: "base64",
            content: Buffer.from(text).toString("base64"),
          },
        };
      },
    ],
    [
      "GET",
      /^\/git\/blobs\/blob:([^:]+):(.+)$/,
      (repo, [ref = "", path = ""]) => {
        const text = repo.commits.get(ref)?.get(path);
        if (text === undefined) return notFound;
        const content = Buffer.from(text).toString("base64");
        return { status: 200, body: { sha: `blob:${ref}:${path}`, encoding: "base64", content } };
      },
    ],
    [
      "POST",
      /^\/check-runs$/,
      (repo, _, __, body) => {
        this.nextId += 1;
        const run: FakeCheckRun = {
          id: this.nextId,
          name: body.name,
          head_sha: body.head_sha,
          conclusion: body.conclusion ?? null,
          output: {
            title: body.output?.title ?? "",
            summary: body.output?.summary ?? "",
            annotations: [...(body.output?.annotations ?? [])],
          },
        };
        repo.checkRuns.push(run);
        return { status: 201, body: { id: run.id, name: run.name, head_sha: run.head_sha } };
      },
    ],
    [
      "PATCH",
      /^\/check-runs\/(\d+)$/,
      (repo, [id], _, body) => {
        const run = repo.checkRuns.find((r) => r.id === Number(id));
        if (!run) return notFound;
        if (body.conclusion) run.conclusion = body.conclusion;
        // Like GitHub: an update's annotations are added to the ones already there.
        if (body.output)
          run.output = {
            ...run.output,
            ...body.output,
            annotations: [...run.output.annotations, ...(body.output.annotations ?? [])],
          };
        return { status: 200, body: { id: run.id } };
      },
    ],
    [
      "GET",
      /^\/commits\/([^/]+)\/check-runs$/,
      (repo, [sha], query) => {
        const runs = repo.checkRuns.filter(
          (r) => r.head_sha === sha && (!query.get("check_name") || r.name === query.get("check_name")),
        );
        return {
          status: 200,
          body: { total_count: runs.length, check_runs: runs.map((r) => ({ id: r.id, name: r.name })) },
        };
      },
    ],
    [
      "GET",
      /^\/compare\/([^.]+)\.\.\.(.+)$/,
      (repo, [base = "", head = ""]) => {
        // Commits are in the order the test made them.
        const order = [...repo.commits.keys()];
        const a = order.indexOf(base);
        const b = order.indexOf(head);
        if (a < 0 || b < 0) return notFound;
        return { status: 200, body: { status: b > a ? "ahead" : b < a ? "behind" : "identical" } };
      },
    ],
    [
      "GET",
      /^\/pulls\/(\d+)\/files$/,
      (repo, [n], query) => {
        const files = repo.pulls.get(Number(n))?.files ?? [];
        const page = Number(query.get("page") ?? 1);
        const per = Number(query.get("per_page") ?? 30);
        return { status: 200, body: files.slice((page - 1) * per, page * per) };
      },
    ],
    [
      "GET",
      /^\/commits\/([^/]+)\/pulls$/,
      (repo, [sha]) => {
        const pulls = [...repo.pulls].filter(([, p]) => p.mergeSha === sha);
        return {
          status: 200,
          body: pulls.map(([number, p]) => ({
            number,
            merged_at: "2026-11-01T00:00:00Z",
            merge_commit_sha: p.mergeSha,
          })),
        };
      },
    ],
    [
      "GET",
      /^\/assignees\/([^/]+)$/,
      (repo, [login = ""]) => (repo.collaborators.has(login.toLowerCase()) ? { status: 204 } : notFound),
    ],
    [
      "POST",
      /^\/labels$/,
      (repo, _, __, body) => {
        if (repo.labels.has(body.name)) {
          return {
            status: 422,
            body: { message: "Validation Failed", errors: [{ code: "already_exists" }] },
          };
        }
        repo.labels.set(body.name, {
          name: body.name,
          color: body.color,
          description: body.description ?? "",
        });
        return { status: 201, body: { name: body.name, color: body.color } };
      },
    ],
    [
      "GET",
      /^\/labels\/(.+)$/,
      (repo, [name = ""]) => {
        const label = repo.labels.get(name);
        return label ? { status: 200, body: label } : notFound;
      },
    ],
    [
      "DELETE",
      /^\/issues\/(\d+)\/labels\/(.+)$/,
      (repo, [n, name = ""]) => {
        const issue = issueIn(repo, n);
        if (!issue?.labels.includes(name)) return notFound;
        issue.labels = issue.labels.filter((l) => l !== name);
        return { status: 200, body: issue.labels.map((l) => ({ name: l })) };
      },
    ],
    [
      "PATCH",
      /^\/labels\/(.+)$/,
      (repo, [name = ""], _, body) => {
        const label = repo.labels.get(name);
        if (!label) return notFound;
        repo.labels.delete(name);
        label.name = body.new_name ?? label.name;
        if (body.description !== undefined) label.description = body.description;
        repo.labels.set(label.name, label);
        for (const issue of repo.issues)
          issue.labels = issue.labels.map((l) => (l === name ? label.name : l));
        return { status: 200, body: label };
      },
    ],
    [
      "GET",
      /^\/issues$/,
      (repo, _, query) => {
        const wanted = (query.get("labels") ?? "").split(",").filter(Boolean);
        const state = query.get("state") ?? "open";
        const list = repo.issues
          .filter((i) => wanted.every((l) => i.labels.includes(l)) && (state === "all" || i.state === state))
          .sort((a, b) => (query.get("direction") === "asc" ? a.created - b.created : b.created - a.created));
        const page = Number(query.get("page") ?? 1);
        const per = Number(query.get("per_page") ?? 30);
        return {
          status: 200,
          body: list.slice((page - 1) * per, page * per).map((i) => this.issueJson(repo, i)),
        };
      },
    ],
    [
      "POST",
      /^\/issues$/,
      (repo, _, __, body) => {
        const assignees: string[] = body.assignees ?? [];
        const bad = assignees.filter((a) => !repo.collaborators.has(a.toLowerCase()));
        if (bad.length > 0) {
          return {
            status: 422,
            body: {
              message: "Validation Failed",
              errors: [{ field: "assignees", code: "invalid", value: bad[0] }],
            },
          };
        }
        const issue = this.addIssue(`${repo.owner}/${repo.name}`, {
          title: body.title,
          body: body.body ?? "",
          labels: (body.labels ?? []).map((l: string | { name: string }) =>
            typeof l === "string" ? l : l.name,
          ),
          assignees,
          user: this.botLogin,
        });
        return { status: 201, body: this.issueJson(repo, issue) };
      },
    ],
    [
      "GET",
      /^\/issues\/(\d+)$/,
      (repo, [n]) => {
        const issue = issueIn(repo, n);
        return issue ? { status: 200, body: this.issueJson(repo, issue) } : notFound;
      },
    ],
    [
      "PATCH",
      /^\/issues\/(\d+)$/,
      (repo, [n], _, body) => {
        const pull = repo.branchPulls.find((p) => p.number === Number(n));
        if (pull) return this.reopenPull(pull, body);
        const issue = issueIn(repo, n);
        if (!issue) return notFound;
        if (body.title !== undefined) issue.title = body.title;
        if (body.body !== undefined) issue.body = body.body;
        if (body.assignees !== undefined) issue.assignees = body.assignees;
        if (body.labels !== undefined) {
          issue.labels = body.labels.map((l: string | { name: string }) =>
            typeof l === "string" ? l : l.name,
          );
        }
        if (body.state !== undefined) {
          if (body.state === "closed" && issue.state !== "closed") issue.closed_at = this.now;
          if (body.state === "open") issue.closed_at = null;
          issue.state = body.state;
          issue.state_reason =
            body.state === "closed" ? (body.state_reason ?? "completed") : (body.state_reason ?? null);
        }
        return { status: 200, body: this.issueJson(repo, issue) };
      },
    ],
    [
      "GET",
      /^\/issues\/(\d+)\/comments$/,
      (repo, [n], query) => {
        const issue = issueIn(repo, n);
        if (!issue) return notFound;
        const page = Number(query.get("page") ?? 1);
        const per = Number(query.get("per_page") ?? 30);
        return {
          status: 200,
          body: issue.comments.slice((page - 1) * per, page * per).map((c) => ({
            id: c.id,
            body: c.body,
            user: { login: c.user },
            created_at: c.created_at ?? this.now,
          })),
        };
      },
    ],
    [
      "POST",
      /^\/issues\/(\d+)\/comments$/,
      (repo, [n], _, body) => {
        const issue = issueIn(repo, n);
        if (!issue) return notFound;
        this.nextId += 1;
        const comment = { id: this.nextId, body: body.body, user: this.botLogin, created_at: this.now };
        issue.comments.push(comment);
        return { status: 201, body: { id: comment.id, body: comment.body, user: { login: comment.user } } };
      },
    ],
    [
      "GET",
      /^\/issues\/(\d+)\/timeline$/,
      (repo, [n], query) => {
        const issue = issueIn(repo, n);
        return issue ? this.timeline(issue, query) : notFound;
      },
    ],
    [
      "GET",
      /^\/collaborators\/([^/]+)\/permission$/,
      (repo, [login = ""]) => {
        const role = repo.roles.get(login.toLowerCase()) ?? "read";
        const permission = role === "maintain" ? "write" : role === "triage" ? "read" : role;
        return { status: 200, body: { permission, role_name: role, user: { login } } };
      },
    ],
    [
      "GET",
      /^\/git\/ref\/heads\/(.+)$/,
      (repo, [branch = ""]) => {
        // The default branch is the newest commit the test made; other branches are their own names.
        const sha = repo.commits.has(branch)
          ? branch
          : branch === "main"
            ? [...repo.commits.keys()].pop()
            : undefined;
        if (!sha) return notFound;
        return { status: 200, body: { ref: `refs/heads/${branch}`, object: { sha, type: "commit" } } };
      },
    ],
    [
      "POST",
      /^\/issues\/(\d+)\/labels$/,
      (repo, [n], _, body) => {
        const issue = issueIn(repo, n);
        if (!issue) return notFound;
        for (const l of body.labels as string[]) if (!issue.labels.includes(l)) issue.labels.push(l);
        return { status: 200, body: issue.labels.map((name) => ({ name })) };
      },
    ],
  ];

  /** Whether a branch has the same files as the base (the default branch is the newest commit). */
  private sameFiles(repo: FakeRepo, head: string, base: string): boolean {
    const a = repo.commits.get(head);
    const shas = [...repo.commits.keys()].filter((k) => !k.startsWith("postmortem-tracker/"));
    const b = repo.commits.get(repo.commits.has(base) ? base : (shas.pop() ?? ""));
    if (!a || !b || a.size !== b.size) return false;
    return [...a].every(([path, text]) => b.get(path) === text);
  }

  /** A pull request's state through the issues API: a merged one or one without its branch stays closed. */
  private reopenPull(pull: FakePull, body: { state?: string }): Reply {
    if (body.state === "open") {
      if (pull.merged || pull.branchDeleted)
        return {
          status: 422,
          body: { message: "Validation Failed", errors: [{ message: "cannot reopen" }] },
        };
      pull.state = "open";
    }
    return { status: 200, body: { number: pull.number, state: pull.state } };
  }

  private pullJson(repo: FakeRepo, p: FakePull) {
    const url = `https://github.com/${repo.owner}/${repo.name}/pull/${p.number}`;
    return {
      number: p.number,
      node_id: `PR_${p.number}`,
      state: p.state,
      draft: p.draft ?? false,
      merged_at: p.merged ? "2026-11-05T00:00:00Z" : null,
      html_url: url,
      head: { ref: p.head },
    };
  }

  /** An issue's timeline: its events and its comments, oldest first. */
  private timeline(issue: FakeIssue, query: URLSearchParams): Reply {
    const comments = issue.comments.map((c) => ({
      event: "commented",
      id: c.id,
      body: c.body,
      user: { login: c.user },
      actor: { login: c.user },
      created_at: c.created_at ?? this.now,
    }));
    const all = [...(issue.events ?? []), ...comments].sort((a, b) =>
      String(a.created_at).localeCompare(String(b.created_at)),
    );
    const page = Number(query.get("page") ?? 1);
    const per = Number(query.get("per_page") ?? 30);
    return { status: 200, body: all.slice((page - 1) * per, page * per) };
  }

  /** When an issue was created, as GitHub stamps it (one second per issue made, unless a test says). */
  createdAt(issue: FakeIssue): string {
    if (issue.created_at) return issue.created_at;
    return new Date(Date.parse("2026-01-01T00:00:00Z") + issue.created * 1000)
      .toISOString()
      .replace(".000", "");
  }

  /** The search qualifiers the sweep and the report use: is:, label:, author:app/, created:>=, closed:>=, org:, repo:. */
  private search(query: URLSearchParams): Reply {
    const q = query.get("q") ?? "";
    const words = [...q.matchAll(/(-?\w+):("[^"]*"|\S+)/g)].map((m) => [
      m[1] ?? "",
      (m[2] ?? "").replace(/^"|"$/g, ""),
    ]);
    const scope = this.caller ? this.installations.get(Number(this.caller)) : undefined;
    const repos = [...this.repos.values()].filter(
      (r) => !scope || scope.some((n) => n.toLowerCase() === `${r.owner}/${r.name}`.toLowerCase()),
    );
    const found = repos.flatMap((repo) =>
      repo.issues
        .filter((issue) =>
          words.every(([key, value = ""]) => {
            if (key === "is") return value === "issue" || issue.state === value;
            if (key === "label") return issue.labels.includes(value);
            if (key === "author")
              return issue.user === (value.startsWith("app/") ? `${value.slice(4)}[bot]` : value);
            if (key === "created") return this.createdAt(issue) >= value.replace(/^>=/, "");
            if (key === "closed") return (issue.closed_at ?? "") >= value.replace(/^>=/, "");
            if (key === "org") return repo.owner.toLowerCase() === value.toLowerCase();
            if (key === "repo") return `${repo.owner}/${repo.name}`.toLowerCase() === value.toLowerCase();
            this.problems.push(`search: the fake does not know the qualifier ${key}:`);
            return false;
          }),
        )
        .map((issue) => ({ repo, issue })),
    );
    found.sort((a, b) => a.issue.created - b.issue.created);
    const page = Number(query.get("page") ?? 1);
    const per = Number(query.get("per_page") ?? 30);
    // Like GitHub: no result past the 1,000th.
    const items = found.slice(0, 1000).slice((page - 1) * per, page * per);
    return {
      status: 200,
      body: {
        total_count: found.length,
        incomplete_results: false,
        items: items.map(({ repo, issue }) => ({
          ...this.issueJson(repo, issue),
          repository_url: `https://api.github.com/repos/${repo.owner}/${repo.name}`,
          created_at: this.createdAt(issue),
        })),
      },
    };
  }

  private findByNodeId(id: string): { repo: FakeRepo; issue: FakeIssue } | null {
    for (const repo of this.repos.values()) {
      const issue = repo.issues.find((i) => i.node_id === id);
      if (issue) return { repo, issue };
    }
    return null;
  }

  private graphql(request: { query: string; variables?: Record<string, unknown> }): Reply {
    const vars = request.variables ?? {};
    const value = (token: string) => (token.startsWith("$") ? vars[token.slice(1)] : JSON.parse(token));
    const data: Record<string, unknown> = {};
    const errors: { message: string }[] = [];
    for (const m of request.query.matchAll(
      /(\w+): addSubIssue\(input: \{ issueId: (\$\w+|"[^"]*"), subIssueId: (\$\w+|"[^"]*") \}\)/g,
    )) {
      const parent = this.findByNodeId(String(value(m[2] ?? "")));
      const child = this.findByNodeId(String(value(m[3] ?? "")));
      if (!parent || !child) {
        errors.push({ message: "Could not resolve to a node" });
        data[m[1] ?? ""] = null;
        continue;
      }
      if (!parent.issue.subIssues.includes(child.issue.number))
        parent.issue.subIssues.push(child.issue.number);
      data[m[1] ?? ""] = { subIssue: { number: child.issue.number } };
    }
    if (/pinIssue\(input: \{ issueId: \$id \}\)/.test(request.query)) {
      const found = this.findByNodeId(String(vars.id));
      if (found) found.issue.pinned = true;
      data.pinIssue = found ? { issue: { number: found.issue.number } } : null;
      if (!found) errors.push({ message: "Could not resolve to a node" });
    }
    const repoMatch = /repository\(owner: \$owner, name: \$repo\)/.test(request.query);
    if (repoMatch) {
      const repo = this.repos.get(`${vars.owner}/${vars.repo}`.toLowerCase());
      const fields: Record<string, unknown> = {};
      for (const m of request.query.matchAll(/(\w+): issue\(number: (\d+)\) \{ number id \}/g)) {
        const issue = repo?.issues.find((i) => i.number === Number(m[2]));
        fields[m[1] ?? ""] = issue ? { number: issue.number, id: issue.node_id } : null;
      }
      data.repository = fields;
    }
    // Issue snapshots: rN: repository(owner: "o", name: "r") { iN: issue(number: N) { ... } }
    const parts = request.query.split(/(?=\b\w+: repository\(owner: ")/);
    for (const part of parts) {
      const head = /^(\w+): repository\(owner: ("[^"]*"), name: ("[^"]*")\)/.exec(part);
      if (!head) continue;
      const repo = this.repos.get(
        `${JSON.parse(head[2] ?? '""')}/${JSON.parse(head[3] ?? '""')}`.toLowerCase(),
      );
      const fields: Record<string, unknown> = {};
      for (const m of part.matchAll(/(\w+): issue\(number: (\d+)\) \{ number state/g)) {
        const issue = repo?.issues.find((i) => i.number === Number(m[2]));
        if (!issue) errors.push({ message: `Could not resolve to an Issue with the number of ${m[2]}.` });
        fields[m[1] ?? ""] = issue
          ? {
              number: issue.number,
              state: issue.state === "open" ? "OPEN" : "CLOSED",
              stateReason: issue.state_reason ? issue.state_reason.toUpperCase() : null,
              closedAt: issue.closed_at,
              labels: { nodes: issue.labels.map((name) => ({ name })) },
              assignees: { nodes: issue.assignees.map((login) => ({ login })) },
            }
          : null;
      }
      data[head[1] ?? ""] = repo ? fields : null;
    }
    return { status: 200, body: errors.length > 0 ? { data, errors } : { data } };
  }
}
