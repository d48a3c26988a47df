// src/config/schema.ts
import { z } from "zod";

// src/review/ids.ts
var ruleIds = [
  "sections",
  "summary-duration",
  "summary-impact",
  "summary-root-cause",
  "timeline",
  "root-cause",
  "corrective-tasks",
  "lessons",
  "item-owner",
  "item-due",
  "item-vague",
  "item-types",
  "blameless"
];

// src/config/schema.ts
var globs = z.array(z.string().min(1));
var duration = z.string().regex(/^\d+\s*[hdw]$/, 'a duration such as "7d", "2w" or "12h"').describe('A number followed by "h" (hours), "d" (days) or "w" (weeks).');
var configSchema = z.object({
  paths: globs.default(["postmortems/**/*.md", "docs/postmortems/**/*.md"]).describe("Globs of the postmortem reports to track, from the repository root."),
  exclude: globs.default(["**/README.md", "**/*[Tt]emplate*.md", "**/*TEMPLATE*.md"]).describe("Globs of files under `paths` that are not reports (indexes, templates)."),
  sections: z.object({
    corrective: z.array(z.string()).optional().describe("Heading words of the corrective section."),
    summary: z.array(z.string()).optional().describe("Heading words of the issue summary."),
    timeline: z.array(z.string()).optional().describe("Heading words of the timeline."),
    "root-cause": z.array(z.string()).optional().describe("Heading words of the root cause section."),
    lessons: z.array(z.string()).optional().describe("Heading words of the lessons learned."),
    improvements: z.array(z.string()).optional().describe("Heading words of the improvements part."),
    tasks: z.array(z.string()).optional().describe("Heading words of the tasks part.")
  }).strict().default({}).describe("Words that name each part of a report, replacing the built-in ones."),
  labels: z.object({
    action: z.string().min(1).max(50).default("postmortem-action").describe("Label of every action-item issue."),
    tracker: z.string().min(1).max(50).default("postmortem-tracker").describe("Label of every tracker issue."),
    report: z.string().max(20).default("pm:").describe(
      "Prefix of the label that ties one report's issues together; the report's path follows, without postmortems/ and .md."
    ),
    priority: z.boolean().default(true).describe(`Add a "priority: P1" label from the item's priority.`),
    type: z.boolean().default(true).describe(`Add a "type: prevent" label from the item's type.`)
  }).strict().default({
    action: "postmortem-action",
    tracker: "postmortem-tracker",
    report: "pm:",
    priority: true,
    type: true
  }).describe("The labels the issues get; they are created on first use."),
  issues: z.object({
    repository: z.string().regex(/^[A-Za-z0-9_.-]+$/, "a repository name of the same owner, without the owner").nullable().default(null).describe("File the issues in this repository of the same owner instead of the report's own."),
    "assign-owners": z.boolean().default(true).describe("Assign the item's @owners who can be assigned; mention the others."),
    "checked-items": z.enum(["record", "file"]).default("record").describe(
      '"record": a checked item is shown as done in the tracker, with no issue. "file": it gets a closed issue.'
    ),
    "max-items": z.number().int().min(1).max(200).default(50).describe(
      "Above this many open items in one report nothing is filed, and the pull request is told why."
    )
  }).strict().default({ repository: null, "assign-owners": true, "checked-items": "record", "max-items": 50 }).describe("Where and how the action-item issues are filed."),
  reminders: z.object({
    interval: duration.default("7d").describe("How often a tracker with open items gets a follow-up comment."),
    timezone: z.string().default("UTC").describe("IANA time zone in which due dates and overdue days are counted."),
    "mention-owners": z.boolean().default(true).describe("Mention the owners of open items in follow-up comments."),
    "due-by-priority": z.partialRecord(z.enum(["P0", "P1", "P2", "P3", "P4"]), duration).default({ P0: "7d", P1: "14d", P2: "30d", P3: "90d" }).describe("Due date of an item without one, counted from the merge, by the item's priority."),
    "default-due": duration.default("30d").describe("Due date of an item with neither a due date nor a policy for its priority."),
    "overdue-label": z.string().min(1).max(50).default("overdue").describe("Label of open items past their due date.")
  }).strict().default({
    interval: "7d",
    timezone: "UTC",
    "mention-owners": true,
    "due-by-priority": { P0: "7d", P1: "14d", P2: "30d", P3: "90d" },
    "default-due": "30d",
    "overdue-label": "overdue"
  }).describe("The scheduled follow-up of open items (the Action's sweep)."),
  review: z.object({
    rules: z.partialRecord(z.enum(ruleIds), z.enum(["off", "notice", "warning", "error"])).default({}).describe(
      'A level per review rule id ("item-owner": "error"), replacing its default; "off" silences it.'
    ),
    blameless: z.array(z.object({ phrase: z.string().min(2), rewrite: z.string().min(1) }).strict()).optional().describe("Phrases that blame people, each with a blameless rewrite; replaces the built-in list."),
    "fail-on": z.enum(["error", "warning", "never"]).default("error").describe(
      "The review check fails on findings of this level or worse; below it the check is neutral."
    )
  }).strict().default({ rules: {}, "fail-on": "error" }).describe("The review of postmortems in pull requests."),
  _extends: z.string().optional().describe(
    "App only: start from another repository's file (`other-repo` or `other-repo:path/to/file.yml`), as Probot reads it."
  ),
  "dry-run": z.boolean().default(false).describe("Log every change that would be made, and make none.")
}).strict();

// src/config/load.ts
var CONFIG_PATH = ".github/postmortem-tracker.yml";
function describe(issue) {
  const key = issue.path.length > 0 ? issue.path.join(".") : "(top level)";
  return `${key}: ${issue.message}`;
}
function validateConfig(raw, file = CONFIG_PATH) {
  const result = configSchema.safeParse(raw ?? {});
  if (result.success) return { ok: true, config: result.data };
  const problems = result.error.issues.map(describe);
  return { ok: false, message: `${file} is not valid: ${problems.join("; ")}` };
}
var defaultConfig = configSchema.parse({});
function sectionNames(config) {
  const s = config.sections;
  const names2 = {};
  if (s.corrective) names2.corrective = s.corrective;
  if (s.summary) names2.summary = s.summary;
  if (s.timeline) names2.timeline = s.timeline;
  if (s["root-cause"]) names2.rootCause = s["root-cause"];
  if (s.lessons) names2.lessons = s.lessons;
  if (s.improvements) names2.improvements = s.improvements;
  if (s.tasks) names2.tasks = s.tasks;
  return names2;
}
function reviewOptions(config) {
  return {
    levels: config.review.rules,
    ...config.review.blameless ? { phrases: config.review.blameless } : {}
  };
}

// src/tracking/model.ts
var repoName = (r) => `${r.owner}/${r.repo}`;
var placeholder = (id) => `{{#${id}}}`;
var numberPlaceholder = (id) => `"{{n:${id}}}"`;
function describeOperation(op) {
  const target = (t) => "existing" in t ? `#${t.existing}` : `new issue "${t.planned}"`;
  const where = (r) => `${r.owner}/${r.repo}`;
  switch (op.op) {
    case "ensureLabel":
      return `ensure label "${op.name}" in ${where(op.repo)}`;
    case "renameLabel":
      return `rename label "${op.from}" to "${op.to}" in ${where(op.repo)}`;
    case "createIssue":
      return `create issue in ${where(op.repo)}: "${op.title}"${op.labels.length ? ` [${op.labels.join(", ")}]` : ""}${op.assignees.length ? ` assigned to ${op.assignees.join(", ")}` : ""}${op.close ? " (closed)" : ""}`;
    case "updateIssue": {
      const what = [
        op.title !== void 0 ? "title" : "",
        op.body !== void 0 ? "body" : "",
        op.labels ? "labels" : "",
        op.assignees ? "assignees" : "",
        op.state ? `state ${op.state}${op.stateReason ? ` (${op.stateReason})` : ""}` : ""
      ].filter(Boolean);
      return `update ${target(op.issue)} in ${where(op.repo)}: ${what.join(", ")}`;
    }
    case "comment":
      return `comment on ${target(op.issue)} in ${where(op.repo)}`;
    case "addLabels":
      return `label ${target(op.issue)} in ${where(op.repo)} with ${op.labels.join(", ")}`;
    case "removeLabel":
      return `remove label "${op.label}" from ${target(op.issue)} in ${where(op.repo)}`;
    case "addSubIssues":
      return `add ${op.children.length} sub-issue(s) to ${target(op.parent)} in ${where(op.repo)}`;
  }
}

// src/github/octokit.ts
function httpStatus(error) {
  const status = error?.status;
  return typeof status === "number" ? status : null;
}
function errorText(error) {
  const e = error;
  const detail = e.response?.data?.errors ? ` ${JSON.stringify(e.response.data.errors)}` : "";
  return `${e.response?.data?.message ?? e.message ?? String(error)}${detail}`;
}

// src/github/client.ts
var BudgetExhausted = class extends Error {
  constructor(budget) {
    super(`request budget of ${budget} reached`);
    this.name = "BudgetExhausted";
  }
};
var PAGE = 100;
function toExisting(repo, issue) {
  return {
    repo,
    number: issue.number,
    nodeId: issue.node_id,
    title: issue.title,
    body: issue.body ?? "",
    state: issue.state === "open" ? "open" : "closed",
    stateReason: issue.state_reason ?? null,
    labels: issue.labels.map((l) => typeof l === "string" ? l : l.name ?? "").filter(Boolean),
    assignees: (issue.assignees ?? []).map((a) => a.login),
    author: issue.user?.login ?? ""
  };
}
var GitHubClient = class {
  requests = 0;
  dryRun;
  octokit;
  log;
  budget;
  constructor(options) {
    this.octokit = options.octokit;
    this.log = options.log;
    this.dryRun = options.dryRun ?? false;
    this.budget = options.budget ?? Number.POSITIVE_INFINITY;
  }
  /** Every REST call goes through here, so that the count is exact. */
  async call(route, params = {}) {
    if (this.requests >= this.budget) throw new BudgetExhausted(this.budget);
    this.requests += 1;
    const response = await this.octokit.request(route, params);
    return response.data;
  }
  async graphql(query, variables = {}) {
    if (this.requests >= this.budget) throw new BudgetExhausted(this.budget);
    this.requests += 1;
    return await this.octokit.graphql(query, variables);
  }
  /** Requests left before the budget is reached. */
  remaining() {
    return this.budget - this.requests;
  }
  /**
   * The state of many issues in one GraphQL request per 100 (any repositories). A deleted or
   * inaccessible issue comes back as null.
   */
  async issueSnapshots(refs) {
    const out = /* @__PURE__ */ new Map();
    for (let start = 0; start < refs.length; start += PAGE) {
      const batch = refs.slice(start, start + PAGE);
      const byRepo = /* @__PURE__ */ new Map();
      for (const ref2 of batch) {
        const key = `${ref2.repo.owner}/${ref2.repo.repo}`.toLowerCase();
        const entry = byRepo.get(key) ?? { repo: ref2.repo, numbers: [] };
        if (!entry.numbers.includes(ref2.number)) entry.numbers.push(ref2.number);
        byRepo.set(key, entry);
      }
      const groups2 = [...byRepo.values()];
      const query = `query { ${groups2.map(
        (g, r) => `r${r}: repository(owner: ${JSON.stringify(g.repo.owner)}, name: ${JSON.stringify(g.repo.repo)}) { ${g.numbers.map(
          (n) => `i${n}: issue(number: ${n}) { number state stateReason closedAt labels(first: 50) { nodes { name } } }`
        ).join(" ")} }`
      ).join(" ")} }`;
      let data;
      try {
        data = await this.graphql(query);
      } catch (error) {
        const partial = error.data;
        if (!partial) throw error;
        data = partial;
      }
      groups2.forEach((g, r) => {
        const repoData = data[`r${r}`];
        for (const n of g.numbers) {
          const issue = repoData?.[`i${n}`] ?? null;
          out.set(
            `${g.repo.owner}/${g.repo.repo}#${n}`.toLowerCase(),
            issue ? {
              state: issue.state === "OPEN" ? "open" : issue.stateReason === "NOT_PLANNED" ? "not_planned" : "completed",
              closedAt: issue.closedAt,
              labels: issue.labels.nodes.map((l) => l.name)
            } : null
          );
        }
      });
    }
    return out;
  }
  async labelDescription(repo, name) {
    try {
      const label = await this.call(
        "GET /repos/{owner}/{repo}/labels/{name}",
        { ...repo, name }
      );
      return label.description ?? "";
    } catch (error) {
      if (httpStatus(error) === 404) return null;
      throw error;
    }
  }
  async setLabelDescription(repo, name, description) {
    if (this.dryRun) {
      this.log.info(`[dry run] would set the description of label "${name}" to "${description}"`);
      return;
    }
    await this.call("PATCH /repos/{owner}/{repo}/labels/{name}", { ...repo, name, description });
  }
  async issue(repo, number) {
    return toExisting(
      repo,
      await this.call("GET /repos/{owner}/{repo}/issues/{issue_number}", {
        ...repo,
        issue_number: number
      })
    );
  }
  /** All issues (not pull requests) with a label, open and closed, 100 a page. */
  async issuesWithLabel(repo, label) {
    const out = [];
    for (let page = 1; ; page += 1) {
      const data = await this.call("GET /repos/{owner}/{repo}/issues", {
        ...repo,
        labels: label,
        state: "all",
        per_page: PAGE,
        page
      });
      for (const issue of data) if (!issue.pull_request) out.push(toExisting(repo, issue));
      if (data.length < PAGE) return out;
    }
  }
  /** A file's text at a commit, or null when it is not there. Files over 1 MB come through the blob API. */
  async fileText(repo, path, ref2) {
    let data;
    try {
      data = await this.call("GET /repos/{owner}/{repo}/contents/{path}", {
        ...repo,
        path,
        ...ref2 ? { ref: ref2 } : {}
      });
    } catch (error) {
      if (httpStatus(error) === 404) return null;
      throw error;
    }
    if (data.type !== "file") return null;
    if (data.encoding === "base64" && data.content)
      return Buffer.from(data.content, "base64").toString("utf8");
    const blob = await this.call(
      "GET /repos/{owner}/{repo}/git/blobs/{file_sha}",
      {
        ...repo,
        file_sha: data.sha
      }
    );
    return Buffer.from(blob.content, blob.encoding === "base64" ? "base64" : "utf8").toString("utf8");
  }
  async pullRequestFiles(repo, pullNumber) {
    const files = [];
    for (let page = 1; ; page += 1) {
      const data = await this.call("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
        ...repo,
        pull_number: pullNumber,
        per_page: PAGE,
        page
      });
      files.push(...data);
      if (data.length < PAGE || files.length >= 3e3) return files;
    }
  }
  /** An issue's or pull request's comments, all pages (read only to avoid posting a notice twice). */
  async comments(repo, issue) {
    const out = [];
    for (let page = 1; ; page += 1) {
      const data = await this.call(
        "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
        { ...repo, issue_number: issue, per_page: PAGE, page }
      );
      out.push(...data.map((c) => ({ id: c.id, body: c.body ?? "", author: c.user?.login ?? "" })));
      if (data.length < PAGE) return out;
    }
  }
};

// src/github/gateway.ts
var Gateway = class extends GitHubClient {
  created = /* @__PURE__ */ new Map();
  unassignable = /* @__PURE__ */ new Set();
  /** Applies operations in order. New issues' numbers fill the `{{#id}}` placeholders of later ones. */
  async apply(operations) {
    for (const op of operations) {
      const text = this.fill(describeOperation(op), op.repo);
      if (this.dryRun) {
        this.log.info(`[dry run] would ${text}`);
        continue;
      }
      this.log.info(text);
      await this.applyOne(op);
    }
  }
  number(target) {
    if ("existing" in target) return target.existing;
    const made = this.created.get(target.planned);
    if (!made)
      throw new Error(`issue "${target.planned}" was to be created earlier in the plan, but was not`);
    return made.number;
  }
  /** Replaces `{{#id}}` with `#123` (or `owner/repo#123` across repositories) and `"{{n:id}}"` with 123. */
  fill(text, from) {
    return text.replace(/"\{\{n:([^}]+)\}\}"/g, (whole, id) => {
      const made = this.created.get(id);
      return made ? String(made.number) : whole;
    }).replace(/\{\{#([^}]+)\}\}/g, (whole, id) => {
      const made = this.created.get(id);
      if (!made) return this.dryRun ? "(new issue)" : whole;
      const same = made.repo.owner === from.owner && made.repo.repo === from.repo;
      return same ? `#${made.number}` : `${made.repo.owner}/${made.repo.repo}#${made.number}`;
    });
  }
  async applyOne(op) {
    switch (op.op) {
      case "ensureLabel":
        return this.ensureLabel(op);
      case "renameLabel":
        await this.call("PATCH /repos/{owner}/{repo}/labels/{name}", {
          ...op.repo,
          name: op.from,
          new_name: op.to
        });
        return;
      case "createIssue":
        return this.createIssue(op);
      case "updateIssue": {
        const params = { ...op.repo, issue_number: this.number(op.issue) };
        if (op.title !== void 0) params.title = op.title;
        if (op.body !== void 0) params.body = this.fill(op.body, op.repo);
        if (op.labels) params.labels = op.labels;
        if (op.state) params.state = op.state;
        if (op.stateReason) params.state_reason = op.stateReason;
        if (op.assignees)
          params.assignees = op.assignees.filter((a) => !this.unassignable.has(a.toLowerCase()));
        await this.call("PATCH /repos/{owner}/{repo}/issues/{issue_number}", params);
        return;
      }
      case "comment":
        try {
          await this.call("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
            ...op.repo,
            issue_number: this.number(op.issue),
            body: this.fill(op.body, op.repo)
          });
        } catch (error) {
          if (!op.bestEffort || error instanceof BudgetExhausted) throw error;
          this.log.warn(`${op.bestEffort}: ${errorText(error)}`);
        }
        return;
      case "addLabels":
        await this.call("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
          ...op.repo,
          issue_number: this.number(op.issue),
          labels: op.labels
        });
        return;
      case "removeLabel":
        try {
          await this.call("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", {
            ...op.repo,
            issue_number: this.number(op.issue),
            name: op.label
          });
        } catch (error) {
          if (httpStatus(error) !== 404) throw error;
        }
        return;
      case "addSubIssues":
        return this.addSubIssues(op);
    }
  }
  async ensureLabel(op) {
    try {
      await this.call("POST /repos/{owner}/{repo}/labels", {
        ...op.repo,
        name: op.name,
        color: op.color,
        description: op.description
      });
    } catch (error) {
      if (httpStatus(error) !== 422) throw error;
    }
  }
  async createIssue(op) {
    const body = this.fill(op.body, op.repo);
    let assignees = op.assignees.filter((a) => !this.unassignable.has(a.toLowerCase()));
    const send = () => this.call("POST /repos/{owner}/{repo}/issues", {
      ...op.repo,
      title: op.title,
      body: withNote(
        body,
        op.assignees.filter((a) => !assignees.includes(a))
      ),
      labels: op.labels,
      assignees,
      // A create that failed with a 5xx may still have happened: never let a retry file it twice.
      request: { retries: 0 }
    });
    let issue;
    try {
      issue = await send();
    } catch (error) {
      if (httpStatus(error) === 422 && assignees.length > 0 && /assignee/i.test(errorText(error))) {
        assignees = await this.assignable(op.repo, assignees);
        issue = await send();
      } else if (isTransient(error)) {
        const found = await this.findCreated(op, body);
        issue = found ?? await send();
      } else {
        throw error;
      }
    }
    this.created.set(op.id, { repo: op.repo, number: issue.number, nodeId: issue.node_id });
    if (op.close) {
      await this.call("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        ...op.repo,
        issue_number: issue.number,
        state: "closed",
        state_reason: op.close
      });
    }
  }
  /** After a failed create, looks for the issue among the newest ones with its labels and marker. */
  async findCreated(op, body) {
    const marker = body.slice(body.lastIndexOf("<!-- postmortem-tracker"));
    const label = op.labels[op.labels.length - 1];
    const data = await this.call("GET /repos/{owner}/{repo}/issues", {
      ...op.repo,
      ...label ? { labels: op.labels.join(",") } : {},
      state: "all",
      sort: "created",
      direction: "desc",
      per_page: 30
    });
    return data.find((i) => (i.body ?? "").includes(marker) && i.title === op.title) ?? null;
  }
  async assignable(repo, logins) {
    const ok = [];
    for (const login2 of logins) {
      try {
        await this.call("GET /repos/{owner}/{repo}/assignees/{assignee}", { ...repo, assignee: login2 });
        ok.push(login2);
      } catch (error) {
        if (httpStatus(error) !== 404) throw error;
        this.unassignable.add(login2.toLowerCase());
        this.log.warn(`@${login2} cannot be assigned in ${repo.owner}/${repo.repo}; mentioned instead`);
      }
    }
    return ok;
  }
  nodeId(target, known) {
    if ("planned" in target) return this.created.get(target.planned)?.nodeId ?? null;
    return known.get(target.existing) ?? null;
  }
  /** One GraphQL request for all sub-issues; where the API has none, the tracker's checklist is enough. */
  async addSubIssues(op) {
    const numbers = [op.parent, ...op.children].filter((t) => "existing" in t).map((t) => t.existing);
    const known = /* @__PURE__ */ new Map();
    if (numbers.length > 0) {
      const fields = numbers.map((n, i) => `i${i}: issue(number: ${n}) { number id }`).join(" ");
      const data = await this.graphql(
        `query($owner: String!, $repo: String!) { repository(owner: $owner, name: $repo) { ${fields} } }`,
        op.repo
      );
      for (const issue of Object.values(data.repository)) if (issue) known.set(issue.number, issue.id);
    }
    const parent = this.nodeId(op.parent, known);
    const children = op.children.map((c) => this.nodeId(c, known)).filter((id) => id !== null);
    if (!parent || children.length === 0) return;
    const mutations = children.map(
      (_, i) => `s${i}: addSubIssue(input: { issueId: $parent, subIssueId: $c${i} }) { subIssue { number } }`
    ).join(" ");
    const vars = children.map((_, i) => `$c${i}: ID!`).join(", ");
    const variables = { parent };
    children.forEach((id, i) => {
      variables[`c${i}`] = id;
    });
    try {
      await this.graphql(`mutation($parent: ID!, ${vars}) { ${mutations} }`, {
        ...variables,
        headers: { "GraphQL-Features": "sub_issues" }
      });
    } catch (error) {
      this.log.warn(
        `sub-issues were not added (${errorText(error)}); the tracker's checklist lists the items`
      );
    }
  }
};
var isTransient = (error) => {
  const status = httpStatus(error);
  return status === null || status >= 500;
};
function withNote(body, refused) {
  if (refused.length === 0) return body;
  const note = `${refused.map((r) => `@${r}`).join(", ")}: named as owner in the report, but cannot be assigned here.`;
  const at = body.lastIndexOf("<!-- postmortem-tracker");
  return at < 0 ? `${body}

${note}` : `${body.slice(0, at)}${note}

${body.slice(at)}`;
}

// src/github/lock.ts
var tails = /* @__PURE__ */ new Map();
async function withLock(key, task) {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(task, task);
  const tail = run.catch(() => void 0);
  tails.set(key, tail);
  try {
    return await run;
  } finally {
    if (tails.get(key) === tail) tails.delete(key);
  }
}

// src/report/normalize.ts
import { createHash } from "node:crypto";
function normalizeText(text) {
  return text.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
function tokens(text) {
  return normalizeText(text).split(" ").filter(Boolean);
}
function tokenOverlap(a, b) {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 && tb.length === 0) return 1;
  const counts = /* @__PURE__ */ new Map();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of tb) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(t, n - 1);
    }
  }
  return shared / Math.max(ta.length, tb.length);
}
function derivedKey(title) {
  return `h${createHash("sha256").update(normalizeText(title)).digest("hex").slice(0, 10)}`;
}
function explicitKey(id) {
  return id.replace(/[^\w.-]+/g, "-").slice(0, 64);
}

// src/report/parse.ts
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";

// src/report/html.ts
import { fromHtml } from "hast-util-from-html";

// src/report/inline.ts
var breakTag = /^<br\s*\/?>$/i;
var idComment = /^<!--\s*id:\s*([\w.-]+)\s*-->$/i;
function flush(c) {
  const text = c.tokens.map((t) => t.text).join("");
  const visible = c.tokens.filter((t) => t.text.replace(/[\s:]/g, "") !== "");
  c.lines.push({
    text,
    line: c.tokens[0]?.line ?? c.line,
    styled: visible.length > 0 && visible.every((t) => t.styled),
    links: c.links,
    id: c.id
  });
  c.tokens = [];
  c.links = [];
  c.id = null;
}
function walk(node, c, styled) {
  const start = node.position?.start.line ?? c.line;
  switch (node.type) {
    case "text":
    case "inlineCode": {
      const parts = node.value.split("\n");
      parts.forEach((part, i) => {
        if (i > 0) {
          flush(c);
          c.line = start + i;
        }
        c.tokens.push({ text: part, line: node.type === "text" ? start + i : start, styled });
      });
      return;
    }
    case "break":
      flush(c);
      c.line = start + 1;
      return;
    case "html": {
      const value = node.value.trim();
      if (breakTag.test(value)) {
        flush(c);
        return;
      }
      const id = idComment.exec(value);
      if (id?.[1]) c.id = id[1];
      return;
    }
    case "image":
    case "imageReference":
    case "footnoteReference":
      return;
    case "link":
      c.links.push(node.url);
      for (const child of node.children) walk(child, c, styled);
      return;
    case "strong":
    case "emphasis":
      for (const child of node.children) walk(child, c, true);
      return;
    default:
      if ("children" in node) for (const child of node.children) walk(child, c, styled);
  }
}
function inlineLines(children, firstLine2) {
  const c = { lines: [], tokens: [], links: [], id: null, line: firstLine2 };
  for (const child of children) walk(child, c, false);
  flush(c);
  return c.lines.map((l) => ({ ...l, text: cleanText(l.text) })).filter((l) => l.text !== "" || l.id !== null);
}
var shortcode = /(?<![\w:]):[a-z0-9_+-]*[a-z][a-z0-9_+-]*:(?![\w:])/g;
function cleanText(text) {
  return text.replace(shortcode, "").replace(/\s+/g, " ").trim();
}
function joinLines(lines) {
  const first = lines[0];
  if (!first) return null;
  return {
    text: lines.map((l) => l.text).join(" "),
    line: first.line,
    styled: lines.every((l) => l.styled),
    links: lines.flatMap((l) => l.links),
    id: lines.find((l) => l.id)?.id ?? null
  };
}

// src/report/html.ts
var blockTags = /* @__PURE__ */ new Set([
  "div",
  "section",
  "article",
  "details",
  "summary",
  "center",
  "main",
  "header",
  "footer",
  "blockquote"
]);
var styledTags = /* @__PURE__ */ new Set(["strong", "b", "em", "i"]);
var headingRank = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
var lineOf = (node, ctx) => (node.position?.start.line ?? 1) + ctx.offset;
var endLineOf = (node, ctx) => (node.position?.end.line ?? 1) + ctx.offset;
function inlineLines2(nodes, ctx) {
  const lines = [];
  let current = {
    parts: [],
    links: [],
    line: null
  };
  const flush2 = () => {
    const text = cleanText(current.parts.map((p) => p.text).join(""));
    const visible = current.parts.filter((p) => p.text.replace(/[\s:]/g, "") !== "");
    if (text !== "") {
      lines.push({
        text,
        line: current.line ?? 1,
        styled: visible.length > 0 && visible.every((p) => p.styled),
        links: current.links,
        id: null
      });
    }
    current = { parts: [], links: [], line: null };
  };
  const walk2 = (node, styled) => {
    if (node.type === "text") {
      if (current.line === null && node.value.trim() !== "") {
        const leading = node.value.slice(0, node.value.search(/\S/)).split("\n").length - 1;
        current.line = lineOf(node, ctx) + leading;
      }
      current.parts.push({ text: node.value, styled });
    } else if (node.type === "element") {
      if (node.tagName === "br") return flush2();
      if (node.tagName === "img" || node.tagName === "ul" || node.tagName === "ol") return;
      if (node.tagName === "a" && typeof node.properties.href === "string")
        current.links.push(node.properties.href);
      for (const child of node.children) walk2(child, styled || styledTags.has(node.tagName));
    }
  };
  for (const node of nodes) walk2(node, false);
  flush2();
  return lines;
}
function listEntries(list, ctx) {
  return list.children.filter((c) => c.type === "element" && c.tagName === "li").map((li) => liEntry(li, ctx));
}
function liEntry(li, ctx) {
  const nested = li.children.filter(
    (c) => c.type === "element" && (c.tagName === "ul" || c.tagName === "ol")
  );
  return {
    head: joinLines(inlineLines2(li.children, ctx)),
    checked: null,
    line: lineOf(li, ctx),
    children: nested.flatMap((list) => listEntries(list, ctx)),
    more: false
  };
}
function tableBlock(table, ctx) {
  const rows = [];
  const collect = (node) => {
    for (const child of node.children) {
      if (child.type !== "element") continue;
      if (child.tagName === "tr") rows.push(child);
      else collect(child);
    }
  };
  collect(table);
  const cells = (tr) => tr.children.filter((c) => c.type === "element" && (c.tagName === "td" || c.tagName === "th")).map(
    (cell2) => joinLines(inlineLines2(cell2.children, ctx)) ?? {
      text: "",
      line: lineOf(cell2, ctx),
      styled: false,
      links: [],
      id: null
    }
  );
  const [header, ...body] = rows;
  return {
    kind: "table",
    header: header ? cells(header).map((c) => c.text) : [],
    rows: body.map((tr) => ({ cells: cells(tr), line: lineOf(tr, ctx) })),
    line: lineOf(table, ctx),
    endLine: endLineOf(table, ctx)
  };
}
function blocksOf(nodes, ctx) {
  const blocks = [];
  let inline = [];
  const flushInline = () => {
    const lines = inlineLines2(inline, ctx);
    const last = inline[inline.length - 1];
    if (lines.length > 0 && last) blocks.push(...paragraphBlocks(lines, ctx.names, endLineOf(last, ctx)));
    inline = [];
  };
  for (const node of nodes) {
    if (node.type === "comment" || node.type === "doctype") continue;
    if (node.type === "text") {
      inline.push(node);
      continue;
    }
    if (node.type !== "element") continue;
    const rank = headingRank[node.tagName];
    if (rank !== void 0) {
      flushInline();
      const text = inlineLines2(node.children, ctx).map((l) => l.text).join(" ");
      blocks.push({ kind: "heading", rank, text, line: lineOf(node, ctx), endLine: endLineOf(node, ctx) });
    } else if (node.tagName === "ul" || node.tagName === "ol") {
      flushInline();
      blocks.push({
        kind: "list",
        entries: listEntries(node, ctx),
        line: lineOf(node, ctx),
        endLine: endLineOf(node, ctx)
      });
    } else if (node.tagName === "li") {
      flushInline();
      blocks.push({
        kind: "list",
        entries: [liEntry(node, ctx)],
        line: lineOf(node, ctx),
        endLine: endLineOf(node, ctx)
      });
    } else if (node.tagName === "p") {
      flushInline();
      const lines = inlineLines2(node.children, ctx);
      if (lines.length > 0) blocks.push(...paragraphBlocks(lines, ctx.names, endLineOf(node, ctx)));
    } else if (node.tagName === "table") {
      flushInline();
      blocks.push(tableBlock(node, ctx));
    } else if (blockTags.has(node.tagName)) {
      flushInline();
      blocks.push(...blocksOf(node.children, ctx));
    } else if (node.tagName === "hr" || node.tagName === "pre" || node.tagName === "script" || node.tagName === "style") {
      flushInline();
      blocks.push({ kind: "other", line: lineOf(node, ctx), endLine: endLineOf(node, ctx) });
    } else {
      inline.push(node);
    }
  }
  flushInline();
  return blocks;
}
function htmlBlocks(html, lineOffset, names2) {
  const tree = fromHtml(html, { fragment: true });
  return blocksOf(tree.children, { offset: lineOffset, names: names2 });
}

// src/report/vocabulary.ts
var defaultSectionNames = {
  corrective: [
    "corrective",
    "preventative",
    "preventive",
    "prevention",
    "action item",
    "action point",
    "actionable",
    "follow up",
    "followup",
    "remediation",
    "next step",
    "to do",
    "todo",
    "what we re doing",
    "what we are doing",
    "what we re changing",
    "what we are changing",
    "what we will do",
    "what we ll do",
    "what we re going to do",
    "going forward",
    "recurrence"
  ],
  lessons: [
    "lesson",
    "learning",
    "learned",
    "learnt",
    "went well",
    "went wrong",
    "could be improved",
    "takeaway",
    "got lucky",
    "retrospective"
  ],
  timeline: ["timeline", "time line", "chronology", "sequence of events"],
  rootCause: ["root cause", "cause", "resolution", "contributing factor", "trigger", "what happened"],
  summary: ["summary", "overview", "tl dr", "tldr", "abstract"],
  improvements: ["improvement", "fix", "enhancement", "measure", "recommendation"],
  tasks: ["task", "action item", "action point", "to do", "todo", "next step", "follow up", "followup"],
  closing: [
    "conclusion",
    "final thought",
    "closing",
    "appendix",
    "reference",
    "acknowledg",
    "glossary",
    "supporting",
    "what happens now"
  ]
};
function normalizeHeading(text) {
  return text.toLowerCase().replace(/&/g, " and ").replace(/[^\p{L}\p{N}]+/gu, " ").replace(/^\s*(?:\d+|[ivx]+)\s+/u, " ").trim();
}
var prepared = /* @__PURE__ */ new WeakMap();
function matchesAny(normalized, phrases) {
  let list = prepared.get(phrases);
  if (!list) {
    list = phrases.map((phrase) => ` ${normalizeHeading(phrase)}`);
    prepared.set(phrases, list);
  }
  const padded = ` ${normalized}`;
  return list.some((phrase) => padded.includes(phrase));
}
var kindOrder = ["corrective", "lessons", "timeline", "rootCause", "summary"];
function classifyHeading(text, names2) {
  const normalized = normalizeHeading(text);
  if (normalized === "") return null;
  return kindOrder.find((kind) => matchesAny(normalized, names2[kind])) ?? null;
}
function isTasksHeading(text, names2) {
  return matchesAny(normalizeHeading(text), names2.tasks);
}
function continuesCorrective(text, names2) {
  const normalized = normalizeHeading(text);
  if (classifyHeading(text, names2) === "corrective") return true;
  if (classifyHeading(text, names2) !== null) return false;
  return matchesAny(normalized, names2.improvements) || matchesAny(normalized, names2.tasks);
}
function namesCorrectivePart(text, names2) {
  const normalized = ` ${normalizeHeading(text)}`;
  return [names2.corrective, names2.improvements, names2.tasks].some((phrases) => {
    matchesAny("", phrases);
    return (prepared.get(phrases) ?? []).some((phrase) => normalized.startsWith(phrase));
  });
}
function isClosingHeading(text, names2) {
  return matchesAny(normalizeHeading(text), names2.closing);
}
function isKnownHeading(text, names2) {
  return classifyHeading(text, names2) !== null || continuesCorrective(text, names2) || isClosingHeading(text, names2);
}

// src/report/blocks.ts
var BOLD_RANK = 7;
var PLAIN_RANK = 8;
function span(node, offset = 0) {
  return {
    line: (node.position?.start.line ?? 1) + offset,
    endLine: (node.position?.end.line ?? 1) + offset
  };
}
var wordCount = (text) => text.split(/\s+/).filter(Boolean).length;
var endsSentence = (text) => /[.!?…]["'”’)]?$/.test(text);
function pseudoHeading(line, names2) {
  const atx = /^(#{1,6})(?=[^\s#])(.*)$/.exec(line.text);
  if (atx?.[1] && atx[2]) return { rank: atx[1].length, text: atx[2].trim() };
  if (endsSentence(line.text)) return null;
  if (line.styled && wordCount(line.text) <= 12) return { rank: BOLD_RANK, text: line.text };
  if (wordCount(line.text) <= 6 && !/:\s+\S/.test(line.text) && isKnownHeading(line.text, names2)) {
    return { rank: PLAIN_RANK, text: line.text };
  }
  return null;
}
function continues(prev, next) {
  if (/[,\-–—(]$/.test(prev.text)) return true;
  return !/[.!?:;)"'”’…]$/.test(prev.text) && /^[\p{Ll}(]/u.test(next.text);
}
function mergeWrapped(lines) {
  const out = [];
  let run = [];
  for (const line of lines) {
    const last = run[run.length - 1];
    if (last && !continues(last, line)) {
      const joined2 = joinLines(run);
      if (joined2) out.push(joined2);
      run = [];
    }
    run.push(line);
  }
  const joined = joinLines(run);
  if (joined) out.push(joined);
  return out;
}
function paragraphBlocks(lines, names2, endLine) {
  const blocks = [];
  let run = [];
  const flushRun = (end) => {
    const first = run[0];
    if (first) blocks.push({ kind: "paragraph", lines: mergeWrapped(run), line: first.line, endLine: end });
    run = [];
  };
  for (const line of lines) {
    const heading = pseudoHeading(line, names2);
    if (heading) {
      flushRun(line.line - 1);
      blocks.push({ kind: "heading", ...heading, line: line.line, endLine: line.line });
    } else {
      run.push(line);
    }
  }
  flushRun(endLine);
  return blocks;
}
function listEntry(item) {
  const [first, ...rest] = item.children;
  const head = first?.type === "paragraph" ? joinLines(inlineLines(first.children, span(first).line)) : null;
  const children = [];
  let more = false;
  for (const child of first?.type === "paragraph" ? rest : item.children) {
    if (child.type === "list") children.push(...child.children.map(listEntry));
    else more = true;
  }
  return { head, checked: item.checked ?? null, line: span(item).line, children, more };
}
function tableBlock2(table) {
  const [header, ...rows] = table.children;
  const cellLines = (row) => row.children.map(
    (cell2) => joinLines(inlineLines(cell2.children, span(cell2).line)) ?? emptyLine(span(cell2).line)
  );
  return {
    kind: "table",
    header: header ? cellLines(header).map((cell2) => cell2.text) : [],
    rows: rows.map((row) => ({ cells: cellLines(row), line: span(row).line })),
    ...span(table)
  };
}
function emptyLine(line) {
  return { text: "", line, styled: false, links: [], id: null };
}
function nodeBlocks(node, names2) {
  switch (node.type) {
    case "heading": {
      const lines = inlineLines(node.children, span(node).line);
      return [{ kind: "heading", rank: node.depth, text: lines.map((l) => l.text).join(" "), ...span(node) }];
    }
    case "paragraph":
      return paragraphBlocks(inlineLines(node.children, span(node).line), names2, span(node).endLine);
    case "list":
      return [{ kind: "list", entries: node.children.map(listEntry), ...span(node) }];
    case "table":
      return [tableBlock2(node)];
    case "html":
      return htmlBlocks(node.value, span(node).line - 1, names2);
    default:
      return [{ kind: "other", ...span(node) }];
  }
}
function documentBlocks(root, names2) {
  return root.children.flatMap((node) => nodeBlocks(node, names2));
}
function proseLines(blocks) {
  const out = [];
  const entry = (e) => {
    if (e.head && e.head.text !== "") out.push({ line: e.head.line, text: e.head.text, kind: "item" });
    for (const child of e.children) entry(child);
  };
  for (const block of blocks) {
    if (block.kind === "heading") out.push({ line: block.line, text: block.text, kind: "heading" });
    else if (block.kind === "paragraph")
      for (const l of block.lines) out.push({ line: l.line, text: l.text, kind: "paragraph" });
    else if (block.kind === "list") for (const e of block.entries) entry(e);
    else if (block.kind === "table") {
      for (const row of block.rows)
        out.push({ line: row.line, text: row.cells.map((c) => c.text).join(" | "), kind: "row" });
    }
  }
  return out;
}

// src/report/front-matter.ts
import matter from "gray-matter";
import { parse as parseYaml } from "yaml";
function plain(value) {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().replace(/T00:00:00\.000Z$/, "");
  }
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}
function closingLine(lines) {
  if (lines[0]?.trimEnd() !== "---") return -1;
  return lines.findIndex((line, i) => i > 0 && (line.trimEnd() === "---" || line.trimEnd() === "..."));
}
function readFrontMatter(text) {
  const lines = text.split("\n");
  const close2 = closingLine(lines);
  if (close2 < 0) return { data: {}, body: text, error: null };
  const body = "\n".repeat(close2 + 1) + lines.slice(close2 + 1).join("\n");
  try {
    const parsed = matter(lines.slice(0, close2 + 1).join("\n"), {
      language: "yaml",
      engines: { yaml: (text2) => parseYaml(text2) }
    });
    const data = parsed.data && typeof parsed.data === "object" ? plain(parsed.data) : {};
    return { data, body, error: null };
  } catch (error) {
    const message = error.message ?? "unreadable";
    const at = / at line (\d+), column \d+/.exec(message);
    const line = at ? Number(at[1]) : 1;
    const reason = message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "");
    return { data: {}, body, error: { message: `front matter is not valid YAML: ${reason}`, line } };
  }
}

// src/report/items.ts
var words = (text) => text.split(/\s+/).filter(Boolean).length;
var endsWithColon = (text) => /:\s*$/.test(text);
var stripColon = (text) => text.replace(/\s*:\s*$/, "");
var columnRoles = [
  ["owner", /owner|\bwho\b|assignee|assigned|responsible|\bdri\b/i],
  ["due", /\bdue\b|deadline|\beta\b|target|\bwhen\b|date/i],
  ["priority", /priority|\bprio\b|\bsev/i],
  ["type", /\btype\b|category|\bkind\b/i],
  ["ref", /\bbug|issue|ticket|tracking|jira|\blink|\bpr\b|reference/i],
  ["status", /status|\bstate\b|\bdone\b|complete/i],
  ["item", /action|item|task|measure|follow|to ?do|\bwhat\b|description|title|remediation|step/i]
];
function columnMap(header) {
  const roles = /* @__PURE__ */ new Map();
  header.forEach((cell2, index) => {
    const role = columnRoles.find(([r, re]) => re.test(cell2) && ![...roles.values()].includes(r))?.[0];
    if (role) roles.set(index, role);
  });
  if (![...roles.values()].includes("item")) {
    const free = header.findIndex((_, index) => !roles.has(index));
    if (free >= 0) roles.set(free, "item");
  }
  return roles;
}
var isDone = (text) => /^(?:done|completed?|closed|fixed|resolved|yes|✅|✔️?|☑️?)$/i.test(text.trim());
function tableCandidates(table, labels) {
  const roles = columnMap(table.header);
  return table.rows.flatMap((row) => {
    const cells = {};
    row.cells.forEach((cell2, index) => {
      const role = roles.get(index);
      if (role) cells[role] = cell2;
    });
    const head = cells.item;
    if (!head || head.text === "") return [];
    const doneInRef = /(?:^|\s)DONE$/.test((cells.ref?.text ?? "").trim());
    return [{ head, checked: isDone(cells.status?.text ?? "") || doneInRef, labels, cells }];
  });
}
var hasItemColumn = (table) => table.header.some((cell2) => columnRoles.find(([, re]) => re.test(cell2))?.[0] === "item");
function isCategory(entry, names2) {
  const text = entry.head?.text ?? "";
  if (entry.children.length === 0 || text === "" || words(text) > 8) return false;
  if (namesCorrectivePart(text, names2) && (endsWithColon(text) || entry.head?.styled)) return true;
  return entry.children.length >= 2 && (endsWithColon(text) || entry.head?.styled === true);
}
function isTitleWithElaboration(entry) {
  const text = entry.head?.text ?? "";
  return entry.children.length === 1 && !entry.more && words(text) <= 10 && (endsWithColon(text) || entry.head?.styled === true) && (entry.children[0]?.children.length ?? 0) === 0;
}
function entryCandidates(entry, labels, names2) {
  const head = entry.head;
  if (!head || head.text === "")
    return entry.children.flatMap((child2) => entryCandidates(child2, labels, names2));
  if (isCategory(entry, names2)) {
    return entry.children.flatMap((child2) => entryCandidates(child2, [...labels, head.text], names2));
  }
  const child = entry.children[0]?.head;
  if (child && isTitleWithElaboration(entry)) {
    const joined = {
      ...head,
      text: `${stripColon(head.text)}: ${child.text}`,
      links: [...head.links, ...child.links]
    };
    return [{ head: joined, checked: entry.checked === true, labels, cells: {} }];
  }
  return [{ head, checked: entry.checked === true, labels, cells: {} }];
}
var sentenceCount = (text) => text.split(/[.!?]+(?:\s+|$)/).filter((s) => s.trim() !== "").length;
var announces = /\b(?:the following|as follows|below)\b/i;
function isActionLine(line) {
  return !endsWithColon(line.text) && !announces.test(line.text) && sentenceCount(line.text) <= 2 && line.text.length <= 250;
}
function groups(section) {
  const stack = [];
  const out = [{ labels: [section.title], blocks: [] }];
  for (const block of section.blocks) {
    if (block.kind === "heading") {
      while (stack.length > 0 && (stack[stack.length - 1]?.rank ?? 0) >= block.rank) stack.pop();
      stack.push({ rank: block.rank, text: block.text });
      out.push({ labels: [section.title, ...stack.map((s) => s.text)], blocks: [] });
    } else {
      out[out.length - 1]?.blocks.push(block);
    }
  }
  return out;
}
function groupCandidates(group, names2) {
  const tables = group.blocks.filter((b) => b.kind === "table");
  const itemTables = tables.filter(hasItemColumn);
  if (itemTables.length > 0) return itemTables.flatMap((t) => tableCandidates(t, group.labels));
  const lists = group.blocks.filter((b) => b.kind === "list");
  if (lists.length > 0)
    return lists.flatMap((l) => l.entries.flatMap((e) => entryCandidates(e, group.labels, names2)));
  if (tables.length > 0) return tables.flatMap((t) => tableCandidates(t, group.labels));
  const paragraphs = group.blocks.filter((b) => b.kind === "paragraph");
  const listLike = paragraphs.filter((p) => p.lines.length >= 2);
  const lines = (listLike.length > 0 ? listLike : paragraphs).flatMap((p) => p.lines);
  return lines.filter(isActionLine).map((head) => ({ head, checked: false, labels: group.labels, cells: {} }));
}
var hasListLike = (group) => group.blocks.some(
  (b) => b.kind === "list" || b.kind === "table" || b.kind === "paragraph" && b.lines.length >= 2
);
function sectionCandidates(section, names2) {
  const parts = groups(section);
  const [intro, ...rest] = parts;
  const introOnly = intro !== void 0 && !hasListLike(intro) && rest.some(hasListLike);
  return (introOnly ? rest : parts).flatMap((group) => groupCandidates(group, names2));
}
function isTaskCandidate(candidate, names2) {
  const nearest = candidate.labels[candidate.labels.length - 1];
  return nearest !== void 0 && isTasksHeading(nearest, names2);
}
var actionLabel = /^(?:action(?: item| point)?|todo|to do|follow[- ]?up|next step)\s*:/i;
var directive = /^(?:never|always|don'?t|do not|avoid|add|implement|create|ensure|make sure|set up|enable|disable|improve|introduce|automate|document|monitor|alert|review|update|upgrade|build|establish|define|require|use|move|migrate|write|test|run|schedule|train|fix|remove|replace|limit|increase|reduce)\b/i;
function lessonCandidates(section) {
  const out = [];
  for (const block of section.blocks) {
    if (block.kind === "paragraph") {
      for (const line of block.lines) {
        if (actionLabel.test(line.text))
          out.push({ head: line, checked: false, labels: [section.title], cells: {} });
      }
    } else if (block.kind === "list") {
      for (const entry of block.entries) {
        const head = entry.head;
        if (head && (actionLabel.test(head.text) || directive.test(head.text))) {
          out.push({ head, checked: entry.checked === true, labels: [section.title], cells: {} });
        }
      }
    }
  }
  return out;
}

// src/report/dates.ts
import { DateTime } from "luxon";
var month = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
var isoDate = "\\d{4}-\\d{2}-\\d{2}(?![\\d:T])|\\d{4}/\\d{1,2}/\\d{1,2}";
var datePattern = `(?:${isoDate}|${month}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${month}\\.?,?\\s+\\d{4})`;
var formats = ["yyyy-MM-dd", "yyyy/M/d", "MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy"];
function readDate(text) {
  const cleaned = text.replace(/(\d)(st|nd|rd|th)\b/gi, "$1").replace(/[.,]/g, " ").replace(/\s+/g, " ").trim().replace(new RegExp("\\b(\\p{L})(\\p{L}*)", "gu"), (_, a, b) => a.toUpperCase() + b.toLowerCase()).replace(/\bSept\b/, "Sep");
  for (const format of formats) {
    const date = DateTime.fromFormat(cleaned, format, { zone: "utc", locale: "en-US" });
    if (date.isValid) return { iso: date.toISODate() ?? cleaned };
  }
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(cleaned);
  if (iso) {
    const date = DateTime.utc(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return { invalid: date.invalidExplanation ?? "not a real date" };
  }
  const parts = DateTime.fromFormat(cleaned, "MMMM d yyyy", { zone: "utc", locale: "en-US" });
  return { invalid: parts.invalidExplanation ?? "not a real date" };
}

// src/report/metadata.ts
var login = "[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:/[A-Za-z0-9][\\w.-]*)?";
var mention = new RegExp(`(?<![\\w@./\`])@(${login})`, "g");
var mentionToken = new RegExp(`^[,;(\\[\u2014\u2013-]*@${login}[)\\],;]*$`);
var ownerPhrase = /[([]?\b(?:owners?|assignees?|assigned to|dri)\s*[:=-]\s*([^()[\],;|.]+?)\s*(?:[)\]]|(?=[,;|.]|$))/i;
var bracketName = new RegExp("\\s*\\[(\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*){0,2})\\]\\s*$", "u");
var dueMarker = "(?:\u{1F4C5}|\u{1F5D3}\uFE0F?|\\bdue(?:\\s+(?:date|by|on))?|\\bdeadline|\\bby|\\bbefore|\\buntil|\\btarget(?:\\s+date)?|\\beta|\\bscheduled?\\s+for)";
var dueWithMarker = new RegExp(`(${dueMarker})\\s*[:=\u2013-]?\\s*(${datePattern})`, "i");
var narrative = /\b(?:from|to|on|since|after|at|in|between|and|until|till|through|expires?|expired|expiring|started|ended|of)\s*$/i;
function bareIsoDate(text) {
  for (const m of text.matchAll(new RegExp(`(?<![\\w/-])(${isoDate})`, "g"))) {
    if (!narrative.test(text.slice(0, m.index))) return m;
  }
  return null;
}
var priorityTag = /(?<![\w-])p([0-4])(?![\w-])/i;
var priorityWord = /\b(?:priority\s*[:=-]?\s*(critical|urgent|highest|high|medium|normal|low|lowest)|(critical|urgent|highest|high|medium|normal|low|lowest)[- ]priority)\b/i;
var priorityByWord = {
  critical: "P0",
  urgent: "P0",
  highest: "P0",
  high: "P1",
  medium: "P2",
  normal: "P2",
  low: "P3",
  lowest: "P4"
};
var typeByWord = {
  prevent: "prevent",
  prevention: "prevent",
  preventive: "prevent",
  preventative: "prevent",
  mitigate: "mitigate",
  mitigation: "mitigate",
  detect: "detect",
  detection: "detect",
  process: "process",
  repair: "repair",
  investigate: "investigate",
  investigation: "investigate"
};
var typeWords = Object.keys(typeByWord).join("|");
var typeTag = new RegExp(`(?:\\btype\\s*[:=]\\s*(${typeWords})\\b|[[(](${typeWords})[\\])])`, "i");
var issueUrl = /^https?:\/\/[^/\s]+\/([\w.-]+)\/([\w.-]+)\/(?:issues|pull)\/(\d+)\b/;
var issueRefText = /(?<![\w/#&])(?:([A-Za-z0-9][\w.-]*)\/([\w.-]+))?#(\d+)\b/;
var refMention = new RegExp(
  `[(\\[]\\s*(?:(?:tracked|filed|followed)\\s+(?:in|by|as)|see|refs?|issue|bug|ticket)?\\s*${issueRefText.source}\\s*[)\\]]`,
  "gi"
);
var idTag = /\s*(?:[[({]\s*id\s*[:=]\s*([\w.-]+)\s*[\])}]|\{#([\w.-]+)\}|(?<!\w)id\s*[:=]\s*([\w.-]+))/i;
var reserved = /* @__PURE__ */ new Set([
  "done",
  "todo",
  "wip",
  "closed",
  "open",
  "fixed",
  "blocked",
  "draft",
  ...Object.keys(typeByWord)
]);
var refBefore = /(?:\b(?:see|in|issue|bug|ticket|fixes|fixed in|closes|refs?|via|per|tracked (?:in|by|as)|filed as)|[([:])\s*$/i;
var refAfter = /^\s*(?:$|[)\],;—–|]|-\s|@|📅|\b(?:due|p[0-4]|type|id)\b)/i;
function references(text) {
  const scan = text.replace(/https?:\/\/\S+/g, (u) => issueUrl.test(u) ? u : " ".repeat(u.length));
  const out = [];
  for (const m of scan.matchAll(new RegExp(issueRefText.source, "g"))) {
    const full = Boolean(m[1] && m[2]);
    const before = scan.slice(0, m.index);
    const after = scan.slice(m.index + m[0].length);
    if (!full && !refBefore.test(before) && !refAfter.test(after)) continue;
    out.push({
      match: m,
      ref: full ? { owner: m[1], repo: m[2], number: Number(m[3]) } : { number: Number(m[3]) }
    });
  }
  return out;
}
function firstRef(text, links) {
  for (const link of links) {
    const m = issueUrl.exec(link);
    if (m?.[1] && m[2]) return { owner: m[1], repo: m[2], number: Number(m[3]) };
  }
  for (const url of text.match(/https?:\/\/\S+/g) ?? []) {
    const m = issueUrl.exec(url);
    if (m?.[1] && m[2]) return { owner: m[1], repo: m[2], number: Number(m[3]) };
  }
  return references(text)[0]?.ref ?? null;
}
function splitOwners(text) {
  return text.split(/[,;&]|\band\b|\s\/\s/).map((s) => s.trim()).filter((s) => s !== "" && s !== "-" && !reserved.has(s.toLowerCase()));
}
function readPriority(text, wholeCell) {
  const tag = priorityTag.exec(text);
  if (tag) return `P${tag[1]}`;
  const word = priorityWord.exec(text);
  const value = word?.[1] ?? word?.[2] ?? (wholeCell ? text.trim() : void 0);
  return value ? priorityByWord[value.toLowerCase()] ?? null : null;
}
function readType(text, wholeCell) {
  const tag = typeTag.exec(text);
  const value = tag?.[1] ?? tag?.[2] ?? (wholeCell ? /^\s*([a-z]+)/i.exec(text)?.[1] : void 0);
  return value ? typeByWord[value.toLowerCase()] ?? null : null;
}
function withoutTrailingMentions(title) {
  const words2 = title.split(" ");
  while (words2.length > 1 && mentionToken.test(words2[words2.length - 1] ?? "")) words2.pop();
  return words2.join(" ");
}
function tidy(title) {
  return title.replace(/\(\s*[,;]?\s*\)|\[\s*\]/g, "").replace(/\s+([,.;:!?])/g, "$1").replace(/\s+/g, " ").replace(/^[\s,;:.|—–-]+|[\s,;:|—–-]+$/g, "").trim();
}
function readMetadata(head, cells = {}) {
  let title = head.text;
  const problems = [];
  const owners = [];
  let due = null;
  const dueSource = cells.due?.text ?? "";
  const marked = dueSource ? null : dueWithMarker.exec(title);
  const bare = dueSource || marked ? null : bareIsoDate(title);
  const dateText = dueSource ? new RegExp(datePattern, "i").exec(dueSource)?.[0] ?? null : marked?.[2] ?? bare?.[1] ?? null;
  if (dueSource.trim() !== "" && !dateText && !/^(?:-|–|n\/a|none|tbd)$/i.test(dueSource.trim())) {
    problems.push(`due date "${dueSource.trim()}" could not be read: write it as YYYY-MM-DD`);
  }
  if (dateText) {
    const result = readDate(dateText);
    if ("iso" in result) due = result.iso;
    else problems.push(`due date "${dateText}" is not a real date (${result.invalid})`);
    const tagLike = marked && (/^(?:📅|🗓|due)/i.test(marked[1] ?? "") || new RegExp(`^(?:${isoDate})$`).test(dateText));
    if (tagLike && marked) title = title.replace(marked[0], " ");
    else if (bare) title = title.replace(bare[0], " ");
  }
  const priority = cells.priority ? readPriority(cells.priority.text, true) : readPriority(title, false);
  if (!cells.priority)
    title = title.replace(
      /[[(]?\bpriority\s*[:=-]\s*\w+[\])]?|[[(]p[0-4][\])]|(?<![\w-])p[0-4](?![\w-])/gi,
      " "
    );
  const type = cells.type ? readType(cells.type.text, true) : readType(title, false);
  if (!cells.type) title = title.replace(typeTag, " ");
  const ref2 = cells.ref ? firstRef(cells.ref.text, cells.ref.links) : firstRef(title, head.links);
  if (!cells.ref) {
    title = title.replace(/https?:\/\/\S+?\/(?:issues|pull)\/\d+[^\s)]*/g, " ").replace(refMention, " ");
    for (const { match } of references(title).reverse()) {
      title = `${title.slice(0, match.index)} ${title.slice(match.index + match[0].length)}`;
    }
  }
  const idMatch = idTag.exec(title);
  const id = head.id ?? idMatch?.[1] ?? idMatch?.[2] ?? idMatch?.[3] ?? null;
  if (idMatch) title = title.replace(idMatch[0], " ");
  const phrase = ownerPhrase.exec(title);
  const placed = phrase && (/^[([]/.test(phrase[0]) || /(?:^|[,;—–|(-])\s*$/.test(title.slice(0, phrase.index)));
  if (phrase?.[1] && placed) {
    owners.push(...splitOwners(phrase[1]));
    title = title.replace(phrase[0], " ");
  }
  for (const m of title.matchAll(mention)) if (m[1]) owners.push(`@${m[1]}`);
  title = withoutTrailingMentions(tidy(title));
  const bracket = bracketName.exec(title);
  if (bracket?.[1] && !reserved.has(bracket[1].toLowerCase()) && !priorityTag.test(bracket[1])) {
    owners.push(bracket[1]);
    title = title.replace(bracket[0], "");
  }
  if (cells.owner) owners.push(...splitOwners(cells.owner.text));
  return { owners: [...new Set(owners)], due, priority, type, ref: ref2, id, title: tidy(title), problems };
}

// src/report/sections.ts
function findSections(blocks, names2) {
  const sections = [];
  let open2 = null;
  for (const block of blocks) {
    if (block.kind === "heading") {
      const kind = classifyHeading(block.text, names2);
      if (open2) {
        const goesOn = open2.kind === "corrective" ? continuesCorrective(block.text, names2) || kind === null && !isClosingHeading(block.text, names2) && block.rank > open2.rank : kind === open2.kind ? block.rank > open2.rank : kind === null && !isClosingHeading(block.text, names2) && block.rank > open2.rank;
        if (goesOn) {
          open2.blocks.push(block);
          open2.endLine = block.endLine;
          continue;
        }
        open2 = null;
      }
      if (kind) {
        open2 = {
          kind,
          title: block.text,
          rank: block.rank,
          line: block.line,
          endLine: block.endLine,
          blocks: []
        };
        sections.push(open2);
      }
      continue;
    }
    if (open2) {
      open2.blocks.push(block);
      open2.endLine = block.endLine;
    }
  }
  return sections;
}

// src/report/parse.ts
function parseMarkdown(body) {
  return fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}
function reportTitle(frontMatter, blocks, path) {
  if (typeof frontMatter.title === "string" && frontMatter.title.trim() !== "")
    return frontMatter.title.trim();
  const headings = blocks.filter((b) => b.kind === "heading");
  const best = headings.reduce(
    (a, b) => !a || b.rank < a.rank ? b : a,
    void 0
  );
  if (best && best.rank <= 6) return best.text;
  const firstLine2 = blocks.find((b) => b.kind === "paragraph")?.lines[0]?.text;
  return headings[0]?.text ?? firstLine2 ?? path.replace(/^.*\//, "").replace(/\.md$/i, "");
}
function groupOf(candidate, mixed, names2) {
  if (!mixed) return null;
  return isTaskCandidate(candidate, names2) ? "tasks" : "improvements";
}
function toItems(candidates, names2, file, warnings) {
  const mixedSections = /* @__PURE__ */ new Set();
  for (const section of new Set(candidates.map((c) => c.section))) {
    const inSection = candidates.filter((c) => c.section === section);
    const tasks = inSection.filter((c) => isTaskCandidate(c, names2)).length;
    if (tasks > 0 && tasks < inSection.length) mixedSections.add(section);
  }
  const seen = /* @__PURE__ */ new Map();
  return candidates.map((candidate) => {
    const meta = readMetadata(candidate.head, candidate.cells);
    const line = candidate.head.line;
    for (const problem of meta.problems) warnings.push({ severity: "warning", message: problem, file, line });
    let key = meta.id ? explicitKey(meta.id) : derivedKey(meta.title || candidate.head.text);
    const first = seen.get(key);
    if (first !== void 0) {
      warnings.push({
        severity: "warning",
        message: `action item repeats the one on line ${first}; it gets its own key`,
        file,
        line
      });
      let n = 2;
      while (seen.has(`${key}-${n}`)) n += 1;
      key = `${key}-${n}`;
    }
    seen.set(key, line);
    return {
      key,
      title: meta.title || candidate.head.text,
      text: candidate.head.text,
      line,
      checked: candidate.checked,
      owners: meta.owners,
      due: meta.due,
      priority: meta.priority,
      type: meta.type,
      ref: meta.ref,
      group: groupOf(candidate, mixedSections.has(candidate.section), names2),
      id: meta.id
    };
  });
}
function mergeNames(extra) {
  return extra ? { ...defaultSectionNames, ...extra } : defaultSectionNames;
}
function parseReport(input, options = {}) {
  const file = options.path ?? "<input>";
  const names2 = mergeNames(options.sectionNames);
  const warnings = [];
  const errors = [];
  const text = (typeof input === "string" ? input : "").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const front = readFrontMatter(text);
  if (front.error)
    errors.push({ severity: "error", message: front.error.message, file, line: front.error.line });
  let blocks = [];
  try {
    blocks = documentBlocks(parseMarkdown(front.body), names2);
  } catch (error) {
    errors.push({
      severity: "error",
      message: `could not read the Markdown: ${String(error)}`,
      file,
      line: 1
    });
  }
  const spans = findSections(blocks, names2);
  const corrective = spans.filter((s) => s.kind === "corrective");
  let candidates;
  if (corrective.length > 0) {
    candidates = corrective.flatMap(
      (s, section) => sectionCandidates(s, names2).map((c) => ({ ...c, section }))
    );
    if (candidates.length === 0) {
      const first = corrective[0];
      warnings.push({
        severity: "warning",
        message: `"${first.title}" has no action items: write each measure as a list item ("- [ ] ...") so it can be tracked`,
        file,
        line: first.line
      });
    }
  } else {
    const lessons2 = spans.filter((s) => s.kind === "lessons");
    candidates = lessons2.flatMap((s) => lessonCandidates(s));
    warnings.push({
      severity: "warning",
      message: candidates.length > 0 ? `no "Corrective and Preventative Measures" section; ${candidates.length} action item(s) were taken from "${lessons2[0]?.title}"` : `no "Corrective and Preventative Measures" section (or "Action items", "Next steps", "Follow-ups", "Remediation"), so there is nothing to track`,
      file,
      ...lessons2[0] ? { line: lessons2[0].line } : {}
    });
  }
  return {
    path: file,
    title: reportTitle(front.data, blocks, file),
    frontMatter: front.data,
    sections: spans.map(({ kind, title, line, endLine }) => ({ kind, title, line, endLine })),
    items: toItems(candidates, names2, file, warnings),
    prose: proseLines(blocks),
    warnings,
    errors
  };
}

// src/review/actionable.ts
var itemOwner = {
  id: "item-owner",
  level: "warning",
  description: "Each action item has an owner.",
  check(report) {
    return report.items.filter((i) => !i.checked && i.owners.length === 0 && !i.ref).map((i) => ({
      message: `"${i.title}" has no owner`,
      line: i.line,
      suggestion: "Name who will do it: @login or @org/team."
    }));
  }
};
var itemDue = {
  id: "item-due",
  level: "warning",
  description: "Each action item has a due date or a priority.",
  check(report) {
    return report.items.filter((i) => !i.checked && !i.due && !i.priority).map((i) => ({
      message: `"${i.title}" has neither a due date nor a priority`,
      line: i.line,
      suggestion: 'Add "due: YYYY-MM-DD" or a priority (P0-P4).'
    }));
  }
};
var vague = /^(?:investigate|look into|explore|consider|think about|discuss|evaluate|research|improve|enhance|review|revisit|assess|better|more)\b/i;
var measurable = /\d|\b(?:alert|runbook|dashboard|test|check|limit|timeout|ci|lint|slo|sla|document|script|flag|playbook|policy|owner)s?\b/i;
var itemVague = {
  id: "item-vague",
  level: "warning",
  description: 'Action items are specific: "investigate", "look into" or "improve X" need a measurable end.',
  check(report) {
    return report.items.filter((i) => !i.checked && vague.test(i.title) && !measurable.test(i.title)).map((i) => ({
      message: `"${i.title}" is not actionable as written: it names an activity, not an outcome`,
      line: i.line,
      suggestion: 'Say what will be true when it is done, e.g. "Alert when p99 latency exceeds 500 ms for 5 minutes".'
    }));
  }
};
var itemTypes = {
  id: "item-types",
  level: "notice",
  description: "Where items have types, at least one prevents or detects.",
  check(report) {
    const typed = report.items.filter((i) => i.type);
    if (typed.length === 0 || typed.some((i) => i.type === "prevent" || i.type === "detect")) return [];
    return [
      {
        message: "no action item prevents or detects a recurrence",
        line: typed[0]?.line ?? 1,
        suggestion: "Add an item of type prevent or detect."
      }
    ];
  }
};
var actionableRules = [itemOwner, itemDue, itemVague, itemTypes];

// src/review/blameless.ts
var defaultBlamelessPhrases = [
  { phrase: "human error", rewrite: "name the gap in tooling or process that let the mistake through" },
  { phrase: "operator error", rewrite: "name the gap in tooling or process that let the mistake through" },
  {
    phrase: "should have",
    rewrite: 'say what the process or tooling did not do ("the checklist did not include ...")'
  },
  { phrase: "shouldn't have", rewrite: "say what safeguard was missing" },
  { phrase: "careless", rewrite: "describe the conditions (time pressure, missing review) instead" },
  { phrase: "carelessness", rewrite: "describe the conditions (time pressure, missing review) instead" },
  { phrase: "negligence", rewrite: "describe the missing safeguard instead" },
  { phrase: "negligent", rewrite: "describe the missing safeguard instead" },
  { phrase: "fault of", rewrite: "describe the chain of events, not whose fault it was" },
  { phrase: "to blame", rewrite: "describe the chain of events, not who is to blame" },
  { phrase: "blame", rewrite: "describe the chain of events instead" },
  { phrase: "incompetent", rewrite: "describe what knowledge or tooling was missing" },
  { phrase: "stupid", rewrite: "describe what made the mistake easy to make" },
  { phrase: "sloppy", rewrite: "describe what made the mistake easy to make" },
  { phrase: "lazy", rewrite: "describe the conditions instead" },
  {
    phrase: "bad engineers",
    rewrite: "describe the conditions (fatigue, staffing) that the process should handle"
  }
];
var escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var notPeople = new Set(
  "The It We They This That These Those There Our Their Nobody Someone Everyone No One Team Service System Deploy Deployment Monitoring Alerting Engineers Engineer Operators Operator Users User Customers On-call Oncall Automation Nothing Each Every If When While After Before Then And But Also Database Server Cluster Pipeline Job".split(
    " "
  )
);
var failure = /(?:(?:^|[.;:!?,(]\s*|\band\s+|\bthen\s+)(@[\w-]+)\s+(forgot|broke|missed|messed up|screwed up|ignored|neglected|overlooked|failed to|did not|didn't|mistakenly|accidentally|carelessly|wrongly)|\b([A-Z][a-z]+)\s+(forgot|messed up|screwed up|neglected))\b/g;
var innocent = /\bgit blame\b|\blazy[- ](?:load|loading|loaded|init|initiali[sz]ation|evaluation)\b|\b(?:nobody|no one|not) (?:is |was |are |were )?to blame\b|\bno blame\b|\bblameless\b/gi;
var blamelessRule = {
  id: "blameless",
  level: "warning",
  description: "The report is blameless: it names system weaknesses, not people at fault.",
  check(report, phrases) {
    const out = [];
    const patterns = phrases.map((p) => ({ ...p, re: new RegExp(`\\b${escapeRegExp(p.phrase)}\\b`, "i") }));
    for (const line of report.prose) {
      const text = line.text.replace(innocent, " ");
      const found = patterns.find((p) => p.re.test(text));
      if (found) {
        out.push({
          message: `"${found.phrase}" puts the fault on people`,
          line: line.line,
          suggestion: found.rewrite
        });
        continue;
      }
      for (const m of text.matchAll(failure)) {
        const who = m[1] ?? m[3] ?? "";
        const verb = m[2] ?? m[4] ?? "";
        if (notPeople.has(who)) continue;
        out.push({
          message: `"${who} ${verb}" makes a person the subject of the failure`,
          line: line.line,
          suggestion: `describe what the system allowed: e.g. "the deploy went out without ..." rather than "${who} ${verb} ..."`
        });
        break;
      }
    }
    return out;
  }
};
var blamelessRules = [blamelessRule];

// src/review/structure.ts
import { DateTime as DateTime2 } from "luxon";

// src/review/types.ts
function sectionsOf(report, kind) {
  return report.sections.filter((s) => s.kind === kind);
}
function linesOf(report, sections) {
  return report.prose.filter((l) => sections.some((s) => l.line > s.line && l.line <= s.endLine));
}

// src/review/structure.ts
var names = {
  summary: "Issue Summary",
  timeline: "Timeline",
  rootCause: "Root Cause and Resolution",
  corrective: "Corrective and Preventative Measures",
  lessons: "Lessons Learned"
};
var firstLine = (report) => report.prose[0]?.line ?? 1;
function underHeading(report, title) {
  const out = [];
  let inside = false;
  for (const line of report.prose) {
    if (line.kind === "heading") inside = title.test(line.text);
    else if (inside) out.push(line);
  }
  return out;
}
var missingSections = {
  id: "sections",
  level: "warning",
  description: "The report has the five sections of the postmortem process.",
  check(report) {
    return Object.keys(names).filter((kind) => sectionsOf(report, kind).length === 0).map((kind) => ({
      message: `no "${names[kind]}" section`,
      line: firstLine(report),
      suggestion: `Add a "## ${names[kind]}" section, as the postmortem process describes.`
    }));
  }
};
var time = /(?:\b|(?<=T))(\d{1,2})(?::(\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?|\s*([ap]\.?m\.?))(?![\d:])/gi;
var zone = /\b(?:UTC|GMT|[ECMP][SD]?T|CES?T|EES?T|WES?T|BST|IST|JST|KST|AEST|AEDT|SGT|HKT|[A-Z][a-z]+\/[A-Z][A-Za-z_]+)\b|\dZ\b|(?:UTC|GMT)\s*[+\-−]\s*\d{1,2}|T\d{2}:\d{2}(?::\d{2})?[+-](?:0\d|1[0-4]):?\d{2}\b/;
var dates = new RegExp(datePattern, "gi");
function minutes(h, m, ampm) {
  let hour = Number(h) % 24;
  const half = ampm?.toLowerCase().replace(/\./g, "");
  if (half === "pm" && hour < 12) hour += 12;
  if (half === "am" && hour === 12) hour = 0;
  return hour * 60 + Number(m ?? 0);
}
var clock = (t) => minutes(t[1] ?? "0", t[2], t[3] ?? t[4]);
var summaryDuration = {
  id: "summary-duration",
  level: "warning",
  description: "The Issue Summary gives the duration: a start and an end time, with a time zone, the end after the start.",
  check(report) {
    const sections = sectionsOf(report, "summary");
    if (sections.length === 0) return [];
    const lines = linesOf(report, sections);
    const at = sections[0]?.line ?? 1;
    const line = lines.find(
      (l) => /\bduration\b|\bstart(ed)?\b|\bfrom\b.*\bto\b/i.test(l.text) && (l.text.match(time)?.length ?? 0) > 0
    );
    if (!line) {
      return [
        {
          message: "the Issue Summary does not give the duration with a start and an end time",
          line: at,
          suggestion: 'Add a line such as "**Duration:** 2026-11-03 14:12 to 15:04 UTC (52 minutes)".'
        }
      ];
    }
    const times = [...line.text.matchAll(time)];
    const out = [];
    if (times.length < 2)
      out.push({
        message: "the duration has a start but no end time",
        line: line.line,
        suggestion: 'Give both times, e.g. "14:12 to 15:04 UTC".'
      });
    if (!zone.test(line.text))
      out.push({
        message: "the duration's times have no time zone",
        line: line.line,
        suggestion: 'Name the zone: "14:12 to 15:04 UTC" or "(America/New_York)".'
      });
    if (times.length >= 2) {
      const [a, b] = times;
      const days = [...line.text.matchAll(dates)].flatMap((d) => {
        const read = readDate(d[0]);
        return "iso" in read ? [DateTime2.fromISO(read.iso)] : [];
      });
      const [first, second] = days;
      const dayShift = first && second ? Math.round(second.diff(first, "days").days) : 0;
      const start = a ? clock(a) : 0;
      const end = (b ? clock(b) : 0) + dayShift * 1440;
      if (end <= start && dayShift <= 0 && !/next day|\+1 ?d/i.test(line.text)) {
        out.push({
          message: "the duration ends before it starts",
          line: line.line,
          suggestion: "Check the times, or give the end's date when it is the next day."
        });
      }
    }
    return out;
  }
};
var summaryImpact = {
  id: "summary-impact",
  level: "warning",
  description: "The Issue Summary states the impact: what was affected, who, and what share of users.",
  check(report) {
    const sections = sectionsOf(report, "summary");
    if (sections.length === 0) return [];
    const lines = linesOf(report, sections);
    const impact = [...lines, ...underHeading(report, /\bimpact\b/i)].find(
      (l) => /\bimpact|affect|users?\b|customers?\b/i.test(l.text)
    );
    if (!impact)
      return [
        {
          message: "the Issue Summary does not describe the impact",
          line: sections[0]?.line ?? 1,
          suggestion: 'Say what was affected, who, and the share of users, e.g. "38% of checkout attempts failed".'
        }
      ];
    const share = [...lines, ...underHeading(report, /\bimpact\b/i)].some(
      (l) => /\d+(?:\.\d+)?\s*(?:%|percent)|\b(?:all|half|most|no|none of the)\s+(?:\w+\s+)?(?:users|customers|requests|calls|traffic|accounts)\b|\bno (?:user|customer) impact\b|\b\d[\d,]*\s+(?:of|out of)\s+\d|\b\d[\d,.]*\s*(?:k|m)?\s*(?:users|customers|requests|accounts)\b/i.test(
        l.text
      )
    );
    return share ? [] : [
      {
        message: "the impact does not say what share of users was affected",
        line: impact.line,
        suggestion: 'Add a number: "about 30% of users" or "11,400 customers".'
      }
    ];
  }
};
var summaryRootCause = {
  id: "summary-root-cause",
  level: "notice",
  description: "The Issue Summary names the root cause in brief.",
  check(report) {
    const sections = sectionsOf(report, "summary");
    if (sections.length === 0) return [];
    const said = sectionsOf(report, "rootCause").length > 0 || linesOf(report, sections).some((l) => /\b(?:root cause|caus(?:e|ed|es|ing))\b/i.test(l.text));
    return said ? [] : [
      {
        message: "the Issue Summary does not name the root cause",
        line: sections[0]?.line ?? 1,
        suggestion: 'Add a one-line "**Root cause:**" to the summary.'
      }
    ];
  }
};
var stages = [
  ["detection", /detect|alert|pag(?:e|ed|ing)|notic|report(?:ed)? by|monitor|fired/i],
  [
    "actions taken",
    /investigat|check|look(?:ed)? at|restart|roll(?:ed)?\s*back|revert|mitigat|deploy|scal|disable|tried|identified/i
  ],
  ["escalation", /escalat|joined|called|paged|notified|engaged|sev-?\d|incident (?:commander|declared)/i],
  ["resolution", /resolv|restor|recover|fixed|back to normal|closed|stable|normal/i]
];
var timeline = {
  id: "timeline",
  level: "warning",
  description: "Timeline entries carry times, run in order, and cover detection, actions, escalation and resolution.",
  check(report) {
    const sections = sectionsOf(report, "timeline");
    if (sections.length === 0) return [];
    const entries = linesOf(report, sections).filter((l) => l.kind !== "heading");
    const at = sections[0]?.line ?? 1;
    if (entries.length === 0) return [{ message: "the Timeline is empty", line: at }];
    const out = [];
    let previous = -1;
    let previousLine = 0;
    let previousDay = "";
    for (const e of entries) {
      const t = [...e.text.matchAll(time)][0];
      const day = /\d{4}-\d{2}-\d{2}/.exec(e.text)?.[0] ?? previousDay;
      if (!t) continue;
      const m = clock(t);
      if (previous >= 0 && day === previousDay && m < previous && previous - m < 3 * 60) {
        out.push({
          message: `this entry (${t[0].trim()}) comes before the entry on line ${previousLine}`,
          line: e.line,
          suggestion: "Keep the timeline in order."
        });
      }
      previous = m;
      previousLine = e.line;
      previousDay = day;
    }
    const untimed = entries.filter(
      (e) => e.kind !== "paragraph" && !/\b\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}/.test(e.text)
    );
    if (untimed.length > 0 && untimed.length === entries.filter((e) => e.kind !== "paragraph").length) {
      out.push({
        message: "the Timeline's entries have no times",
        line: at,
        suggestion: 'Start each entry with its time, e.g. "**14:12** Alert fires".'
      });
    }
    const text = entries.map((e) => e.text).join("\n");
    const missing = stages.filter(([, re]) => !re.test(text)).map(([name]) => name);
    if (missing.length > 0) {
      out.push({
        message: `the Timeline does not cover ${missing.join(", ")}`,
        line: at,
        suggestion: "Note when and how it was detected, what was done, who was brought in, and how it was resolved."
      });
    }
    return out;
  }
};
var rootCause = {
  id: "root-cause",
  level: "warning",
  description: "Root Cause and Resolution explains both the cause and how it was fixed.",
  check(report) {
    const sections = sectionsOf(report, "rootCause");
    if (sections.length === 0) return [];
    const text = linesOf(report, sections).map((l) => l.text).join(" ");
    const at = sections[0]?.line ?? 1;
    const out = [];
    if (text.split(/\s+/).filter(Boolean).length < 25) {
      out.push({
        message: "the root cause is explained in fewer than 25 words",
        line: at,
        suggestion: "Say what happened and why, in enough detail for someone who was not there."
      });
    }
    if (!/resolv|fix|restor|roll(?:ed)?\s*back|revert|mitigat|patch|correct/i.test(text)) {
      out.push({
        message: "Root Cause and Resolution does not say how it was resolved",
        line: at,
        suggestion: "Describe the immediate fix and the longer-term one."
      });
    }
    return out;
  }
};
var correctiveTasks = {
  id: "corrective-tasks",
  level: "error",
  description: "The corrective section holds at least one action item.",
  check(report) {
    const sections = sectionsOf(report, "corrective");
    if (sections.length === 0 || report.items.length > 0) return [];
    return [
      {
        message: "the corrective section has no action items",
        line: sections[0]?.line ?? 1,
        suggestion: 'List each measure as a task: "- [ ] Add an alert on pool saturation @owner due: 2026-12-15".'
      }
    ];
  }
};
var lessonParts = [
  ["what went well", /went well|worked well|good/i],
  ["what could be improved", /could be improved|went wrong|improve|didn.t go well|lucky/i],
  ["next steps", /next steps?|follow[- ]?ups?|action/i]
];
var lessons = {
  id: "lessons",
  level: "notice",
  description: "Lessons Learned covers what went well, what could be improved, and next steps.",
  check(report) {
    const sections = [...sectionsOf(report, "lessons")];
    if (sections.length === 0) return [];
    const text = [
      ...sections.map((s) => s.title),
      ...linesOf(report, sections).map((l) => l.text),
      ...report.sections.filter((s) => s.kind === "corrective").map((s) => s.title)
    ].join("\n");
    const missing = lessonParts.filter(([, re]) => !re.test(text)).map(([name]) => name);
    return missing.length === 0 ? [] : [{ message: `Lessons Learned does not cover ${missing.join(", ")}`, line: sections[0]?.line ?? 1 }];
  }
};
var structureRules = [
  missingSections,
  summaryDuration,
  summaryImpact,
  summaryRootCause,
  timeline,
  rootCause,
  correctiveTasks,
  lessons
];

// src/review/index.ts
var rules = [...structureRules, ...actionableRules, ...blamelessRules];
function reviewReport(report, options = {}) {
  const phrases = options.phrases ?? defaultBlamelessPhrases;
  const findings = [];
  for (const rule of rules) {
    const level = options.levels?.[rule.id] ?? rule.level;
    if (level === "off") continue;
    for (const draft of rule.check(report, phrases))
      findings.push({ rule: rule.id, severity: level, ...draft });
  }
  for (const e of report.errors)
    findings.push({ rule: "report", severity: "error", message: e.message, line: e.line ?? 1 });
  return findings.sort((a, b) => a.line - b.line);
}

// src/tracking/labels.ts
import { createHash as createHash2 } from "node:crypto";
var MAX = 50;
function reportLabel(path, config) {
  const short = path.replace(/^(?:docs\/)?postmortems\//, "").replace(/\.md$/i, "").replace(/,/g, "_");
  const name = `${config.labels.report}${short}`;
  if (name.length <= MAX) return name;
  const hash = createHash2("sha256").update(path).digest("hex").slice(0, 6);
  return `${name.slice(0, MAX - 7)}~${hash}`;
}
var isReportLabel = (name, config) => name.startsWith(config.labels.report);
function trackerLabels(path, config) {
  return [
    { name: config.labels.tracker, color: "5319e7", description: "Follows the action items of a postmortem" },
    { name: reportLabel(path, config), color: "c5def5", description: `Issues from ${path}`.slice(0, 100) }
  ];
}
function itemLabels(item, path, config) {
  const labels = [
    { name: config.labels.action, color: "d93f0b", description: "Action item from a postmortem" },
    { name: reportLabel(path, config), color: "c5def5", description: `Issues from ${path}`.slice(0, 100) }
  ];
  if (config.labels.priority && item.priority) {
    const colors = {
      P0: "b60205",
      P1: "d93f0b",
      P2: "fbca04",
      P3: "0e8a16",
      P4: "c2e0c6"
    };
    labels.push({
      name: `priority: ${item.priority}`,
      color: colors[item.priority] ?? "ededed",
      description: "Postmortem action priority"
    });
  }
  if (config.labels.type && item.type) {
    labels.push({
      name: `type: ${item.type}`,
      color: "1d76db",
      description: `Postmortem action that helps ${item.type}`
    });
  }
  return labels;
}

// src/tracking/marker.ts
var open = "<!-- postmortem-tracker ";
var close = " -->";
function renderMarker(marker) {
  return `${open}${JSON.stringify(marker).replace(/--/g, "-\\u002d")}${close}`;
}
function parseMarker(body) {
  if (!body) return null;
  const start = body.lastIndexOf(open);
  if (start < 0) return null;
  const end = body.indexOf(close, start + open.length);
  if (end < 0) return null;
  try {
    const value = JSON.parse(body.slice(start + open.length, end));
    if (value?.v !== 1 || typeof value.report !== "string") return null;
    if (value.kind === "action" && typeof value.key === "string") return value;
    if (value.kind === "tracker" && Array.isArray(value.items)) return value;
    return null;
  } catch {
    return null;
  }
}

// src/tracking/ours.ts
function ourIssues(existing, botLogin, paths) {
  const trackers = [];
  const actions = [];
  for (const issue of [...existing].sort((a, b) => a.number - b.number)) {
    if (issue.author !== botLogin) continue;
    const marker = parseMarker(issue.body);
    if (!marker || !paths.includes(marker.report)) continue;
    if (marker.kind === "tracker") trackers.push({ issue, marker });
    else actions.push({ issue, marker });
  }
  return { tracker: trackers[0] ?? null, actions };
}
var stateOf = (issue) => issue.state === "open" ? "open" : issue.stateReason === "not_planned" ? "not_planned" : "completed";
var sameSet = (a, b) => a.length === b.length && a.every((x) => b.includes(x));
function mergeLabels(current, wanted) {
  const names2 = wanted.map((l) => l.name);
  const ours = /^(?:priority|type): /;
  return [.../* @__PURE__ */ new Set([...current.filter((l) => !ours.test(l) || names2.includes(l)), ...names2])];
}

// src/tracking/render.ts
var MAX_TITLE = 256;
function truncate(text, max) {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function reportUrl(ctx, line) {
  const path = ctx.path.split("/").map(encodeURIComponent).join("/");
  return `${ctx.source.serverUrl}/${ctx.source.owner}/${ctx.source.repo}/blob/${ctx.source.sha}/${path}${line ? `#L${line}` : ""}`;
}
function issueRef(from, repo, number) {
  return from.owner === repo.owner && from.repo === repo.repo ? `#${number}` : `${repo.owner}/${repo.repo}#${number}`;
}
function pullRequestText(ctx) {
  if (ctx.pullRequest === null) return `commit ${ctx.source.sha.slice(0, 7)}`;
  return issueRef(ctx.target, ctx.source, ctx.pullRequest);
}
var trackerTitle = (report) => truncate(`Postmortem follow-up: ${report.title}`, MAX_TITLE);
var itemTitle = (item) => truncate(item.title, MAX_TITLE);
function itemBody(ctx, item, people, trackerRef) {
  const rows = [];
  if (item.owners.length > 0) rows.push(["Owners", item.owners.join(", ")]);
  if (item.due) rows.push(["Due", item.due]);
  if (item.priority) rows.push(["Priority", item.priority]);
  if (item.type) rows.push(["Type", item.type]);
  if (item.group) rows.push(["Part", item.group === "tasks" ? "Tasks" : "Improvements"]);
  const lines = [
    item.text !== item.title ? `${item.title}

> ${item.text}` : item.title,
    "",
    ...rows.length > 0 ? ["| | |", "| --- | --- |", ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, "\\|")} |`), ""] : [],
    `Action item from the postmortem [${ctx.report.title}](${reportUrl(ctx, item.line)}) (line ${item.line}), merged in ${pullRequestText(ctx)}.`,
    `Tracked by ${trackerRef}.`
  ];
  if (people.mentioned.length > 0) {
    lines.push(
      "",
      `${people.mentioned.join(", ")}: named as owner${people.mentioned.length > 1 ? "s" : ""} in the report, but cannot be assigned here (a team, or not a collaborator of this repository).`
    );
  }
  lines.push("", renderMarker({ v: 1, kind: "action", report: ctx.path, key: item.key }));
  return lines.join("\n");
}
var stateText = {
  open: "",
  completed: "closed",
  not_planned: "won't do",
  done: "done in the report"
};
function entryLine(entry, state, ref2) {
  const title = state === "not_planned" ? `~~${entry.title}~~` : entry.title;
  const details = [
    entry.owners?.length ? entry.owners.join(", ") : "",
    entry.due ? `due ${entry.due}` : "",
    entry.priority ?? "",
    stateText[state]
  ].filter(Boolean);
  return `- [${state === "open" ? " " : "x"}] ${ref2 ? `${ref2} ` : ""}${title}${details.length ? ` (${details.join(" \xB7 ")})` : ""}`;
}
function headerFromReport(ctx) {
  const meta = ctx.report.frontMatter;
  const facts = [
    typeof meta.severity === "string" || typeof meta.severity === "number" ? `Severity: ${meta.severity}` : "",
    typeof meta.date === "string" ? `Date: ${meta.date}` : ""
  ].filter(Boolean);
  return { title: ctx.report.title, url: reportUrl(ctx), mergedIn: pullRequestText(ctx), facts };
}
function headerFromMarker(marker, serverUrl, target) {
  const [owner = "", repo = ""] = marker.source.split("/");
  const source = { owner, repo };
  const path = marker.report.split("/").map(encodeURIComponent).join("/");
  const facts = [
    marker.severity ? `Severity: ${marker.severity}` : "",
    marker.date ? `Date: ${marker.date}` : ""
  ].filter(Boolean);
  return {
    title: marker.title,
    url: `${serverUrl}/${marker.source}/blob/${marker.sha}/${path}`,
    mergedIn: marker.pr === null ? `commit ${marker.sha.slice(0, 7)}` : issueRef(target, source, marker.pr),
    facts
  };
}
function trackerBody(header, lines, resolved, total, marker) {
  return [
    `Follow-up of the postmortem [${header.title}](${header.url}), merged in ${header.mergedIn}.`,
    ...header.facts.length > 0 ? ["", header.facts.join(" \xB7 ")] : [],
    "",
    `**Progress: ${resolved} of ${total} resolved**`,
    "",
    ...lines.length > 0 ? lines : ["No action items."],
    "",
    "This issue stays open while any item is open, and is closed when all are resolved.",
    "",
    renderMarker(marker)
  ].join("\n");
}
function removedComment(ctx) {
  return `This action item is no longer in [${ctx.report.title}](${reportUrl(ctx)}) as of ${pullRequestText(ctx)}, so it is closed as not planned. Reopen it if it still matters.`;
}
function linkedComment(ctx, item, trackerRef) {
  return `The postmortem [${ctx.report.title}](${reportUrl(ctx, item.line)}) lists this issue as an action item, tracked by ${trackerRef}.`;
}
function checkedComment(ctx) {
  return `This action item is checked as done in [${ctx.report.title}](${reportUrl(ctx)}) as of ${pullRequestText(ctx)}.`;
}
function allResolvedComment(resolved, notPlanned) {
  const wont = notPlanned > 0 ? ` (${notPlanned} closed as not planned)` : "";
  return `All ${resolved} action items of this postmortem are resolved${wont}. Closing the follow-up.`;
}

// src/tracking/plan-item.ts
var PENDING = -1;
function planItem(item, own, before, c) {
  const { ctx, config, existing, newLabel, trackerRef } = c;
  const { target, path } = ctx;
  const ops = [];
  const changes = [];
  const labels = [];
  let placed = null;
  const subIssues = [];
  const place = (p) => {
    placed = p;
  };
  const useLabels = (specs) => {
    labels.push(...specs);
    return specs.map((l) => l.name);
  };
  const result = () => ({ ops, changes, labels, placed, subIssue: subIssues[0] ?? null });
  const base = {
    key: item.key,
    // Titles are capped so that the tracker stays under GitHub's body limit.
    title: truncate(item.title, 120),
    issue: null,
    added: before?.added ?? c.now,
    ...item.due ? { due: item.due } : {},
    ...item.priority ? { priority: item.priority } : {},
    ...item.owners.length > 0 ? { owners: item.owners } : {}
  };
  if (item.ref) {
    const refRepo = { owner: item.ref.owner ?? ctx.source.owner, repo: item.ref.repo ?? ctx.source.repo };
    const sameRepo = refRepo.owner === target.owner && refRepo.repo === target.repo;
    const entry = {
      ...base,
      issue: item.ref.number,
      ...sameRepo ? {} : { repo: `${refRepo.owner}/${refRepo.repo}` }
    };
    const linked = existing.find((i) => sameRepo && i.number === item.ref?.number);
    const state = linked ? stateOf(linked) : before?.state ?? "open";
    if (!before || before.issue !== item.ref.number || before.repo !== entry.repo) {
      ops.push({
        op: "comment",
        repo: refRepo,
        issue: { existing: item.ref.number },
        body: linkedComment(ctx, item, trackerRef(refRepo)),
        // Another repository may not let us write: that must not stop the sync.
        ...sameRepo ? {} : {
          bestEffort: `line ${item.line}: could not comment on ${refRepo.owner}/${refRepo.repo}#${item.ref.number}`
        }
      });
      if (sameRepo && !linked) {
        ops.push({
          op: "addLabels",
          repo: refRepo,
          issue: { existing: item.ref.number },
          labels: [newLabel]
        });
      }
      changes.push({
        kind: "linked",
        title: item.title,
        issue: { existing: item.ref.number },
        repo: refRepo
      });
    }
    if (own && own.issue.state === "open" && own.issue.number !== item.ref.number) {
      ops.push({
        op: "comment",
        repo: target,
        issue: { existing: own.issue.number },
        body: `This action item is now tracked in ${issueRef(target, refRepo, item.ref.number)}, as the report says; closing this one as not planned.`
      });
      ops.push({
        op: "updateIssue",
        repo: target,
        issue: { existing: own.issue.number },
        state: "closed",
        stateReason: "not_planned"
      });
      changes.push({
        kind: "removed",
        title: item.title,
        issue: { existing: own.issue.number },
        repo: target
      });
    }
    place({ entry: { ...entry, ref: true, ...state === "done" ? {} : { state } }, state });
    return result();
  }
  if (item.checked && config.issues["checked-items"] === "record") {
    if (own && own.issue.state === "open") {
      ops.push({
        op: "comment",
        repo: target,
        issue: { existing: own.issue.number },
        body: checkedComment(ctx)
      });
      ops.push({
        op: "updateIssue",
        repo: target,
        issue: { existing: own.issue.number },
        state: "closed",
        stateReason: "completed"
      });
      changes.push({
        kind: "closed",
        title: item.title,
        issue: { existing: own.issue.number },
        repo: target
      });
    }
    place({
      entry: { ...base, done: true, ...own ? { issue: own.issue.number } : {} },
      state: "done"
    });
    return result();
  }
  const wantedLabels = itemLabels(item, path, config);
  const owners = item.owners.filter((o) => o.startsWith("@")).map((o) => o.slice(1));
  const assignable = config.issues["assign-owners"] ? owners.filter((o) => !o.includes("/") && !c.unassignable?.has(o.toLowerCase())) : [];
  const mentioned = item.owners.filter((o) => o.startsWith("@") && !assignable.includes(o.slice(1)));
  const title = itemTitle(item);
  if (own) {
    const body = itemBody(ctx, item, { mentioned }, trackerRef(target));
    const newLabels = mergeLabels(own.issue.labels, wantedLabels);
    useLabels(wantedLabels);
    const update = {
      op: "updateIssue",
      repo: target,
      issue: { existing: own.issue.number }
    };
    if (own.issue.title !== title) update.title = title;
    const detailsChanged = before !== void 0 && (before.due !== base.due || before.priority !== base.priority || (before.owners ?? []).join() !== (base.owners ?? []).join());
    if (own.marker.key !== item.key || own.marker.report !== path || own.issue.title !== title || detailsChanged || !sameSet(own.issue.labels, newLabels) || !c.hasTracker) {
      update.body = body;
    }
    if (!sameSet(own.issue.labels, newLabels)) update.labels = newLabels;
    if (detailsChanged && (before?.owners ?? []).join() !== (base.owners ?? []).join())
      update.assignees = assignable;
    const closedByUs = own.issue.state === "closed" && (before?.done === true || before === void 0 && own.issue.stateReason === "not_planned");
    if (closedByUs) Object.assign(update, { state: "open", stateReason: "reopened" });
    if (Object.keys(update).length > 3) {
      ops.push(update);
      changes.push({ kind: "updated", title, issue: { existing: own.issue.number }, repo: target });
    }
    if (!c.previous.has(item.key) && !c.previous.has(own.marker.key))
      subIssues.push({ existing: own.issue.number });
    place({
      entry: { ...base, issue: own.issue.number },
      state: closedByUs ? "open" : stateOf(own.issue)
    });
    return result();
  }
  const id = `item:${item.key}`;
  const done = item.checked;
  ops.push({
    op: "createIssue",
    id,
    repo: target,
    title,
    body: itemBody(ctx, item, { mentioned }, trackerRef(target)),
    labels: useLabels(wantedLabels),
    assignees: assignable,
    ...done ? { close: "completed" } : {}
  });
  subIssues.push({ planned: id });
  changes.push({ kind: "created", title, issue: { planned: id }, repo: target });
  place({ entry: { ...base, issue: PENDING }, state: done ? "completed" : "open", id });
  return result();
}

// src/tracking/summary.ts
var verbs = {
  created: "created",
  updated: "updated",
  closed: "closed (checked in the report)",
  removed: "closed as not planned (removed from the report)",
  linked: "linked (existing issue)"
};
function ref(from, change) {
  return "existing" in change.issue ? issueRef(from, change.repo, change.issue.existing) : placeholder(change.issue.planned);
}
function pullRequestComment(ctx, changes, tracker, items) {
  const from = ctx.source;
  const trackerText = ref(from, { issue: tracker, repo: ctx.target });
  const head = `The action items of [${ctx.report.title}](${reportUrl(ctx)}) are tracked in ${trackerText} (${items} item${items === 1 ? "" : "s"}).`;
  if (changes.length === 0) return `${head}

No issue needed a change.`;
  const rows = changes.map(
    (c) => `| ${ref(from, c)} | ${c.title.replace(/\|/g, "\\|")} | ${verbs[c.kind]} |`
  );
  return [head, "", "| Issue | Action item | Change |", "| --- | --- | --- |", ...rows].join("\n");
}

// src/tracking/plan.ts
var isTracked = (item, config) => !item.ref && !(item.checked && config.issues["checked-items"] === "record");
function markerBase(input) {
  const { ctx } = input;
  const meta = ctx.report.frontMatter;
  return {
    v: 1,
    kind: "tracker",
    report: ctx.path,
    source: repoName(ctx.source),
    title: ctx.report.title,
    pr: ctx.pullRequest,
    ...typeof meta.severity === "string" || typeof meta.severity === "number" ? { severity: String(meta.severity) } : {},
    ...typeof meta.date === "string" ? { date: meta.date } : {},
    sha: ctx.source.sha,
    merged: input.now
  };
}
var repoFromName = (name) => {
  const [owner = "", repo = ""] = name.split("/");
  return { owner, repo };
};
function planSync(input) {
  const { ctx, config } = input;
  const { report, path, target } = ctx;
  const paths = [path, ...input.previousPath ? [input.previousPath] : []];
  const newLabel = reportLabel(path, config);
  const oldLabel = input.previousPath ? reportLabel(input.previousPath, config) : newLabel;
  const renamed = oldLabel !== newLabel && input.existing.some((i) => i.labels.includes(oldLabel));
  const existing = renamed ? input.existing.map((i) => ({ ...i, labels: i.labels.map((l) => l === oldLabel ? newLabel : l) })) : input.existing;
  const knownLabels = new Set(existing.flatMap((i) => i.labels));
  const { tracker, actions } = ourIssues(existing, input.botLogin, paths);
  const trackerTarget = tracker ? { existing: tracker.issue.number } : { planned: "tracker" };
  const none = (blocked) => ({
    operations: [],
    changes: [],
    blocked,
    tracker: trackerTarget
  });
  if (report.errors.length > 0) {
    return none(
      `${path} has errors, so nothing was filed: ${report.errors.map((e) => `line ${e.line}: ${e.message}`).join("; ")}`
    );
  }
  const tracked = report.items.filter((i) => isTracked(i, config));
  const max = config.issues["max-items"];
  if (tracked.length > max) {
    return none(
      `${path} has ${tracked.length} open action items, more than the limit of ${max}, so nothing was filed. Split the report's measures, or raise \`issues.max-items\` in .github/postmortem-tracker.yml.`
    );
  }
  if (tracker && tracker.marker.sha === ctx.source.sha && tracker.marker.report === path) return none(null);
  if (report.items.length === 0 && !tracker && actions.length === 0) return none(null);
  const ops = [];
  const changes = [];
  const labels = /* @__PURE__ */ new Map();
  const useLabels = (specs) => {
    for (const spec of specs) labels.set(spec.name, spec);
    return specs.map((l) => l.name);
  };
  const trackerRef = (from) => tracker ? issueRef(from, target, tracker.issue.number) : placeholder("tracker");
  const byKey = new Map(actions.map((a) => [a.marker.key, a]));
  const keys = new Set(report.items.map((i) => i.key));
  const leftOver = actions.filter((a) => !keys.has(a.marker.key));
  const matched = /* @__PURE__ */ new Map();
  for (const item of report.items) {
    const own = byKey.get(item.key);
    if (own) {
      matched.set(item.key, own);
      continue;
    }
    const similar = leftOver.find((a) => tokenOverlap(a.issue.title, item.title) >= 0.8);
    if (similar) {
      matched.set(item.key, similar);
      leftOver.splice(leftOver.indexOf(similar), 1);
    }
  }
  const previous = new Map((tracker?.marker.items ?? []).map((e) => [e.key, e]));
  const entries = [];
  const subIssues = [];
  const itemContext = {
    ctx,
    config,
    existing,
    newLabel,
    trackerRef,
    hasTracker: tracker !== null,
    previous,
    unassignable: input.unassignable,
    now: input.now
  };
  for (const item of report.items) {
    const own = matched.get(item.key);
    const before = previous.get(item.key) ?? (own ? previous.get(own.marker.key) : void 0);
    const planned = planItem(item, own, before, itemContext);
    ops.push(...planned.ops);
    changes.push(...planned.changes);
    useLabels(planned.labels);
    if (planned.placed) entries.push(planned.placed);
    if (planned.subIssue) subIssues.push(planned.subIssue);
  }
  for (const gone of leftOver) {
    if (gone.issue.state !== "open") continue;
    ops.push({
      op: "comment",
      repo: target,
      issue: { existing: gone.issue.number },
      body: removedComment(ctx)
    });
    ops.push({
      op: "updateIssue",
      repo: target,
      issue: { existing: gone.issue.number },
      state: "closed",
      stateReason: "not_planned"
    });
    changes.push({
      kind: "removed",
      title: gone.issue.title,
      issue: { existing: gone.issue.number },
      repo: target
    });
  }
  const trackerLabelSpecs = trackerLabels(path, config);
  const trackerLabelNames = useLabels(trackerLabelSpecs);
  if (!tracker) {
    const pending = { ...markerBase(input), sha: "", items: [] };
    ops.unshift({
      op: "createIssue",
      id: "tracker",
      repo: target,
      title: trackerTitle(report),
      body: trackerBody(
        headerFromReport(ctx),
        [`Filing ${tracked.length} action item(s)\u2026`],
        0,
        report.items.length,
        pending
      ),
      labels: trackerLabelNames,
      assignees: []
    });
  }
  if (subIssues.length > 0)
    ops.push({ op: "addSubIssues", repo: target, parent: trackerTarget, children: subIssues });
  const marker = {
    ...markerBase(input),
    merged: tracker?.marker.merged ?? input.now,
    ...tracker?.marker.followUp ? { followUp: tracker.marker.followUp } : {},
    items: entries.map(({ entry }) => entry)
  };
  const lines = entries.map(({ entry, state, id }) => {
    const repo = entry.repo ? repoFromName(entry.repo) : target;
    const ref2 = id ? placeholder(id) : entry.issue !== null ? issueRef(target, repo, entry.issue) : null;
    return entryLine(entry, state, ref2);
  });
  const resolved = entries.filter((e) => e.state !== "open").length;
  let body = trackerBody(headerFromReport(ctx), lines, resolved, entries.length, marker);
  for (const { id } of entries)
    if (id) body = body.replace(`"issue":${PENDING}`, `"issue":${numberPlaceholder(id)}`);
  const allResolved = entries.length > 0 && resolved === entries.length;
  const trackerOpen = tracker ? tracker.issue.state === "open" : true;
  if (allResolved && trackerOpen) {
    const notPlanned = entries.filter((e) => e.state === "not_planned").length;
    ops.push({
      op: "comment",
      repo: target,
      issue: trackerTarget,
      body: allResolvedComment(entries.length, notPlanned)
    });
  }
  ops.push({
    op: "updateIssue",
    repo: target,
    issue: trackerTarget,
    title: trackerTitle(report),
    body,
    labels: tracker ? mergeLabels(tracker.issue.labels, trackerLabelSpecs) : trackerLabelNames,
    ...allResolved === trackerOpen ? { state: allResolved ? "closed" : "open", stateReason: allResolved ? "completed" : "reopened" } : {}
  });
  if (ctx.pullRequest !== null) {
    ops.push({
      op: "comment",
      repo: ctx.source,
      issue: { existing: ctx.pullRequest },
      body: pullRequestComment(ctx, changes, trackerTarget, entries.length)
    });
  }
  const labelOps = [...labels.values()].filter((l) => !knownLabels.has(l.name)).map((l) => ({ op: "ensureLabel", repo: target, ...l }));
  const rename = renamed ? [{ op: "renameLabel", repo: target, from: oldLabel, to: newLabel }] : [];
  return { operations: [...rename, ...labelOps, ...ops], changes, blocked: null, tracker: trackerTarget };
}

// src/github/sync.ts
import picomatch from "picomatch";

// src/tracking/refresh.ts
var issueKey = (repo, number) => `${repo.owner}/${repo.repo}#${number}`.toLowerCase();
function liveState(issue) {
  if (issue.state === "open") return "open";
  return issue.stateReason === "not_planned" ? "not_planned" : "completed";
}
function entryRepo(entry, target) {
  if (!entry.repo) return target;
  const [owner = "", repo = ""] = entry.repo.split("/");
  return { owner, repo };
}
function entryState(entry, target, live) {
  if (entry.done) return "done";
  if (entry.issue === null) return "open";
  return live.get(issueKey(entryRepo(entry, target), entry.issue)) ?? entry.state ?? "open";
}
function planTrackerRefresh(input) {
  const { tracker, marker, live } = input;
  const target = tracker.repo;
  const states = marker.items.map((entry) => entryState(entry, target, live));
  const items = marker.items.map((entry, i) => {
    const state = states[i];
    return entry.ref && state && state !== "done" ? { ...entry, state } : entry;
  });
  const updated = { ...marker, items };
  const lines = items.map(
    (entry, i) => entryLine(
      entry,
      states[i] ?? "open",
      entry.issue !== null ? issueRef(target, entryRepo(entry, target), entry.issue) : null
    )
  );
  const resolved = states.filter((s) => s !== "open").length;
  const body = trackerBody(
    headerFromMarker(updated, input.serverUrl, target),
    lines,
    resolved,
    items.length,
    updated
  );
  const allResolved = items.length > 0 && resolved === items.length;
  const ops = [];
  if (allResolved && tracker.state === "open") {
    const notPlanned = states.filter((s) => s === "not_planned").length;
    ops.push({
      op: "comment",
      repo: target,
      issue: { existing: tracker.number },
      body: allResolvedComment(items.length, notPlanned)
    });
  }
  const update = {
    op: "updateIssue",
    repo: target,
    issue: { existing: tracker.number }
  };
  if (body !== tracker.body) update.body = body;
  if (allResolved && tracker.state === "open")
    Object.assign(update, { state: "closed", stateReason: "completed" });
  if (!allResolved && tracker.state === "closed")
    Object.assign(update, { state: "open", stateReason: "reopened" });
  if (update.body !== void 0 || update.state) ops.push(update);
  return ops;
}

// src/github/sync.ts
function fromPullRequestFiles(files) {
  return files.map((f) => ({
    path: f.filename,
    ...f.status === "renamed" && f.previous_filename ? { previousPath: f.previous_filename } : {},
    removed: f.status === "removed",
    added: f.status === "added"
  }));
}
function fromPushCommits(commits) {
  const files = /* @__PURE__ */ new Map();
  for (const commit of commits) {
    for (const path of commit.added ?? []) files.set(path, { path, removed: false, added: true });
    for (const path of commit.modified ?? [])
      files.set(path, { path, removed: false, added: files.get(path)?.added ?? false });
    for (const path of commit.removed ?? []) files.set(path, { path, removed: true });
  }
  return [...files.values()];
}
async function reportIssues(gateway, target, file, config) {
  const labels = new Set(
    [file.path, ...file.previousPath ? [file.previousPath] : []].map((p) => reportLabel(p, config))
  );
  const existing = [];
  for (const label of labels) existing.push(...await gateway.issuesWithLabel(target, label));
  return existing;
}
function isReportPath(path, config) {
  return picomatch.isMatch(path, config.paths, { dot: true }) && !picomatch.isMatch(path, config.exclude, { dot: true });
}
function targetRepo(source, config) {
  return config.issues.repository ? { owner: source.owner, repo: config.issues.repository } : source;
}
var BLOCKED = "<!-- postmortem-tracker blocked";
async function reportBlocked(change, path, reason, deps) {
  deps.log.warn(reason);
  if (change.pullRequest === null) return;
  const tag = `${BLOCKED} ${change.sha} ${path} -->`;
  const comments = await deps.gateway.comments(change.source, change.pullRequest);
  if (comments.some((c) => c.author === deps.botLogin && c.body.includes(tag))) return;
  await deps.gateway.apply([
    {
      op: "comment",
      repo: change.source,
      issue: { existing: change.pullRequest },
      body: `${reason}

${tag}`
    }
  ]);
}
async function syncMerge(change, deps) {
  const { gateway, config, log } = deps;
  const results = [];
  const removed = change.files.filter((f) => f.removed && isReportPath(f.path, config));
  const added = change.files.filter((f) => f.added && !f.previousPath && isReportPath(f.path, config));
  if (removed.length === 1 && added.length === 1 && added[0] && removed[0])
    added[0].previousPath = removed[0].path;
  for (const file of change.files) {
    if (file.removed || !isReportPath(file.path, config)) continue;
    const text = await gateway.fileText(change.source, file.path, change.sha);
    if (text === null) {
      log.warn(`${file.path} is not in ${change.sha}; skipped`);
      continue;
    }
    const report = parseReport(text, { path: file.path, sectionNames: sectionNames(config) });
    for (const w of report.warnings) log.info(`${w.file}${w.line ? `:${w.line}` : ""}: ${w.message}`);
    const target = targetRepo(change.source, config);
    const existing = await reportIssues(gateway, target, file, config);
    const { tracker } = ourIssues(existing, deps.botLogin, [
      file.path,
      ...file.previousPath ? [file.previousPath] : []
    ]);
    if (tracker?.marker.sha && tracker.marker.sha !== change.sha) {
      const compare = await gateway.call("GET /repos/{owner}/{repo}/compare/{basehead}", {
        ...change.source,
        basehead: `${tracker.marker.sha}...${change.sha}`
      }).catch((error) => {
        if (httpStatus(error) === 404) return { status: "unknown" };
        throw error;
      });
      if (compare.status === "behind" || compare.status === "identical") {
        log.info(
          `${file.path}: ${change.sha.slice(0, 7)} is older than ${tracker.marker.sha.slice(0, 7)}, already synced; skipped`
        );
        continue;
      }
    }
    const plan = planSync({
      ctx: {
        report,
        path: file.path,
        source: { ...change.source, sha: change.sha, serverUrl: change.serverUrl },
        pullRequest: change.pullRequest,
        target
      },
      previousPath: file.previousPath ?? null,
      existing,
      botLogin: deps.botLogin,
      config,
      now: deps.now().toISOString()
    });
    if (plan.blocked) {
      await reportBlocked(change, file.path, plan.blocked, deps);
    } else if (plan.operations.length === 0) {
      log.info(`${file.path}: already in sync with ${change.sha.slice(0, 7)}`);
    } else {
      await gateway.apply(plan.operations);
    }
    results.push({ path: file.path, blocked: plan.blocked, operations: plan.operations });
  }
  return results;
}
async function syncIssueState(repo, issue, serverUrl, deps) {
  const labels = issue.labels.filter((l) => isReportLabel(l, deps.config));
  const done = [];
  const seen = /* @__PURE__ */ new Set();
  for (const label of labels) {
    const issues = await deps.gateway.issuesWithLabel(repo, label);
    const live = /* @__PURE__ */ new Map([[issueKey(repo, issue.number), liveState(issue)]]);
    for (const i of issues) live.set(issueKey(repo, i.number), liveState(i));
    for (const tracker of issues) {
      const marker = parseMarker(tracker.body);
      if (tracker.author !== deps.botLogin || marker?.kind !== "tracker" || seen.has(tracker.number))
        continue;
      if (!marker.items.some((e) => e.issue === issue.number && !e.repo)) continue;
      seen.add(tracker.number);
      const ops = planTrackerRefresh({ tracker, marker, live, serverUrl });
      if (ops.length > 0) await deps.gateway.apply(ops);
      done.push(...ops);
    }
  }
  return done;
}

// src/github/review.ts
async function reviewPullRequest(input) {
  const { gateway, config } = input;
  const out = [];
  for (const file of input.files) {
    if (file.removed || !isReportPath(file.path, config)) continue;
    const text = await gateway.fileText(input.repo, file.path, input.headSha);
    if (text === null) continue;
    const report = parseReport(text, { path: file.path, sectionNames: sectionNames(config) });
    const findings = reviewReport(report, reviewOptions(config));
    const target = targetRepo(input.repo, config);
    const existing = await reportIssues(gateway, target, file, config);
    const plan = planSync({
      ctx: {
        report,
        path: file.path,
        source: { ...input.repo, sha: input.headSha, serverUrl: input.serverUrl },
        pullRequest: input.pullRequest,
        target
      },
      previousPath: file.previousPath ?? null,
      existing,
      botLogin: input.botLogin,
      config,
      now: input.now().toISOString()
    });
    out.push({
      path: file.path,
      title: report.title,
      findings,
      preview: plan.changes,
      items: report.items.length,
      blocked: plan.blocked
    });
  }
  return out;
}
function conclusionOf(reports, failOn) {
  const all = reports.flatMap((r) => r.findings);
  const errors = all.some((f) => f.severity === "error");
  const warnings = all.some((f) => f.severity === "warning");
  if (failOn === "error" && errors) return "failure";
  if (failOn === "warning" && (errors || warnings)) return "failure";
  return errors || warnings ? "neutral" : "success";
}
var LIMIT = 65e3;
var cell = (s) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
var verbs2 = {
  created: "new issue",
  updated: "update",
  closed: "close (checked)",
  removed: "close as not planned",
  linked: "link existing issue"
};
function reviewSummary(reports) {
  const parts = [];
  for (const r of reports) {
    parts.push(`### ${cell(r.title)} (\`${r.path}\`)`, "");
    if (r.findings.length === 0) parts.push("No findings.", "");
    else {
      parts.push("| Line | Level | Rule | Finding |", "| --- | --- | --- | --- |");
      for (const f of r.findings)
        parts.push(
          `| ${f.line} | ${f.severity} | ${f.rule} | ${cell(f.message)}${f.suggestion ? ` (${cell(f.suggestion)})` : ""} |`
        );
      parts.push("");
    }
    if (r.blocked) parts.push(`On merge, nothing will be filed: ${cell(r.blocked)}`, "");
    else if (r.preview.length === 0)
      parts.push(`On merge: no issue changes (${r.items} item(s) already tracked).`, "");
    else {
      parts.push("On merge:", "", "| Action item | Will |", "| --- | --- |");
      for (const c of r.preview) parts.push(`| ${cell(c.title)} | ${verbs2[c.kind]} |`);
      parts.push("");
    }
  }
  let text = parts.join("\n");
  if (text.length > LIMIT) text = `${text.slice(0, LIMIT)}

(cut to fit GitHub's limit)`;
  return text;
}
var levels = { error: "failure", warning: "warning", notice: "notice" };
async function publishCheckRun(gateway, repo, headSha, reports, failOn, log) {
  const name = "Postmortem review";
  const annotations = reports.flatMap(
    (r) => r.findings.map((f) => ({
      path: r.path,
      start_line: f.line,
      end_line: f.line,
      annotation_level: levels[f.severity],
      title: f.rule,
      message: f.suggestion ? `${f.message}
${f.suggestion}` : f.message
    }))
  );
  const count = (s) => annotations.filter((a) => a.annotation_level === s).length;
  const title = `${count("failure")} error(s), ${count("warning")} warning(s), ${count("notice")} notice(s)`;
  const summary = reviewSummary(reports);
  const conclusion = conclusionOf(reports, failOn);
  if (gateway.dryRun) {
    log.info(`[dry run] would publish check run "${name}" on ${headSha}: ${conclusion}, ${title}`);
    return;
  }
  const existing = await gateway.call(
    "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
    { ...repo, ref: headSha, check_name: name }
  );
  if (existing.check_runs.length > 0) {
    log.info(`"${name}" is already published on ${headSha}`);
    return;
  }
  const batches = [];
  for (let i = 0; i < annotations.length; i += 50) batches.push(annotations.slice(i, i + 50));
  const [first = [], ...rest] = batches;
  const output = (batch) => ({ title, summary, annotations: batch });
  const created = await gateway.call("POST /repos/{owner}/{repo}/check-runs", {
    ...repo,
    name,
    head_sha: headSha,
    status: "completed",
    conclusion,
    output: output(first)
  });
  const id = created.id;
  for (const batch of rest) {
    await gateway.call("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
      ...repo,
      check_run_id: id,
      output: output(batch)
    });
  }
}

// src/app/app.ts
var CONFIG_NOTICE = "<!-- postmortem-tracker config -->";
function logger(context) {
  return {
    info: (m) => context.log.info(m),
    warn: (m) => context.log.warn(m),
    debug: (m) => context.log.debug(m)
  };
}
async function readConfig(context) {
  try {
    return validateConfig(await context.config("postmortem-tracker.yml"));
  } catch (error) {
    return { ok: false, message: `${CONFIG_PATH} could not be read: ${error.message}` };
  }
}
function postmortemTracker(app, options = {}) {
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  let bot = null;
  const botLogin = () => {
    bot ??= app.auth().then(async (octokit) => {
      const { data } = await octokit.request("GET /app");
      return `${data.slug}[bot]`;
    });
    bot.catch(() => {
      bot = null;
    });
    return bot;
  };
  async function deps(context, config) {
    return {
      gateway: new Gateway({ octokit: context.octokit, log: logger(context), dryRun: config["dry-run"] }),
      config,
      botLogin: await botLogin(),
      log: logger(context),
      now
    };
  }
  const serverUrl = (htmlUrl) => new URL(htmlUrl).origin;
  app.on("pull_request.closed", async (context) => {
    const pr = context.payload.pull_request;
    const repository = context.payload.repository;
    if (!pr.merged || !pr.merge_commit_sha || pr.base.ref !== repository.default_branch) return;
    const repo = context.repo();
    await withLock(`${repo.owner}/${repo.repo}`, async () => {
      const loaded = await readConfig(context);
      if (!loaded.ok) {
        context.log.error(loaded.message);
        const gateway = new Gateway({ octokit: context.octokit, log: logger(context) });
        const login2 = await botLogin();
        const comments = await gateway.comments(repo, pr.number);
        if (!comments.some((c) => c.author === login2 && c.body.includes(loaded.message))) {
          const body = `Nothing was filed for this merge: ${loaded.message}

${CONFIG_NOTICE}`;
          await gateway.apply([{ op: "comment", repo, issue: { existing: pr.number }, body }]);
        }
        return;
      }
      const d = await deps(context, loaded.config);
      const files = await d.gateway.pullRequestFiles(repo, pr.number);
      const changed = fromPullRequestFiles(files);
      if (!changed.some((f) => !f.removed && isReportPath(f.path, loaded.config))) return;
      await syncMerge(
        {
          source: repo,
          sha: pr.merge_commit_sha,
          pullRequest: pr.number,
          serverUrl: serverUrl(repository.html_url),
          files: changed
        },
        d
      );
    });
  });
  app.on(["pull_request.opened", "pull_request.synchronize", "pull_request.reopened"], async (context) => {
    const pr = context.payload.pull_request;
    const repo = context.repo();
    const loaded = await readConfig(context);
    if (!loaded.ok) {
      context.log.error(loaded.message);
      return;
    }
    const d = await deps(context, loaded.config);
    const files = await d.gateway.pullRequestFiles(repo, pr.number);
    const changed = fromPullRequestFiles(files);
    if (!changed.some((f) => !f.removed && isReportPath(f.path, loaded.config))) return;
    const reports = await reviewPullRequest({
      gateway: d.gateway,
      repo,
      pullRequest: pr.number,
      headSha: pr.head.sha,
      files: changed,
      config: loaded.config,
      botLogin: d.botLogin,
      serverUrl: serverUrl(context.payload.repository.html_url),
      now,
      log: d.log
    });
    await publishCheckRun(d.gateway, repo, pr.head.sha, reports, loaded.config.review["fail-on"], d.log);
  });
  app.on("push", async (context) => {
    const payload = context.payload;
    const repository = payload.repository;
    if (payload.deleted || payload.ref !== `refs/heads/${repository.default_branch}` || payload.commits.length === 0)
      return;
    const repo = context.repo();
    const files = fromPushCommits(payload.commits);
    await withLock(`${repo.owner}/${repo.repo}`, async () => {
      const loaded = await readConfig(context);
      if (!loaded.ok) {
        context.log.error(loaded.message);
        return;
      }
      if (!files.some((f) => !f.removed && isReportPath(f.path, loaded.config))) return;
      const d = await deps(context, loaded.config);
      const pulls = await d.gateway.call(
        "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
        { ...repo, commit_sha: payload.after }
      );
      if (pulls.some((p) => p.merged_at && p.merge_commit_sha === payload.after)) return;
      await syncMerge(
        {
          source: repo,
          sha: payload.after,
          pullRequest: null,
          serverUrl: serverUrl(repository.html_url),
          files
        },
        d
      );
    });
  });
  app.on(["issues.closed", "issues.reopened"], async (context) => {
    const { issue, repository, sender } = context.payload;
    if (issue.labels?.length === 0) return;
    const repo = context.repo();
    await withLock(`${repo.owner}/${repo.repo}`, async () => {
      const login2 = await botLogin();
      if (sender.login === login2) return;
      const loaded = await readConfig(context);
      if (!loaded.ok) {
        context.log.error(loaded.message);
        return;
      }
      const existing = toExisting(repo, issue);
      await syncIssueState(
        repo,
        existing,
        serverUrl(repository.html_url),
        await deps(context, loaded.config)
      );
    });
  });
}
var app_default = postmortemTracker;

export {
  postmortemTracker,
  app_default
};
