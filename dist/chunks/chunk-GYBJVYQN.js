// src/tracking/model.ts
var repoName = (r) => `${r.owner}/${r.repo}`;
function parseRepoName(name) {
  const [owner = "", repo = ""] = name.split("/");
  return { owner, repo };
}
var issueKey = (repo, number) => `${repoName(repo)}#${number}`.toLowerCase();
function stateOf(issue) {
  if (issue.state === "open") return "open";
  return issue.stateReason === "not_planned" ? "not_planned" : "completed";
}
function describeOperation(op) {
  const where = repoName(op.repo);
  switch (op.op) {
    case "ensureLabel":
      return `ensure label "${op.name}" in ${where}`;
    case "renameLabel":
      return `rename label "${op.from}" to "${op.to}" in ${where}`;
    case "describeLabel":
      return `set the description of label "${op.name}" in ${where} to "${op.description}"`;
    case "createIssue":
      return `create issue in ${where}: "${op.title}"${op.labels.length ? ` [${op.labels.join(", ")}]` : ""}${op.assignees.length ? ` assigned to ${op.assignees.join(", ")}` : ""}${op.close ? " (closed)" : ""}`;
    case "updateIssue":
      return `update #${op.issue.existing} in ${where}: ${updatedFields(op).join(", ")}`;
    case "comment":
      return `comment on #${op.issue.existing} in ${where}`;
    case "addLabels":
      return `label #${op.issue.existing} in ${where} with ${op.labels.join(", ")}`;
    case "removeLabel":
      return `remove label "${op.label}" from #${op.issue.existing} in ${where}`;
    case "addSubIssues":
      return `add ${op.children.length} sub-issue(s) to #${op.parent.number} in ${where}`;
    case "publishCheckRun":
      return `publish check run "${op.name}" on ${op.headSha}: ${op.conclusion}, ${op.output.title}`;
  }
}
function updatedFields(op) {
  return [
    op.title !== void 0 ? "title" : "",
    op.body !== void 0 ? "body" : "",
    op.labels ? "labels" : "",
    op.assignees ? "assignees" : "",
    op.state ? `state ${op.state}${op.stateReason ? ` (${op.stateReason})` : ""}` : ""
  ].filter(Boolean);
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
var at = (r) => ({ owner: r.owner, repo: r.repo });
var MAX_PULL_FILES = 3e3;
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
var Requests = class {
  count = 0;
  budget;
  constructor(octokit, budget) {
    this.budget = budget;
    octokit.hook.before("request", () => {
      if (this.count >= this.budget) throw new BudgetExhausted(this.budget);
      this.count += 1;
    });
  }
};
var GitHubClient = class {
  octokit;
  counter;
  constructor(options) {
    this.octokit = options.octokit;
    this.counter = new Requests(options.octokit, options.budget ?? Number.POSITIVE_INFINITY);
  }
  /** Requests made so far, reads and writes. */
  get requests() {
    return this.counter.count;
  }
  /** Requests left before the budget is reached. */
  remaining() {
    return this.counter.budget - this.counter.count;
  }
  /** The writing half, on the same Octokit and budget: for the gateway only. */
  writer() {
    return new GitHubWriter(this.octokit);
  }
  async rest(route, params = {}) {
    return (await this.octokit.request(route, params)).data;
  }
  /** Every page of a list, 100 a page, until a short page or `max` entries. */
  async pages(route, params, max = Infinity) {
    const out = [];
    for (let page = 1; ; page += 1) {
      const data = await this.rest(route, { ...params, per_page: PAGE, page });
      out.push(...data);
      if (data.length < PAGE || out.length >= max) return out;
    }
  }
  /** The App's own account (`slug[bot]`), with the App's credentials. */
  async appLogin() {
    const app = await this.rest("GET /app");
    return `${app.slug}[bot]`;
  }
  async issue(repo, number) {
    const issue = await this.rest("GET /repos/{owner}/{repo}/issues/{issue_number}", {
      ...at(repo),
      issue_number: number
    });
    return toExisting(repo, issue);
  }
  /** All issues (not pull requests) with a label, open and closed. */
  async issuesWithLabel(repo, label2) {
    const all = await this.pages("GET /repos/{owner}/{repo}/issues", {
      ...at(repo),
      labels: label2,
      state: "all"
    });
    return all.filter((i) => !i.pull_request).map((i) => toExisting(repo, i));
  }
  /** The newest issues with all these labels (to find one whose creation was answered with an error). */
  async newestIssues(repo, labels) {
    const data = await this.rest("GET /repos/{owner}/{repo}/issues", {
      ...at(repo),
      ...labels.length > 0 ? { labels: labels.join(",") } : {},
      state: "all",
      sort: "created",
      direction: "desc",
      per_page: 30
    });
    return data.map((i) => toExisting(repo, i));
  }
  /** A file's text at a commit, or null when it is not there. Files over 1 MB come through the blob API. */
  async fileText(repo, path, ref) {
    let data;
    try {
      data = await this.rest("GET /repos/{owner}/{repo}/contents/{path}", {
        ...at(repo),
        path,
        ...ref ? { ref } : {}
      });
    } catch (error) {
      if (httpStatus(error) === 404) return null;
      throw error;
    }
    if (data.type !== "file") return null;
    if (data.encoding === "base64" && data.content)
      return Buffer.from(data.content, "base64").toString("utf8");
    const blob = await this.rest(
      "GET /repos/{owner}/{repo}/git/blobs/{file_sha}",
      { ...at(repo), file_sha: data.sha }
    );
    return Buffer.from(blob.content, blob.encoding === "base64" ? "base64" : "utf8").toString("utf8");
  }
  async pullRequestFiles(repo, pullNumber) {
    const route = "GET /repos/{owner}/{repo}/pulls/{pull_number}/files";
    return this.pages(route, { ...at(repo), pull_number: pullNumber }, MAX_PULL_FILES);
  }
  /** The pull requests a commit belongs to. */
  async pullsOfCommit(repo, sha) {
    return this.rest(
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
      { ...at(repo), commit_sha: sha }
    );
  }
  /** How `head` relates to `base` ("ahead", "behind", "identical", "diverged"); "unknown" when gone. */
  async compare(repo, base, head) {
    try {
      const data = await this.rest("GET /repos/{owner}/{repo}/compare/{basehead}", {
        ...at(repo),
        basehead: `${base}...${head}`
      });
      return data.status;
    } catch (error) {
      if (httpStatus(error) === 404) return "unknown";
      throw error;
    }
  }
  /** An issue's or pull request's comments, all pages. */
  async comments(repo, issue) {
    const data = await this.pages(
      "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
      { ...at(repo), issue_number: issue }
    );
    return data.map((c) => ({ id: c.id, body: c.body ?? "", author: c.user?.login ?? "" }));
  }
  /** The check runs of this name on a commit. */
  async checkRuns(repo, ref, name) {
    const data = await this.rest(
      "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
      { ...at(repo), ref, check_name: name }
    );
    return data.check_runs;
  }
  /** A label's description ("" when it has none), or null when there is no such label. */
  async labelDescription(repo, name) {
    try {
      const label2 = await this.rest(
        "GET /repos/{owner}/{repo}/labels/{name}",
        {
          ...at(repo),
          name
        }
      );
      return label2.description ?? "";
    } catch (error) {
      if (httpStatus(error) === 404) return null;
      throw error;
    }
  }
  async canBeAssigned(repo, login2) {
    try {
      await this.rest("GET /repos/{owner}/{repo}/assignees/{assignee}", { ...at(repo), assignee: login2 });
      return true;
    } catch (error) {
      if (httpStatus(error) === 404) return false;
      throw error;
    }
  }
  /**
   * The state of many issues in one GraphQL request per 100 (any repositories), by `issueKey`. A
   * deleted or inaccessible issue comes back as null.
   */
  async issueSnapshots(refs) {
    const out = /* @__PURE__ */ new Map();
    for (let start = 0; start < refs.length; start += PAGE) {
      const groups2 = byRepository(refs.slice(start, start + PAGE));
      const data = await this.partialGraphql(
        snapshotQuery(groups2)
      );
      groups2.forEach((g, r) => {
        for (const n of g.numbers) out.set(issueKey(g.repo, n), snapshotOf(data[`r${r}`]?.[`i${n}`] ?? null));
      });
    }
    return out;
  }
  /** GraphQL data even when some fields failed: missing issues come back as errors beside the rest. */
  async partialGraphql(query) {
    try {
      return await this.octokit.graphql(query);
    } catch (error) {
      const partial = error.data;
      if (!partial) throw error;
      return partial;
    }
  }
};
function byRepository(refs) {
  const byRepo = /* @__PURE__ */ new Map();
  for (const ref of refs) {
    const key = repoName(ref.repo).toLowerCase();
    const entry = byRepo.get(key) ?? { repo: ref.repo, numbers: [] };
    if (!entry.numbers.includes(ref.number)) entry.numbers.push(ref.number);
    byRepo.set(key, entry);
  }
  return [...byRepo.values()];
}
function snapshotQuery(groups2) {
  const fields = "number state stateReason closedAt labels(first: 50) { nodes { name } }";
  const repos = groups2.map(
    (g, r) => `r${r}: repository(owner: ${JSON.stringify(g.repo.owner)}, name: ${JSON.stringify(g.repo.repo)}) { ${g.numbers.map((n) => `i${n}: issue(number: ${n}) { ${fields} }`).join(" ")} }`
  );
  return `query { ${repos.join(" ")} }`;
}
function snapshotOf(issue) {
  if (!issue) return null;
  const state = issue.state === "OPEN" ? "open" : issue.stateReason === "NOT_PLANNED" ? "not_planned" : "completed";
  return { state, closedAt: issue.closedAt, labels: issue.labels.nodes.map((l) => l.name) };
}
var GitHubWriter = class {
  octokit;
  constructor(octokit) {
    this.octokit = octokit;
  }
  async rest(route, params) {
    return (await this.octokit.request(route, params)).data;
  }
  async createLabel(repo, label2) {
    await this.rest("POST /repos/{owner}/{repo}/labels", { ...at(repo), ...label2 });
  }
  async updateLabel(repo, name, change) {
    await this.rest("PATCH /repos/{owner}/{repo}/labels/{name}", { ...at(repo), name, ...change });
  }
  async createIssue(repo, issue) {
    return this.rest("POST /repos/{owner}/{repo}/issues", {
      ...at(repo),
      ...issue,
      request: { retries: 0 }
    });
  }
  async updateIssue(repo, number, change) {
    await this.rest("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      ...at(repo),
      issue_number: number,
      ...change
    });
  }
  async comment(repo, number, body) {
    await this.rest("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...at(repo),
      issue_number: number,
      body
    });
  }
  async addLabels(repo, number, labels) {
    await this.rest("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
      ...at(repo),
      issue_number: number,
      labels
    });
  }
  async removeLabel(repo, number, name) {
    await this.rest("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", {
      ...at(repo),
      issue_number: number,
      name
    });
  }
  /** All sub-issues in one GraphQL mutation. */
  async addSubIssues(parent, children) {
    const mutations = children.map(
      (_, i) => `s${i}: addSubIssue(input: { issueId: $parent, subIssueId: $c${i} }) { subIssue { number } }`
    ).join(" ");
    const vars = children.map((_, i) => `$c${i}: ID!`).join(", ");
    const variables = { parent: parent.nodeId };
    children.forEach((child, i) => {
      variables[`c${i}`] = child.nodeId;
    });
    await this.octokit.graphql(`mutation($parent: ID!, ${vars}) { ${mutations} }`, {
      ...variables,
      headers: { "GraphQL-Features": "sub_issues" }
    });
  }
  async createCheckRun(repo, run) {
    const created = await this.rest("POST /repos/{owner}/{repo}/check-runs", {
      ...at(repo),
      ...run,
      status: "completed"
    });
    return created.id;
  }
  async updateCheckRun(repo, id, output) {
    await this.rest("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
      ...at(repo),
      check_run_id: id,
      output
    });
  }
};

// src/app/bot.ts
function botAccount(app) {
  let login2 = null;
  return () => {
    login2 ??= app.auth().then((octokit) => new GitHubClient({ octokit }).appLogin());
    login2.catch(() => {
      login2 = null;
    });
    return login2;
  };
}

// src/tracking/labels.ts
import { createHash } from "node:crypto";
var MAX = 50;
function reportLabel(path, config) {
  const short = path.replace(/^(?:docs\/)?postmortems\//, "").replace(/\.md$/i, "").replace(/,/g, "_");
  const name = `${config.labels.report}${short}`;
  if (name.length <= MAX) return name;
  const hash = createHash("sha256").update(path).digest("hex").slice(0, 6);
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
function ourMarker(issue, botLogin) {
  return issue.author === botLogin ? parseMarker(issue.body) : null;
}
function ourTracker(issue, botLogin) {
  const marker = ourMarker(issue, botLogin);
  return marker?.kind === "tracker" ? { issue, marker } : null;
}
function ourIssues(existing, botLogin, paths) {
  const trackers = [];
  const actions = [];
  for (const issue of [...existing].sort((a, b) => a.number - b.number)) {
    const marker = ourMarker(issue, botLogin);
    if (!marker || !paths.includes(marker.report)) continue;
    if (marker.kind === "tracker") trackers.push({ issue, marker });
    else actions.push({ issue, marker });
  }
  return { tracker: trackers[0] ?? null, actions };
}
var sameSet = (a, b) => a.length === b.length && a.every((x) => b.includes(x));
function mergeLabels(current, wanted) {
  const names2 = wanted.map((l) => l.name);
  const ours = /^(?:priority|type): /;
  return [.../* @__PURE__ */ new Set([...current.filter((l) => !ours.test(l) || names2.includes(l)), ...names2])];
}

// src/tracking/text.ts
function truncate(text, max) {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}
var cell = (text) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
function fitBody(text, limit, note) {
  return text.length > limit ? `${text.slice(0, limit)}

${note}` : text;
}

// src/tracking/render.ts
var MAX_TITLE = 256;
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
function itemBody(ctx, item, people2, trackerRef) {
  const rows = [];
  if (item.owners.length > 0) rows.push(["Owners", item.owners.join(", ")]);
  if (item.due) rows.push(["Due", item.due]);
  if (item.priority) rows.push(["Priority", item.priority]);
  if (item.type) rows.push(["Type", item.type]);
  if (item.group) rows.push(["Part", item.group === "tasks" ? "Tasks" : "Improvements"]);
  const lines2 = [
    item.text !== item.title ? `${item.title}

> ${item.text}` : item.title,
    "",
    ...rows.length > 0 ? ["| | |", "| --- | --- |", ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, "\\|")} |`), ""] : [],
    `Action item from the postmortem [${ctx.report.title}](${reportUrl(ctx, item.line)}) (line ${item.line}), merged in ${pullRequestText(ctx)}.`,
    `Tracked by ${trackerRef}.`
  ];
  if (people2.mentioned.length > 0) {
    lines2.push(
      "",
      `${people2.mentioned.join(", ")}: named as owner${people2.mentioned.length > 1 ? "s" : ""} in the report, but cannot be assigned here (a team, or not a collaborator of this repository).`
    );
  }
  lines2.push("", renderMarker({ v: 1, kind: "action", report: ctx.path, key: item.key }));
  return lines2.join("\n");
}
var stateText = {
  open: "",
  completed: "closed",
  not_planned: "won't do",
  done: "done in the report"
};
function entryLine(entry, state, ref) {
  const title = state === "not_planned" ? `~~${entry.title}~~` : entry.title;
  const details = [
    entry.owners?.length ? entry.owners.join(", ") : "",
    entry.due ? `due ${entry.due}` : "",
    entry.priority ?? "",
    stateText[state]
  ].filter(Boolean);
  return `- [${state === "open" ? " " : "x"}] ${ref ? `${ref} ` : ""}${title}${details.length ? ` (${details.join(" \xB7 ")})` : ""}`;
}
function headerFromReport(ctx) {
  const meta = ctx.report.frontMatter;
  const facts = [
    typeof meta.severity === "string" || typeof meta.severity === "number" ? `Severity: ${meta.severity}` : "",
    typeof meta.date === "string" ? `Date: ${meta.date}` : ""
  ].filter(Boolean);
  return { title: ctx.report.title, url: reportUrl(ctx), mergedIn: pullRequestText(ctx), facts };
}
function headerFromMarker(marker, serverUrl2, target) {
  const source = parseRepoName(marker.source);
  const path = marker.report.split("/").map(encodeURIComponent).join("/");
  const facts = [
    marker.severity ? `Severity: ${marker.severity}` : "",
    marker.date ? `Date: ${marker.date}` : ""
  ].filter(Boolean);
  return {
    title: marker.title,
    url: `${serverUrl2}/${marker.source}/blob/${marker.sha}/${path}`,
    mergedIn: marker.pr === null ? `commit ${marker.sha.slice(0, 7)}` : issueRef(target, source, marker.pr),
    facts
  };
}
function trackerBody(header, lines2, resolved, total, marker) {
  return [
    `Follow-up of the postmortem [${header.title}](${header.url}), merged in ${header.mergedIn}.`,
    ...header.facts.length > 0 ? ["", header.facts.join(" \xB7 ")] : [],
    "",
    `**Progress: ${resolved} of ${total} resolved**`,
    "",
    ...lines2.length > 0 ? lines2 : ["No action items."],
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

// src/tracking/transition.ts
function trackerTransition(tracker, allResolved, closing) {
  if (allResolved && tracker.open) {
    return {
      comment: tracker.number === null ? null : { op: "comment", repo: tracker.repo, issue: { existing: tracker.number }, body: closing },
      state: { state: "closed", stateReason: "completed" }
    };
  }
  if (!allResolved && !tracker.open)
    return { comment: null, state: { state: "open", stateReason: "reopened" } };
  return { comment: null, state: {} };
}

// src/tracking/refresh.ts
function entryRepo(entry, target) {
  return entry.repo ? parseRepoName(entry.repo) : target;
}
function entryState(entry, target, live) {
  if (entry.done) return "done";
  if (entry.issue === null) return "open";
  return live.get(issueKey(entryRepo(entry, target), entry.issue)) ?? entry.state ?? "open";
}
function trackerRefresh(input) {
  const { tracker, marker, live } = input;
  const target = tracker.repo;
  const states = marker.items.map((entry) => entryState(entry, target, live));
  const items = marker.items.map((entry, i) => {
    const state = states[i];
    return entry.ref && state && state !== "done" ? { ...entry, state } : entry;
  });
  const updated = { ...marker, items };
  const lines2 = items.map(
    (entry, i) => entryLine(
      entry,
      states[i] ?? "open",
      entry.issue !== null ? issueRef(target, entryRepo(entry, target), entry.issue) : null
    )
  );
  const resolved = states.filter((s) => s !== "open").length;
  const header = headerFromMarker(updated, input.serverUrl, target);
  const body = trackerBody(header, lines2, resolved, items.length, updated);
  const allResolved = items.length > 0 && resolved === items.length;
  const notPlanned = states.filter((s) => s === "not_planned").length;
  const transition = trackerTransition(
    { repo: target, number: tracker.number, open: tracker.state === "open" },
    allResolved,
    input.closing ?? allResolvedComment(items.length, notPlanned)
  );
  const update = {
    op: "updateIssue",
    repo: target,
    issue: { existing: tracker.number },
    ...transition.state
  };
  if (body !== tracker.body) update.body = body;
  return { update: update.body !== void 0 || update.state ? update : null, comment: transition.comment };
}
function planTrackerRefresh(input) {
  const { update, comment } = trackerRefresh(input);
  return [comment, update].filter((op) => op !== null);
}

// src/jobs/issue-state.ts
async function syncIssueState(repo, issue, serverUrl2, deps) {
  const done = [];
  const seen = /* @__PURE__ */ new Set();
  for (const label2 of issue.labels.filter((l) => isReportLabel(l, deps.config))) {
    const issues = await deps.client.issuesWithLabel(repo, label2);
    const live = /* @__PURE__ */ new Map([[issueKey(repo, issue.number), stateOf(issue)]]);
    for (const i of issues) live.set(issueKey(repo, i.number), stateOf(i));
    for (const listed of issues) {
      const tracker = ourTracker(listed, deps.botLogin);
      if (!tracker || seen.has(listed.number)) continue;
      if (!tracker.marker.items.some((e) => e.issue === issue.number && !e.repo)) continue;
      seen.add(listed.number);
      const ops = planTrackerRefresh({ tracker: listed, marker: tracker.marker, live, serverUrl: serverUrl2 });
      await deps.gateway.apply(ops);
      done.push(...ops);
    }
  }
  return done;
}

// src/queue/lock.ts
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

// src/config/load.ts
import { parse as parseYaml } from "yaml";

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
  "corrective-guess",
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
  }).strict().prefault({}).describe("Words that name each part of a report, replacing the built-in ones."),
  labels: z.object({
    action: z.string().min(1).max(50).default("postmortem-action").describe("Label of every action-item issue."),
    tracker: z.string().min(1).max(50).default("postmortem-tracker").describe("Label of every tracker issue."),
    report: z.string().max(20).default("pm:").describe(
      "Prefix of the label that ties one report's issues together; the report's path follows, without postmortems/ and .md."
    ),
    priority: z.boolean().default(true).describe(`Add a "priority: P1" label from the item's priority.`),
    type: z.boolean().default(true).describe(`Add a "type: prevent" label from the item's type.`)
  }).strict().prefault({}).describe("The labels the issues get; they are created on first use."),
  issues: z.object({
    repository: z.string().regex(/^[A-Za-z0-9_.-]+$/, "a repository name of the same owner, without the owner").nullable().default(null).describe("File the issues in this repository of the same owner instead of the report's own."),
    "assign-owners": z.boolean().default(true).describe("Assign the item's @owners who can be assigned; mention the others."),
    "checked-items": z.enum(["record", "file"]).default("record").describe(
      '"record": a checked item is shown as done in the tracker, with no issue. "file": it gets a closed issue.'
    ),
    "max-items": z.number().int().min(1).max(200).default(50).describe(
      "Above this many open items in one report nothing is filed, and the pull request is told why."
    )
  }).strict().prefault({}).describe("Where and how the action-item issues are filed."),
  reminders: z.object({
    interval: duration.default("7d").describe("How often a tracker with open items gets a follow-up comment."),
    timezone: z.string().default("UTC").describe("IANA time zone in which due dates and overdue days are counted."),
    "mention-owners": z.boolean().default(true).describe("Mention the owners of open items in follow-up comments."),
    "due-by-priority": z.partialRecord(z.enum(["P0", "P1", "P2", "P3", "P4"]), duration).default({ P0: "7d", P1: "14d", P2: "30d", P3: "90d" }).describe("Due date of an item without one, counted from the merge, by the item's priority."),
    "default-due": duration.default("30d").describe("Due date of an item with neither a due date nor a policy for its priority."),
    "overdue-label": z.string().min(1).max(50).default("overdue").describe("Label of open items past their due date.")
  }).strict().prefault({}).describe("The scheduled follow-up of open items (the Action's sweep)."),
  review: z.object({
    rules: z.partialRecord(z.enum(ruleIds), z.enum(["off", "notice", "warning", "error"])).default({}).describe(
      'A level per review rule id ("item-owner": "error"), replacing its default; "off" silences it.'
    ),
    blameless: z.array(z.object({ phrase: z.string().min(2), rewrite: z.string().min(1) }).strict()).optional().describe("Phrases that blame people, each with a blameless rewrite; replaces the built-in list."),
    "fail-on": z.enum(["error", "warning", "never"]).default("error").describe(
      "The review check fails on findings of this level or worse; below it the check is neutral."
    )
  }).strict().prefault({}).describe("The review of postmortems in pull requests."),
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

// src/github/gateway.ts
var ANNOTATIONS_PER_REQUEST = 50;
var Gateway = class {
  client;
  writer;
  log;
  dryRun;
  /** Logins this repository refused as assignees: not sent again. */
  unassignable = /* @__PURE__ */ new Set();
  constructor(options) {
    this.client = options.client;
    this.writer = options.client.writer();
    this.log = options.log;
    this.dryRun = options.dryRun ?? false;
  }
  /** Requests that the writes of `operations` cost: none in a dry run. */
  cost(operations) {
    return this.dryRun ? 0 : operations.length;
  }
  /** Applies operations in order; returns the issues it created, by their operation's key. */
  async apply(operations) {
    const created = /* @__PURE__ */ new Map();
    for (const op of operations) {
      const text = describeOperation(op);
      if (this.dryRun) {
        this.log.info(`[dry run] would ${text}`);
        continue;
      }
      this.log.info(text);
      if (op.op === "createIssue") created.set(op.key, await this.createIssue(op));
      else await this.applyOne(op);
    }
    return created;
  }
  async applyOne(op) {
    const w = this.writer;
    switch (op.op) {
      case "ensureLabel":
        return ignoring(
          422,
          () => w.createLabel(op.repo, { name: op.name, color: op.color, description: op.description })
        );
      // 422: it exists already
      case "renameLabel":
        return w.updateLabel(op.repo, op.from, { new_name: op.to });
      case "describeLabel":
        return w.updateLabel(op.repo, op.name, { description: op.description });
      case "updateIssue":
        return w.updateIssue(op.repo, op.issue.existing, this.issueChange(op));
      case "comment":
        return this.comment(op);
      case "addLabels":
        return w.addLabels(op.repo, op.issue.existing, op.labels);
      case "removeLabel":
        return ignoring(404, () => w.removeLabel(op.repo, op.issue.existing, op.label));
      // 404: gone already
      case "addSubIssues":
        return this.addSubIssues(op);
      case "publishCheckRun":
        return this.publishCheckRun(op);
    }
  }
  issueChange(op) {
    const change = {};
    if (op.title !== void 0) change.title = op.title;
    if (op.body !== void 0) change.body = op.body;
    if (op.labels) change.labels = op.labels;
    if (op.state) change.state = op.state;
    if (op.stateReason) change.state_reason = op.stateReason;
    if (op.assignees) change.assignees = op.assignees.filter((a) => !this.unassignable.has(a.toLowerCase()));
    return change;
  }
  async comment(op) {
    try {
      await this.writer.comment(op.repo, op.issue.existing, op.body);
    } catch (error) {
      if (!op.bestEffort || error instanceof BudgetExhausted) throw error;
      this.log.warn(`${op.bestEffort}: ${errorText(error)}`);
    }
  }
  /** Creates an issue once: owners who cannot be assigned are left out and reported back. */
  async createIssue(op) {
    let assignees = op.assignees.filter((a) => !this.unassignable.has(a.toLowerCase()));
    const send = async () => {
      const made = await this.writer.createIssue(op.repo, {
        title: op.title,
        body: op.body,
        labels: op.labels,
        assignees
      });
      return { number: made.number, nodeId: made.node_id };
    };
    let issue;
    try {
      issue = await send();
    } catch (error) {
      if (httpStatus(error) === 422 && assignees.length > 0 && /assignee/i.test(errorText(error))) {
        assignees = await this.assignable(op.repo, assignees);
        issue = await send();
      } else if (isTransient(error)) {
        issue = await this.findCreated(op) ?? await send();
      } else {
        throw error;
      }
    }
    if (op.close)
      await this.writer.updateIssue(op.repo, issue.number, { state: "closed", state_reason: op.close });
    const refused = op.assignees.filter((a) => !assignees.includes(a));
    return { repo: op.repo, ...issue, refused };
  }
  /** After a failed create, looks for the issue among the newest ones with its labels and marker. */
  async findCreated(op) {
    const marker = op.body.slice(op.body.lastIndexOf("<!-- postmortem-tracker"));
    const newest = await this.client.newestIssues(op.repo, op.labels);
    return newest.find((i) => i.body.includes(marker) && i.title === op.title) ?? null;
  }
  async assignable(repo, logins) {
    const ok = [];
    for (const login2 of logins) {
      if (await this.client.canBeAssigned(repo, login2)) {
        ok.push(login2);
        continue;
      }
      this.unassignable.add(login2.toLowerCase());
      this.log.warn(`@${login2} cannot be assigned in ${repo.owner}/${repo.repo}; mentioned instead`);
    }
    return ok;
  }
  /** Where the API has no sub-issues, the tracker's checklist is enough. */
  async addSubIssues(op) {
    try {
      await this.writer.addSubIssues(op.parent, op.children);
    } catch (error) {
      if (error instanceof BudgetExhausted) throw error;
      this.log.warn(
        `sub-issues were not added (${errorText(error)}); the tracker's checklist lists the items`
      );
    }
  }
  /** One check run, its annotations 50 a request: the first batch with it, the rest in updates. */
  async publishCheckRun(op) {
    const { annotations } = op.output;
    const batch = (i) => ({
      ...op.output,
      annotations: annotations.slice(i, i + ANNOTATIONS_PER_REQUEST)
    });
    const id = await this.writer.createCheckRun(op.repo, {
      name: op.name,
      head_sha: op.headSha,
      conclusion: op.conclusion,
      output: batch(0)
    });
    for (let i = ANNOTATIONS_PER_REQUEST; i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
      await this.writer.updateCheckRun(op.repo, id, batch(i));
  }
};
var isTransient = (error) => {
  const status = httpStatus(error);
  return status === null || status >= 500;
};
async function ignoring(status, write) {
  try {
    await write();
  } catch (error) {
    if (httpStatus(error) !== status) throw error;
  }
}

// src/app/handler.ts
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
async function depsFor(context, env, config) {
  const log = logger(context);
  const client = new GitHubClient({ octokit: context.octokit });
  const gateway = new Gateway({ client, log, dryRun: config["dry-run"] });
  return { client, gateway, config, botLogin: await env.botLogin(), log, now: env.now };
}
var serverUrl = (htmlUrl) => new URL(htmlUrl).origin;
async function handle(context, env, options, job) {
  const repo = context.repo();
  const run = async () => {
    const loaded = await readConfig(context);
    if (!loaded.ok) {
      context.log.error(loaded.message);
      if (options.onBadConfig)
        await options.onBadConfig(loaded.message, await depsFor(context, env, defaultConfig));
      return;
    }
    await job(await depsFor(context, env, loaded.config), repo);
  };
  await (options.lock ? withLock(`${repo.owner}/${repo.repo}`, run) : run());
}

// src/app/on-issue-state.ts
function onIssueState(app, env) {
  app.on(["issues.closed", "issues.reopened"], async (context) => {
    const { issue, repository, sender } = context.payload;
    if (issue.labels?.length === 0) return;
    const repo = context.repo();
    await withLock(`${repo.owner}/${repo.repo}`, async () => {
      if (sender.login === await env.botLogin()) return;
      await handle(
        context,
        env,
        { lock: false },
        (deps) => syncIssueState(
          repo,
          toExisting(repo, issue),
          serverUrl(repository.html_url),
          deps
        ).then(() => void 0)
      );
    });
  });
}

// src/tracking/paths.ts
import picomatch from "picomatch";
function isReportPath(path, config) {
  return picomatch.isMatch(path, config.paths, { dot: true }) && !picomatch.isMatch(path, config.exclude, { dot: true });
}
function targetRepo(source, config) {
  return config.issues.repository ? { owner: source.owner, repo: config.issues.repository } : source;
}

// src/jobs/changes.ts
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
function changedReports(files, config) {
  const reports = files.filter((f) => isReportPath(f.path, config));
  const removed = reports.filter((f) => f.removed);
  const added = reports.filter((f) => f.added && !f.previousPath);
  const moved = removed.length === 1 && added.length === 1 && added[0] && removed[0];
  return reports.filter((f) => !f.removed).map((f) => moved && f === added[0] ? { ...f, previousPath: removed[0]?.path } : f);
}

// src/jobs/notice.ts
async function noticeOnce(deps, where, body, seen) {
  const comments = await deps.client.comments(where.repo, where.pullRequest);
  if (comments.some((c) => c.author === deps.botLogin && c.body.includes(seen))) return;
  await deps.gateway.apply([
    { op: "comment", repo: where.repo, issue: { existing: where.pullRequest }, body }
  ]);
}

// src/tracking/sync/comment.ts
var verbs = {
  created: "created",
  updated: "updated",
  closed: "closed (checked in the report)",
  removed: "closed as not planned (removed from the report)",
  linked: "linked (existing issue)"
};
function changedIssue(change, created) {
  return change.issue ?? (change.key ? created.get(change.key)?.number ?? null : null);
}
var refText = (from, repo, issue) => issue === null ? "(new issue)" : issueRef(from, repo, issue);
function pullRequestComment(ctx, changes, created, tracker, items) {
  const from = ctx.source;
  const head = `The action items of [${ctx.report.title}](${reportUrl(ctx)}) are tracked in ${refText(from, ctx.target, tracker)} (${items} item${items === 1 ? "" : "s"}).`;
  if (changes.length === 0) return `${head}

No issue needed a change.`;
  const rows = changes.map(
    (c) => `| ${refText(from, c.repo, changedIssue(c, created))} | ${cell(c.title)} | ${verbs[c.kind]} |`
  );
  return [head, "", "| Issue | Action item | Change |", "| --- | --- | --- |", ...rows].join("\n");
}

// src/tracking/close.ts
function closeWithComment(issue, body, reason) {
  const { repo, number } = issue;
  return {
    operations: [
      { op: "comment", repo, issue: { existing: number }, body },
      { op: "updateIssue", repo, issue: { existing: number }, state: "closed", stateReason: reason }
    ],
    change: {
      kind: reason === "completed" ? "closed" : "removed",
      title: issue.title,
      issue: number,
      repo
    }
  };
}

// src/tracking/sync/item.ts
var creationKey = (item) => `item:${item.key}`;
function baseEntry(pair, now) {
  const { item, before } = pair;
  return {
    key: item.key,
    // Titles are capped so that the tracker stays under GitHub's body limit.
    title: truncate(item.title, 120),
    issue: null,
    added: before?.added ?? now,
    ...item.due ? { due: item.due } : {},
    ...item.priority ? { priority: item.priority } : {},
    ...item.owners.length > 0 ? { owners: item.owners } : {}
  };
}
function planReference(pair, c) {
  const { item, own, before } = pair;
  const { ctx } = c.state.input;
  const ref = item.ref;
  const refRepo = { owner: ref.owner ?? ctx.source.owner, repo: ref.repo ?? ctx.source.repo };
  const inTarget = refRepo.owner === ctx.target.owner && refRepo.repo === ctx.target.repo;
  const entry = {
    ...baseEntry(pair, c.state.input.now),
    issue: ref.number,
    ...inTarget ? {} : { repo: repoName(refRepo) }
  };
  const linked = c.state.existing.find((i) => inTarget && i.number === ref.number);
  const state = linked ? stateOf(linked) : before?.state ?? "open";
  const operations = [];
  const changes = [];
  if (!before || before.issue !== ref.number || before.repo !== entry.repo) {
    operations.push({
      op: "comment",
      repo: refRepo,
      issue: { existing: ref.number },
      body: linkedComment(ctx, item, c.trackerRef(refRepo)),
      // Another repository may not let us write: that must not stop the sync.
      ...inTarget ? {} : { bestEffort: `line ${item.line}: could not comment on ${repoName(refRepo)}#${ref.number}` }
    });
    if (inTarget && !linked)
      operations.push({
        op: "addLabels",
        repo: refRepo,
        issue: { existing: ref.number },
        labels: [c.state.newLabel]
      });
    changes.push({ kind: "linked", title: item.title, issue: ref.number, repo: refRepo });
  }
  if (own && own.issue.state === "open" && own.issue.number !== ref.number) {
    const body = `This action item is now tracked in ${issueRef(ctx.target, refRepo, ref.number)}, as the report says; closing this one as not planned.`;
    const closed = closeWithComment({ ...own.issue, title: item.title }, body, "not_planned");
    operations.push(...closed.operations);
    changes.push(closed.change);
  }
  const placed = { entry: { ...entry, ref: true, state }, state };
  return { operations, changes, placed, subIssue: null };
}
function planChecked(pair, c) {
  const { item, own } = pair;
  const closed = own && own.issue.state === "open" ? closeWithComment({ ...own.issue, title: item.title }, checkedComment(c.state.input.ctx), "completed") : null;
  const entry = {
    ...baseEntry(pair, c.state.input.now),
    done: true,
    ...own ? { issue: own.issue.number } : {}
  };
  return {
    operations: closed?.operations ?? [],
    changes: closed ? [closed.change] : [],
    placed: { entry, state: "done" },
    subIssue: null
  };
}
function people(item, c) {
  const logins = item.owners.filter((o) => o.startsWith("@")).map((o) => o.slice(1));
  const assignable = c.state.input.config.issues["assign-owners"] ? logins.filter((o) => !o.includes("/")) : [];
  const mentioned = item.owners.filter((o) => o.startsWith("@") && !assignable.includes(o.slice(1)));
  return { assignable, mentioned };
}
function planOwn(pair, own, c) {
  const { item, before } = pair;
  const { ctx, config, now } = c.state.input;
  const base = baseEntry(pair, now);
  const wanted = mergeLabels(own.issue.labels, itemLabels(item, ctx.path, config));
  const title = itemTitle(item);
  const update = { op: "updateIssue", repo: ctx.target, issue: { existing: own.issue.number } };
  if (own.issue.title !== title) update.title = title;
  const ownersChanged = before !== void 0 && (before.owners ?? []).join() !== (base.owners ?? []).join();
  const detailsChanged = ownersChanged || before !== void 0 && (before.due !== base.due || before.priority !== base.priority);
  const labelsChanged = !sameSet(own.issue.labels, wanted);
  const { assignable, mentioned } = people(item, c);
  const moved = own.marker.key !== item.key || own.marker.report !== ctx.path;
  if (moved || own.issue.title !== title || detailsChanged || labelsChanged || c.state.tracker === null)
    update.body = itemBody(ctx, item, { mentioned }, c.trackerRef(ctx.target));
  if (labelsChanged) update.labels = wanted;
  if (ownersChanged) update.assignees = assignable;
  const closedByUs = own.issue.state === "closed" && (before?.done === true || before === void 0 && own.issue.stateReason === "not_planned");
  if (closedByUs) Object.assign(update, { state: "open", stateReason: "reopened" });
  const changed = Object.keys(update).length > 3;
  const known2 = c.state.previous.has(item.key) || c.state.previous.has(own.marker.key);
  return {
    operations: changed ? [update] : [],
    changes: changed ? [{ kind: "updated", title, issue: own.issue.number, repo: ctx.target }] : [],
    placed: { entry: { ...base, issue: own.issue.number }, state: closedByUs ? "open" : stateOf(own.issue) },
    subIssue: known2 ? null : { existing: own.issue.number }
  };
}
function planNew(pair, c) {
  const { item } = pair;
  const { ctx, config, now } = c.state.input;
  const key = creationKey(item);
  const title = itemTitle(item);
  const { assignable, mentioned } = people(item, c);
  const operation = {
    op: "createIssue",
    key,
    repo: ctx.target,
    title,
    body: itemBody(ctx, item, { mentioned }, c.trackerRef(ctx.target)),
    labels: itemLabels(item, ctx.path, config).map((l) => l.name),
    assignees: assignable,
    ...item.checked ? { close: "completed" } : {}
  };
  return {
    operations: [operation],
    changes: [{ kind: "created", title, issue: null, key, repo: ctx.target }],
    placed: { entry: baseEntry(pair, now), state: item.checked ? "completed" : "open", key, item, mentioned },
    subIssue: { key }
  };
}
function planItem(pair, c) {
  if (pair.item.ref) return planReference(pair, c);
  if (pair.item.checked && c.state.input.config.issues["checked-items"] === "record")
    return planChecked(pair, c);
  return pair.own ? planOwn(pair, pair.own, c) : planNew(pair, c);
}
function bodyWithRefused(placed, refused, c) {
  if (!placed.item || refused.length === 0) return null;
  const mentioned = [...placed.mentioned ?? [], ...refused.map((r) => `@${r}`)];
  return itemBody(c.state.input.ctx, placed.item, { mentioned }, c.trackerRef(c.state.input.ctx.target));
}

// src/report/normalize.ts
import { createHash as createHash2 } from "node:crypto";
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
  return `h${createHash2("sha256").update(normalizeText(title)).digest("hex").slice(0, 10)}`;
}
function explicitKey(id) {
  return id.replace(/[^\w.-]+/g, "-").slice(0, 64);
}

// src/report/html.ts
import { fromHtml } from "hast-util-from-html";

// src/report/inline.ts
var breakTag = /^<br\s*\/?>$/i;
var idComment = /^<!--\s*id:\s*([\w.-]+)\s*-->$/i;
var newlines = (text) => text.split("\n").length - 1;
function flush(c) {
  const visible = c.pieces.filter((p) => /[^\s:]/.test(p.text));
  const styled = visible.length > 0 && visible.every((p) => p.styled);
  c.lines.push({
    text: cleanText(c.pieces.map((p) => p.text).join("")),
    line: c.line,
    styled,
    links: c.links,
    id: c.id,
    boldLabel: visible[0]?.styled === true && !styled
  });
  c.pieces = [];
  c.links = [];
  c.id = null;
}
function take(token, c) {
  switch (token.type) {
    case "text":
    case "code_inline":
      c.pieces.push({ text: token.content, styled: c.styled > 0 });
      return;
    case "softbreak":
    case "hardbreak":
      flush(c);
      c.line += 1;
      return;
    case "html_inline": {
      const value = token.content.trim();
      if (breakTag.test(value)) {
        flush(c);
        return;
      }
      const id = idComment.exec(value);
      if (id?.[1]) c.id = id[1];
      c.line += newlines(token.content);
      return;
    }
    case "link_open": {
      const href = token.attrGet("href");
      if (typeof href === "string" && href !== "") c.links.push(href);
      return;
    }
    case "strong_open":
    case "em_open":
      c.styled += 1;
      return;
    case "strong_close":
    case "em_close":
      c.styled = Math.max(0, c.styled - 1);
      return;
    default:
      return;
  }
}
function inlineLines(children, firstLine2) {
  const c = { lines: [], pieces: [], links: [], id: null, line: firstLine2, styled: 0 };
  for (const child of children ?? []) take(child, c);
  flush(c);
  return c.lines.filter((l) => l.text !== "" || l.id !== null);
}
var shortcode = /(?<![\w:]):(?=[a-z0-9_+-]*[a-z])[a-z0-9_+-]+:(?![:\d])/g;
function cleanText(text) {
  const plain2 = text.includes(":") ? text.replace(shortcode, "") : text;
  return plain2.replace(/\s+/g, " ").trim();
}
function joinLines(lines2) {
  const first = lines2[0];
  if (!first) return null;
  return {
    text: lines2.map((l) => l.text).join(" "),
    line: first.line,
    styled: lines2.every((l) => l.styled),
    links: lines2.flatMap((l) => l.links),
    id: lines2.find((l) => l.id)?.id ?? null,
    boldLabel: first.boldLabel === true
  };
}

// src/report/vocabulary.ts
var defaultSectionNames = {
  corrective: [
    "corrective",
    "preventa",
    "preventi",
    "to prevent",
    "prevent recurrence",
    "prevent future",
    "measures",
    "actions",
    "remediat",
    "recommendation",
    "in future",
    "in the future",
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
var pastActions = /\b(?:actions?|measures?|steps?) (?:taken|performed|done|so far|during|we took)\b/;
function classifyHeading(text, names2) {
  const normalized = normalizeHeading(text);
  if (normalized === "") return null;
  const kind = kindOrder.find((k) => matchesAny(normalized, names2[k])) ?? null;
  if (kind === "corrective" && pastActions.test(normalized)) return "rootCause";
  return kind;
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
var known = /* @__PURE__ */ new WeakMap();
function isKnownHeading(text, names2) {
  let answers = known.get(names2);
  if (!answers) {
    answers = /* @__PURE__ */ new Map();
    known.set(names2, answers);
  }
  const cached = answers.get(text);
  if (cached !== void 0) return cached;
  const answer = classifyHeading(text, names2) !== null || continuesCorrective(text, names2) || isClosingHeading(text, names2);
  if (answers.size > 1e4) answers.clear();
  answers.set(text, answer);
  return answer;
}

// src/report/paragraphs.ts
var BOLD_RANK = 7;
var PLAIN_RANK = 8;
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
function mergeWrapped(lines2) {
  const out = [];
  let run = [];
  for (const line of lines2) {
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
function paragraphBlocks(lines2, names2, endLine) {
  const blocks = [];
  let run = [];
  const flushRun = (end) => {
    const first = run[0];
    if (first) blocks.push({ kind: "paragraph", lines: mergeWrapped(run), line: first.line, endLine: end });
    run = [];
  };
  for (const line of lines2) {
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
  const lines2 = [];
  let current = {
    parts: [],
    links: [],
    line: null
  };
  const flush2 = () => {
    const text = cleanText(current.parts.map((p) => p.text).join(""));
    const visible = current.parts.filter((p) => p.text.replace(/[\s:]/g, "") !== "");
    if (text !== "") {
      lines2.push({
        text,
        line: current.line ?? 1,
        styled: visible.length > 0 && visible.every((p) => p.styled),
        links: current.links,
        id: null
      });
    }
    current = { parts: [], links: [], line: null };
  };
  const walk = (node, styled) => {
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
      for (const child of node.children) walk(child, styled || styledTags.has(node.tagName));
    }
  };
  for (const node of nodes) walk(node, false);
  flush2();
  return lines2;
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
    more: false,
    body: null
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
    const lines2 = inlineLines2(inline, ctx);
    const last = inline[inline.length - 1];
    if (lines2.length > 0 && last) blocks.push(...paragraphBlocks(lines2, ctx.names, endLineOf(last, ctx)));
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
      const lines2 = inlineLines2(node.children, ctx);
      if (lines2.length > 0) blocks.push(...paragraphBlocks(lines2, ctx.names, endLineOf(node, ctx)));
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
function hasNoText(html) {
  return html.replace(/<!--[\s\S]*?(?:-->|$)/g, "").replace(/<[^>]*>/g, "").trim() === "";
}
function htmlBlocks(html, lineOffset, names2) {
  if (hasNoText(html)) return [];
  const tree = fromHtml(html, { fragment: true });
  return blocksOf(tree.children, { offset: lineOffset, names: names2 });
}

// src/report/blocks.ts
function span(token, fallback) {
  if (!token.map) return { line: fallback, endLine: fallback };
  return { line: token.map[0] + 1, endLine: Math.max(token.map[0] + 1, token.map[1]) };
}
var inlineOf = (node) => node?.children.find((c) => c.token.type === "inline")?.token;
function lines(node, fallback) {
  const inline = inlineOf(node);
  return inline ? inlineLines(inline.children, span(node.token, fallback).line) : [];
}
var ACTION_MARKER = /^\s*<!--\s*postmortem-tracker:\s*action[- ]items\s*-->\s*$/i;
var taskMarker = /^\[([ xX])\](?:\s+|$)/;
function taskState(paragraph) {
  const first = inlineOf(paragraph)?.children?.[0];
  if (first?.type !== "text") return null;
  const marker = taskMarker.exec(first.content);
  if (!marker) return null;
  first.content = first.content.slice(marker[0].length);
  return marker[1] !== " ";
}
var isList = (node) => node.token.type === "bullet_list_open" || node.token.type === "ordered_list_open";
function listEntry(item, raw) {
  const at2 = span(item.token, 1).line;
  const [first, ...rest] = item.children;
  const paragraph = first?.token.type === "paragraph_open" ? first : void 0;
  const checked = taskState(paragraph);
  const headLines = paragraph ? lines(paragraph, at2) : [];
  raw?.push(...headLines);
  const head = joinLines(headLines);
  const children = [];
  let more = false;
  let body = null;
  for (const child of paragraph ? rest : item.children) {
    if (isList(child)) children.push(...child.children.map((c) => listEntry(c)));
    else {
      if (!more && child.token.type === "paragraph_open") body = joinLines(lines(child, at2));
      more = true;
    }
  }
  return { head, checked, line: at2, children, more, body };
}
var startsLikeEntry = (text) => new RegExp("^\\p{Lu}[^:.!?]{1,60}:\\s+\\S", "u").test(text);
var endsSentence2 = (text) => /[.!?]["'”’)]?$/.test(text);
function listBlocks(node, ctx) {
  const out = [];
  let entries = [];
  let start = span(node.token, 1).line;
  const flushList = (end) => {
    if (entries.length > 0) out.push({ kind: "list", entries, line: start, endLine: end });
    entries = [];
  };
  for (const item of node.children) {
    const raw = [];
    const entry = listEntry(item, raw);
    const lazy = (l) => !/^\s/.test(ctx.source[l.line - 1] ?? " ");
    const cut = raw.findIndex((l, i) => i > 0 && lazy(l) && pseudoHeading(l, ctx.names) !== null);
    const kept = cut > 0 ? raw.slice(0, cut) : raw;
    const segments = [];
    for (const [i, l] of kept.entries()) {
      const prev = kept[i - 1];
      if (i === 0 || prev && lazy(l) && endsSentence2(prev.text) && startsLikeEntry(l.text))
        segments.push([l]);
      else segments[segments.length - 1]?.push(l);
    }
    if (segments.length <= 1 && cut < 0) {
      entries.push(entry);
      continue;
    }
    segments.forEach((segment, i) => {
      const last = i === segments.length - 1 && cut < 0;
      entries.push({
        ...entry,
        head: joinLines(segment),
        line: segment[0]?.line ?? entry.line,
        checked: i === 0 ? entry.checked : null,
        children: last ? entry.children : [],
        more: last ? entry.more : false,
        body: last ? entry.body : null
      });
    });
    if (cut > 0) {
      const tail = raw.slice(cut);
      flushList((tail[0]?.line ?? entry.line) - 1);
      out.push(...paragraphBlocks(tail, ctx.names, tail[tail.length - 1]?.line ?? entry.line));
      if (entry.children.length > 0)
        out.push({
          kind: "list",
          entries: entry.children,
          line: entry.children[0]?.line ?? entry.line,
          endLine: trimmed(span(item.token, 1), ctx.source).endLine
        });
      start = span(item.token, 1).endLine + 1;
    }
  }
  flushList(trimmed(span(node.token, 1), ctx.source).endLine);
  return out;
}
function emptyLine(line) {
  return { text: "", line, styled: false, links: [], id: null };
}
function tableBlock2(table) {
  const rows = table.children.flatMap((part) => part.children.filter((r) => r.token.type === "tr_open"));
  const cellLines = (row) => {
    const line = span(row.token, 1).line;
    return row.children.map(
      (cell2) => joinLines(lines(cell2, line).map((l) => ({ ...l, line }))) ?? emptyLine(line)
    );
  };
  const [header, ...body] = rows;
  return {
    kind: "table",
    header: header ? cellLines(header).map((cell2) => cell2.text) : [],
    rows: body.map((row) => ({ cells: cellLines(row), line: span(row.token, 1).line })),
    ...span(table.token, 1)
  };
}
function proseCode(token, names2) {
  const at2 = span(token, 1);
  const raw = token.content.split("\n");
  const written = raw.map((text, i) => ({ text: text.trim(), line: at2.line + i })).filter((l) => l.text !== "");
  const prose = written.every(
    (l) => /^[\p{L}\p{N}"'(]/u.test(l.text) && l.text.split(/\s+/).length >= 4 && !/[{};=]\s*$|^\$ /.test(l.text)
  );
  if (!prose || written.length === 0) return [{ kind: "other", ...at2 }];
  const textLines = written.map((l) => ({
    text: cleanText(l.text),
    line: l.line,
    styled: false,
    links: [],
    id: null
  }));
  return paragraphBlocks(textLines, names2, at2.endLine);
}
function trimmed(block, source) {
  let end = block.endLine;
  while (end > block.line && (source[end - 1] ?? "").trim() === "") end -= 1;
  return { line: block.line, endLine: end };
}
function nodeBlocks(node, names2, source) {
  const token = node.token;
  switch (token.type) {
    case "heading_open": {
      const text = lines(node, 1).map((l) => l.text).join(" ");
      return [{ kind: "heading", rank: Number(token.tag.slice(1)), text, ...span(token, 1) }];
    }
    case "paragraph_open":
      return paragraphBlocks(lines(node, 1), names2, span(token, 1).endLine);
    case "bullet_list_open":
    case "ordered_list_open":
      return listBlocks(node, { names: names2, source });
    case "code_block":
      return proseCode(token, names2);
    case "table_open":
      return [tableBlock2(node)];
    case "html_block":
      if (ACTION_MARKER.test(token.content)) return [{ kind: "marker", ...span(token, 1) }];
      return htmlBlocks(token.content, span(token, 1).line - 1, names2);
    case "footnote_block_open":
      return [];
    default:
      return token.map ? [{ kind: "other", ...span(token, 1) }] : [];
  }
}
function documentBlocks(nodes, names2, body) {
  const source = body.split("\n");
  return nodes.flatMap((node) => nodeBlocks(node, names2, source));
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

// src/report/evidence.ts
var imperative = /^(?:never|always|don'?t|do not|avoid|add|adopt|alert|audit|automate|build|check|choose|conduct|configure|consider|create|define|deploy|develop|disable|document|enable|enforce|enhance|ensure|establish|evaluate|expand|explore|fix|have|implement|improve|increase|install|integrate|introduce|investigate|keep|limit|make|migrate|monitor|move|optimi[sz]e|patch|perform|plan|provide|reduce|refactor|remove|replace|require|review|rotate|run|scale|schedule|set up|share|split|standardi[sz]e|start|stop|switch|test|track|train|update|upgrade|use|validate|verify|write)\b/i;
var commitment = /\b(?:we|i|they|the team|team)\s+(?:will|shall|must|should|plan to|intend to|are going to|'re going to|need to)\b|\bwe(?:'re| are)\s+\w+ing\b|\bto be\s+\w+ed\b/i;
var label = /^[^:.!?]{2,60}:\s+\S/;
var connector = /^(?:additionally|also|furthermore|moreover|however|overall|finally|in (?:conclusion|summary|short|addition)|to (?:sum up|conclude)|by (?:implementing|taking|following|adopting)|it is|it was|this (?:is|was|incident)|these|we believe|we hope|thank)\b/i;
var aboutTheMeasures = /\b(?:these|the above|such) (?:corrective |preventative |preventive )?(?:measures|steps|actions|changes|improvements)\b/i;
var pastTelling = /\b(?:was|were|had been|has been)\s+\w+(?:ed|en|t)\b/i;
function reading(text) {
  const action = (imperative.test(text) ? 2 : 0) + (commitment.test(text) ? 1 : 0) + (label.test(text) ? 1 : 0);
  const narrative2 = (connector.test(text) ? 2 : 0) + (aboutTheMeasures.test(text) ? 2 : 0) + (pastTelling.test(text) && !commitment.test(text) ? 1 : 0);
  return { action, narrative: narrative2 };
}
function readsAsAction(text) {
  const r = reading(text);
  return r.narrative <= r.action;
}
function isSignOff(text) {
  const words2 = text.split(/\s+/).filter(Boolean).length;
  return words2 < 4 && (words2 === 1 || !/[.!?]$/.test(text)) && !imperative.test(text);
}
var announcement = /\b(?:what we(?:'re| are| will be) doing|what we will do|we will|we are going to|going forward|to prevent|the following (?:measures|steps|actions|changes|improvements)|as follows)\b/i;
function announcesActions(text) {
  return announcement.test(text);
}

// src/report/items.ts
var words = (text) => text.split(/\s+/).filter(Boolean).length;
var endsWithColon = (text) => /:\s*$/.test(text);
var stripColon = (text) => text.replace(/\s*:\s*$/, "");
var columnRoles = [
  ["owner", /owner|\bwho\b|assignee|assigned|responsible|\bdri\b|\bteam\b/i],
  ["due", /\bdue\b|deadline|\beta\b|target|\bwhen\b|date/i],
  ["priority", /priority|\bprio\b|\bsev/i],
  ["type", /\btype\b|category|\bkind\b/i],
  ["ref", /\bbug|issue|ticket|tracking|jira|\blink|\bpr\b|reference/i],
  ["status", /status|\bstate\b|\bdone\b|complete/i],
  [
    "item",
    /action|item|task|measure|follow|to ?do|\bwhat\b|description|title|remediation|step|focus|goal|improvement/i
  ]
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
var roleOf = (cell2) => columnRoles.find(([, re]) => re.test(cell2))?.[0];
var hasItemColumn = (table) => table.header.some((cell2) => roleOf(cell2) === "item");
function isActionTable(table) {
  const roles = [...columnMap(table.header).values()];
  return roles.includes("owner") && hasItemColumn(table) && table.rows.length > 0;
}
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
  if (entry.children.length === 0 && endsWithColon(head.text)) {
    if (!entry.body) return [];
    const joined = { ...head, text: `${stripColon(head.text)}: ${entry.body.text}` };
    return [{ head: joined, checked: entry.checked === true, labels, cells: {} }];
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
var LONE_LINE_WORDS = 30;
function listCandidates(entries, labels, names2) {
  let current = labels;
  return entries.flatMap((entry) => {
    const text = entry.head?.text ?? "";
    if (entry.children.length === 0 && !entry.body && endsWithColon(text)) {
      current = [...labels, text];
      return [];
    }
    return entryCandidates(entry, current, names2);
  });
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
  if (lists.length > 0) return lists.flatMap((l) => listCandidates(l.entries, group.labels, names2));
  if (tables.length > 0) return tables.flatMap((t) => tableCandidates(t, group.labels));
  const paragraphs = group.blocks.filter((b) => b.kind === "paragraph");
  const listLike = paragraphs.filter((p) => p.lines.length >= 2);
  const lines2 = (listLike.length > 0 ? listLike : paragraphs).flatMap((p) => p.lines);
  const several = lines2.length > 1;
  return lines2.filter((l) => isActionLine(l) && readsAsAction(l.text) && !(several && isSignOff(l.text))).filter((l) => several || words(l.text) <= LONE_LINE_WORDS).map((head) => ({ head, checked: false, labels: group.labels, cells: {} }));
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
var labelled = (entry) => {
  const head = entry.head;
  return head !== null && !head.styled && head.boldLabel === true && /:\s*\S/.test(head.text);
};
function lessonCandidates(section) {
  const out = [];
  const take2 = (head, checked) => out.push({ head, checked, labels: [section.title], cells: {} });
  let announced = false;
  for (const block of section.blocks) {
    if (block.kind === "paragraph") {
      for (const line of block.lines) if (actionLabel.test(line.text)) take2(line, false);
      announced = block.lines.some((l) => announcesActions(l.text));
    } else if (block.kind === "list") {
      for (const entry of block.entries) {
        const head = entry.head;
        if (head && (announced || actionLabel.test(head.text) || directive.test(head.text) || labelled(entry)))
          take2(head, entry.checked === true);
      }
      announced = false;
    } else if (block.kind === "heading") announced = false;
  }
  return out;
}

// src/report/choose.ts
var inSpan = (line, spans) => spans.some((s) => line >= s.line && line <= s.endLine);
function fromSections(spans, names2) {
  return spans.flatMap((s, section) => sectionCandidates(s, names2).map((c) => ({ ...c, section })));
}
function standalone(blocks, spans, names2, kind) {
  const timeline2 = spans.filter((s) => s.kind === "timeline");
  const out = [];
  let heading = null;
  for (const block of blocks) {
    if (block.kind === "heading") heading = block;
    const fits = kind === "table" ? isStandaloneTable(block) : isStandaloneTaskList(block, heading, names2);
    if (!fits || inSpan(block.line, timeline2)) continue;
    out.push({
      kind: "corrective",
      title: heading?.text ?? "Action items",
      rank: heading?.rank ?? BOLD_RANK,
      line: heading?.line ?? block.line,
      endLine: block.endLine,
      blocks: [block]
    });
  }
  return out;
}
var isStandaloneTable = (block) => block.kind === "table" && isActionTable(block);
var notWork = /checklist|sign[- ]?off|acknowledg|approv|reviewed by|template/i;
function isStandaloneTaskList(block, heading, names2) {
  if (block.kind !== "list") return false;
  const tasks = block.entries.filter((e) => e.checked !== null).length;
  if (tasks === 0 || tasks * 2 < block.entries.length) return false;
  return !heading || !notWork.test(heading.text) && !isClosingHeading(heading.text, names2);
}
var evidenceOf = {
  table: (title) => `the table under "${title}", whose columns name an action and an owner`,
  tasks: (title) => `the task list under "${title}"`
};
function fromHeadings(corrective, names2) {
  const candidates = fromSections(corrective, names2);
  if (candidates.length === 0) return null;
  const used = corrective.filter((_, i) => candidates.some((c) => c.section === i));
  const weak = used.find((s) => s.rank >= BOLD_RANK);
  const first = used[0];
  const source = weak ? {
    certainty: "guess",
    evidence: `the line "${weak.title}", which only looks like a heading`,
    line: weak.line
  } : { certainty: "heading", evidence: `the heading "${first.title}"`, line: first.line };
  return { candidates, extraSections: [], source };
}
function fromStandalone(blocks, spans, names2) {
  const corrective = spans.filter((s) => s.kind === "corrective");
  for (const kind of ["table", "tasks"]) {
    const parts = standalone(blocks, spans, names2, kind).filter(
      (t) => !corrective.some((c) => c.line === t.line)
    );
    const candidates = fromSections(parts, names2);
    const first = parts[0];
    if (candidates.length > 0 && first) {
      const source = {
        certainty: "guess",
        evidence: evidenceOf[kind](first.title),
        line: first.line
      };
      return { candidates, extraSections: parts, source };
    }
  }
  return null;
}
function fromLessons(spans) {
  if (spans.some((s) => s.kind === "corrective")) return null;
  const lessons2 = spans.filter((s) => s.kind === "lessons");
  const candidates = lessons2.flatMap((s) => lessonCandidates(s));
  const from = lessons2.find((s) => candidates.some((c) => c.head.line >= s.line && c.head.line <= s.endLine));
  if (candidates.length === 0 || !from) return null;
  const evidence = `the entries of "${from.title}" that read as actions`;
  return { candidates, extraSections: [], source: { certainty: "guess", evidence, line: from.line } };
}
function chooseItems(blocks, spans, names2) {
  const marked = spans.filter((s) => s.marked);
  if (marked.length > 0) {
    const line = marked[0].line;
    const source = {
      certainty: "marker",
      evidence: "the postmortem-tracker marker comment",
      line
    };
    return { candidates: fromSections(marked, names2), extraSections: [], source };
  }
  const corrective = spans.filter((s) => s.kind === "corrective");
  return fromHeadings(corrective, names2) ?? fromStandalone(blocks, spans, names2) ?? fromLessons(spans) ?? { candidates: [], extraSections: [], source: null };
}

// src/report/front-matter.ts
import matter from "gray-matter";
import { parse as parseYaml2 } from "yaml";
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
function closingLine(lines2) {
  if (lines2[0]?.trimEnd() !== "---") return -1;
  return lines2.findIndex((line, i) => i > 0 && (line.trimEnd() === "---" || line.trimEnd() === "..."));
}
function readFrontMatter(text) {
  const lines2 = text.split("\n");
  const close2 = closingLine(lines2);
  if (close2 < 0) return { data: {}, body: text, error: null };
  const body = "\n".repeat(close2 + 1) + lines2.slice(close2 + 1).join("\n");
  try {
    const parsed = matter(lines2.slice(0, close2 + 1).join("\n"), {
      language: "yaml",
      engines: { yaml: (text2) => parseYaml2(text2) }
    });
    const data = parsed.data && typeof parsed.data === "object" ? plain(parsed.data) : {};
    return { data, body, error: null };
  } catch (error) {
    const message = error.message ?? "unreadable";
    const at2 = / at line (\d+), column \d+/.exec(message);
    const line = at2 ? Number(at2[1]) : 1;
    const reason = message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "");
    return { data: {}, body, error: { message: `front matter is not valid YAML: ${reason}`, line } };
  }
}
var said = (data, key) => {
  const value = data[key] ?? data[key.replace(/-/g, "_")];
  return typeof value === "string" ? value.trim().toLowerCase() : value;
};
function declaresNoItems(data) {
  const value = said(data, "action-items");
  return value === "none" || value === false || value === 0 || Array.isArray(value) && value.length === 0;
}
function isDraft(data) {
  return said(data, "status") === "draft";
}

// src/report/markdown.ts
import MarkdownIt from "markdown-it";
import footnote from "markdown-it-footnote";
var MAX_NESTING = 2e3;
var md = new MarkdownIt({ html: true, linkify: true, maxNesting: MAX_NESTING }).use(footnote);
var SHALLOW_NESTING = 400;
var shallow = new MarkdownIt({ html: true, linkify: true, maxNesting: SHALLOW_NESTING }).use(footnote);
function tokenize(body) {
  try {
    return { tokens: md.parse(body, {}), limit: MAX_NESTING };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { tokens: shallow.parse(body, {}), limit: SHALLOW_NESTING };
  }
}
function parseMarkdown(body) {
  const { tokens: tokens2, limit } = tokenize(body);
  const root = [];
  const stack = [root];
  let truncatedAt = null;
  let lastLine = 1;
  for (const token of tokens2) {
    if (token.map) lastLine = token.map[0] + 1;
    if (token.level >= limit - 1 && truncatedAt === null) truncatedAt = lastLine;
    if (token.nesting === -1) {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const node = { token, children: [] };
    stack[stack.length - 1].push(node);
    if (token.nesting === 1) stack.push(node.children);
  }
  return { nodes: root, truncatedAt, limit };
}
function decodeEntities(text) {
  return md.utils.unescapeAll(text.replace(/\\/g, "\\\\"));
}

// src/report/dates.ts
import { DateTime } from "luxon";
var month = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
var isoDate = "\\d{4}-\\d{2}-\\d{2}(?![\\d:T])|\\d{4}/\\d{1,2}/\\d{1,2}";
var datePattern = `(?:${isoDate}|${month}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${month}\\.?,?\\s+\\d{4})`;
var formats = ["yyyy-MM-dd", "yyyy/M/d", "MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy"];
var cache = /* @__PURE__ */ new Map();
function readDate(text) {
  const known2 = cache.get(text);
  if (known2) return known2;
  const result = parseDate(text);
  if (cache.size > 5e3) cache.clear();
  cache.set(text, result);
  return result;
}
function parseDate(text) {
  const plain2 = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (plain2) {
    const date = DateTime.utc(Number(plain2[1]), Number(plain2[2]), Number(plain2[3]));
    return date.isValid ? { iso: text } : { invalid: date.invalidExplanation ?? "not a real date" };
  }
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
var anyIsoDate = new RegExp(`(?<![\\w/-])(${isoDate})`, "g");
function bareIsoDate(text) {
  if (!/\d{4}/.test(text)) return null;
  for (const m of text.matchAll(anyIsoDate)) {
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
var issueRefs = new RegExp(issueRefText.source, "g");
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
  for (const m of scan.matchAll(issueRefs)) {
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
var dateInCell = new RegExp(datePattern, "i");
var wholeIsoDate = new RegExp(`^(?:${isoDate})$`);
function readMetadata(head, cells = {}) {
  let title = head.text;
  const problems = [];
  const owners = [];
  let due = null;
  const dueSource = cells.due?.text ?? "";
  const marked = dueSource ? null : dueWithMarker.exec(title);
  const bare = dueSource || marked ? null : bareIsoDate(title);
  const dateText = dueSource ? dateInCell.exec(dueSource)?.[0] ?? null : marked?.[2] ?? bare?.[1] ?? null;
  if (dueSource.trim() !== "" && !dateText && !/^(?:-|–|n\/a|none|tbd)$/i.test(dueSource.trim())) {
    problems.push(`due date "${dueSource.trim()}" could not be read: write it as YYYY-MM-DD`);
  }
  if (dateText) {
    const result = readDate(dateText);
    if ("iso" in result) due = result.iso;
    else problems.push(`due date "${dateText}" is not a real date (${result.invalid})`);
    const tagLike = marked && (/^(?:📅|🗓|due)/i.test(marked[1] ?? "") || wholeIsoDate.test(dateText));
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
  const ref = cells.ref ? firstRef(cells.ref.text, cells.ref.links) : firstRef(title, head.links);
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
  return { owners: [...new Set(owners)], due, priority, type, ref, id, title: tidy(title), problems };
}

// src/report/sections.ts
function findSections(blocks, names2) {
  const sections = [];
  let open2 = null;
  let lastHeading = null;
  for (const block of blocks) {
    if (block.kind === "marker") {
      open2 = {
        kind: "corrective",
        title: lastHeading ?? "Action items",
        rank: 0,
        line: block.line,
        endLine: block.endLine,
        blocks: [],
        marked: true
      };
      sections.push(open2);
      continue;
    }
    if (block.kind === "heading") {
      lastHeading = block.text;
      if (open2?.marked) open2 = null;
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
function reportTitle(frontMatter, blocks, path, names2) {
  if (typeof frontMatter.title === "string") {
    const title = cleanText(decodeEntities(frontMatter.title));
    if (title !== "") return title;
  }
  const headings = blocks.filter((b) => b.kind === "heading" && b.text !== "");
  const h1 = headings.find((h) => h.rank === 1);
  if (h1) return h1.text;
  const named = headings.find((h) => h.rank <= 6 && !isKnownHeading(h.text, names2));
  return named?.text ?? path.replace(/^.*\//, "").replace(/\.md$/i, "");
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
  const next = /* @__PURE__ */ new Map();
  const read = /* @__PURE__ */ new Map();
  return candidates.map((candidate) => {
    const { head, cells } = candidate;
    const signature = [
      head.text,
      head.id,
      ...head.links,
      ...Object.entries(cells).flatMap(([r, c]) => [r, c.text, ...c.links])
    ].join("\0");
    const meta = read.get(signature) ?? readMetadata(head, cells);
    read.set(signature, meta);
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
      let n = next.get(key) ?? 2;
      while (seen.has(`${key}-${n}`)) n += 1;
      next.set(key, n + 1);
      key = `${key}-${n}`;
    }
    seen.set(key, line);
    return {
      key,
      title: meta.title || candidate.head.text,
      text: candidate.head.text,
      line,
      checked: candidate.checked,
      owners: [...meta.owners],
      due: meta.due,
      priority: meta.priority,
      type: meta.type,
      ref: meta.ref ? { ...meta.ref } : null,
      group: groupOf(candidate, mixedSections.has(candidate.section), names2),
      id: meta.id
    };
  });
}
function missingItemsWarning(spans, choice) {
  const corrective = spans.find((s) => s.kind === "corrective");
  const found = choice.candidates.length;
  if (choice.source?.certainty === "marker") return null;
  if (corrective) {
    if (found > 0 && choice.source?.line === corrective.line) return null;
    if (found > 0 && choice.extraSections.length === 0) return null;
    if (found > 0)
      return {
        message: `"${corrective.title}" has no action items; ${found} action item(s) were taken from ${choice.source?.evidence}`,
        line: corrective.line
      };
    return {
      message: `"${corrective.title}" has no action items: write each measure as a list item ("- [ ] ...") so it can be tracked`,
      line: corrective.line
    };
  }
  if (found > 0 && choice.source) {
    const where = choice.extraSections[0]?.title ?? spans.find((s) => s.line === choice.source?.line)?.title;
    return {
      message: `no "Corrective and Preventative Measures" section; ${found} action item(s) were taken from "${where}"`,
      line: choice.source.line
    };
  }
  const lessons2 = spans.find((s) => s.kind === "lessons");
  return {
    message: `no "Corrective and Preventative Measures" section (or "Action items", "Next steps", "Follow-ups", "Remediation"), so there is nothing to track`,
    ...lessons2 ? { line: lessons2.line } : {}
  };
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
    const parsed = parseMarkdown(front.body);
    blocks = documentBlocks(parsed.nodes, names2, front.body);
    if (parsed.truncatedAt !== null)
      warnings.push({
        severity: "warning",
        message: `the Markdown nests deeper than ${parsed.limit} levels here; what lies deeper was not read`,
        file,
        line: parsed.truncatedAt
      });
  } catch (error) {
    errors.push({
      severity: "error",
      message: `could not read the Markdown: ${String(error)}`,
      file,
      line: 1
    });
  }
  const spans = findSections(blocks, names2);
  const choice = chooseItems(blocks, spans, names2);
  const sections = [...spans, ...choice.extraSections].sort((a, b) => a.line - b.line);
  const missing = missingItemsWarning(spans, choice);
  if (missing) warnings.push({ severity: "warning", file, ...missing });
  return {
    path: file,
    title: reportTitle(front.data, blocks, file, names2),
    frontMatter: front.data,
    sections: sections.map(({ kind, title, line, endLine }) => ({ kind, title, line, endLine })),
    items: toItems(choice.candidates, names2, file, warnings),
    prose: proseLines(blocks),
    warnings,
    errors,
    ...choice.source ? { itemsFrom: choice.source } : {},
    declaresNoItems: declaresNoItems(front.data),
    draft: isDraft(front.data)
  };
}

// src/tracking/sync/state.ts
var isTracked = (item, config) => !item.ref && !(item.checked && config.issues["checked-items"] === "record");
function blockedReason(input) {
  const { report, path } = input.ctx;
  if (report.draft)
    return `${path} is marked \`status: draft\` in its front matter, so nothing was filed. When it is final, change that line (e.g. \`status: final\`) in a pull request; merging it files the action items.`;
  if (report.errors.length > 0) {
    return `${path} has errors, so nothing was filed: ${report.errors.map((e) => `line ${e.line}: ${e.message}`).join("; ")}`;
  }
  const tracked = report.items.filter((i) => isTracked(i, input.config)).length;
  const max = input.config.issues["max-items"];
  if (tracked > max) {
    return `${path} has ${tracked} open action items, more than the limit of ${max}, so nothing was filed. Split the report's measures, or raise \`issues.max-items\` in .github/postmortem-tracker.yml.`;
  }
  return null;
}
function matchItems(items, actions) {
  const byKey = new Map(actions.map((a) => [a.marker.key, a]));
  const keys = new Set(items.map((i) => i.key));
  const leftOver = actions.filter((a) => !keys.has(a.marker.key));
  const matched = /* @__PURE__ */ new Map();
  for (const item of items) {
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
  return { matched, leftOver };
}
function startSync(input) {
  const { ctx, config } = input;
  const paths = [ctx.path, ...input.previousPath ? [input.previousPath] : []];
  const newLabel = reportLabel(ctx.path, config);
  const oldLabel = input.previousPath ? reportLabel(input.previousPath, config) : newLabel;
  const renamed = oldLabel !== newLabel && input.existing.some((i) => i.labels.includes(oldLabel));
  const existing = renamed ? input.existing.map((i) => ({ ...i, labels: i.labels.map((l) => l === oldLabel ? newLabel : l) })) : input.existing;
  const { tracker, actions } = ourIssues(existing, input.botLogin, paths);
  const blocked = blockedReason(input);
  if (blocked) return { blocked };
  if (tracker && tracker.marker.sha === ctx.source.sha && tracker.marker.report === ctx.path)
    return { inSync: true };
  if (ctx.report.items.length === 0 && !tracker && actions.length === 0) return { inSync: true };
  const { matched, leftOver } = matchItems(ctx.report.items, actions);
  const previous = new Map((tracker?.marker.items ?? []).map((e) => [e.key, e]));
  const pairs = ctx.report.items.map((item) => {
    const own = matched.get(item.key);
    return { item, own, before: previous.get(item.key) ?? (own ? previous.get(own.marker.key) : void 0) };
  });
  return { state: { input, newLabel, oldLabel, renamed, existing, tracker, pairs, leftOver, previous } };
}

// src/tracking/sync/setup.ts
var TRACKER = "tracker";
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
function syncLabels(state) {
  const { ctx, config } = state.input;
  const labels = /* @__PURE__ */ new Map();
  for (const { item } of state.pairs)
    if (isTracked(item, config)) for (const l of itemLabels(item, ctx.path, config)) labels.set(l.name, l);
  for (const l of trackerLabels(ctx.path, config)) labels.set(l.name, l);
  return [...labels.values()];
}
function trackerCreation(state) {
  const { ctx, config } = state.input;
  const tracked = ctx.report.items.filter((i) => isTracked(i, config)).length;
  const pending = { ...markerBase(state.input), sha: "", items: [] };
  return {
    op: "createIssue",
    key: TRACKER,
    repo: ctx.target,
    title: trackerTitle(ctx.report),
    body: trackerBody(
      headerFromReport(ctx),
      [`Filing ${tracked} action item(s)\u2026`],
      0,
      ctx.report.items.length,
      pending
    ),
    labels: trackerLabels(ctx.path, config).map((l) => l.name),
    assignees: []
  };
}
function planSetup(state) {
  const target = state.input.ctx.target;
  const known2 = new Set(state.existing.flatMap((i) => i.labels));
  const rename = state.renamed ? [{ op: "renameLabel", repo: target, from: state.oldLabel, to: state.newLabel }] : [];
  const labels = syncLabels(state).filter((l) => !known2.has(l.name)).map((l) => ({ op: "ensureLabel", repo: target, ...l }));
  return [...rename, ...labels, ...state.tracker ? [] : [trackerCreation(state)]];
}

// src/tracking/sync/plan.ts
function itemContext(state, tracker) {
  const target = state.input.ctx.target;
  return {
    state,
    trackerRef: (from) => tracker === null ? "(new issue)" : issueRef(from, target, tracker)
  };
}
function planItems(state, tracker) {
  const c = itemContext(state, tracker);
  const items = state.pairs.map((pair) => planItem(pair, c));
  const operations = items.flatMap((i) => i.operations);
  const changes = items.flatMap((i) => i.changes);
  for (const gone of state.leftOver) {
    if (gone.issue.state !== "open") continue;
    const closed = closeWithComment(gone.issue, removedComment(state.input.ctx), "not_planned");
    operations.push(...closed.operations);
    changes.push(closed.change);
  }
  return { operations, changes, items };
}
function planSync(input) {
  const start = startSync(input);
  if ("blocked" in start) return { kind: "blocked", reason: start.blocked };
  if ("inSync" in start) return { kind: "in-sync" };
  const { state } = start;
  return {
    kind: "sync",
    state,
    setup: planSetup(state),
    items: planItems(state, state.tracker?.issue.number ?? null)
  };
}

// src/tracking/sync/finish.ts
function trackerNode(state, created) {
  if (state.tracker) return { number: state.tracker.issue.number, nodeId: state.tracker.issue.nodeId };
  const made = created.get(TRACKER);
  return made ? { number: made.number, nodeId: made.nodeId } : null;
}
function placedEntries(items, created) {
  return items.items.map(({ placed }) => ({
    placed,
    entry: placed.key ? { ...placed.entry, issue: created.get(placed.key)?.number ?? null } : placed.entry
  }));
}
function refusedNotes(state, items, created, tracker) {
  const c = itemContext(state, tracker);
  const notes = [];
  for (const { placed } of items.items) {
    const made = placed.key ? created.get(placed.key) : void 0;
    const body = made ? bodyWithRefused(placed, made.refused, c) : null;
    if (made && body)
      notes.push({ op: "updateIssue", repo: made.repo, issue: { existing: made.number }, body });
  }
  return notes;
}
function subIssues(state, items, created, parent) {
  const nodes = new Map(state.existing.map((i) => [i.number, i.nodeId]));
  const children = items.items.flatMap(({ subIssue }) => {
    if (!subIssue) return [];
    if ("key" in subIssue) {
      const made = created.get(subIssue.key);
      return made ? [{ number: made.number, nodeId: made.nodeId }] : [];
    }
    const nodeId = nodes.get(subIssue.existing);
    return nodeId ? [{ number: subIssue.existing, nodeId }] : [];
  });
  const repo = state.input.ctx.target;
  return children.length > 0 ? [{ op: "addSubIssues", repo, parent, children }] : [];
}
function trackerWrites(state, items, created, tracker) {
  const { ctx, config, now } = state.input;
  const target = ctx.target;
  const entries = placedEntries(items, created);
  const marker = {
    ...markerBase(state.input),
    merged: state.tracker?.marker.merged ?? now,
    ...state.tracker?.marker.followUp ? { followUp: state.tracker.marker.followUp } : {},
    items: entries.map(({ entry }) => entry)
  };
  const lines2 = entries.map(
    ({ entry, placed }) => entryLine(
      entry,
      placed.state,
      entry.issue !== null ? issueRef(target, entryRepo(entry, target), entry.issue) : null
    )
  );
  const resolved = entries.filter((e) => e.placed.state !== "open").length;
  const notPlanned = entries.filter((e) => e.placed.state === "not_planned").length;
  const transition = trackerTransition(
    { repo: target, number: tracker, open: state.tracker ? state.tracker.issue.state === "open" : true },
    entries.length > 0 && resolved === entries.length,
    allResolvedComment(entries.length, notPlanned)
  );
  const labels = trackerLabels(ctx.path, config);
  const update = {
    op: "updateIssue",
    repo: target,
    issue: { existing: tracker },
    title: trackerTitle(ctx.report),
    body: trackerBody(headerFromReport(ctx), lines2, resolved, entries.length, marker),
    labels: state.tracker ? mergeLabels(state.tracker.issue.labels, labels) : labels.map((l) => l.name),
    ...transition.state
  };
  return [...transition.comment ? [transition.comment] : [], update];
}
function finishSync(state, items, created) {
  const { ctx } = state.input;
  const tracker = trackerNode(state, created);
  const ops = refusedNotes(state, items, created, tracker?.number ?? null);
  if (tracker)
    ops.push(
      ...subIssues(state, items, created, tracker),
      ...trackerWrites(state, items, created, tracker.number)
    );
  if (ctx.pullRequest !== null) {
    const body = pullRequestComment(ctx, items.changes, created, tracker?.number ?? null, items.items.length);
    ops.push({ op: "comment", repo: ctx.source, issue: { existing: ctx.pullRequest }, body });
  }
  return ops;
}

// src/jobs/report-input.ts
async function readReport(client, repo, path, sha, config) {
  const text = await client.fileText(repo, path, sha);
  return text === null ? null : parseReport(text, { path, sectionNames: sectionNames(config) });
}
async function reportIssues(client, target, file, config) {
  const paths = [file.path, ...file.previousPath ? [file.previousPath] : []];
  const existing = [];
  for (const label2 of new Set(paths.map((p) => reportLabel(p, config))))
    existing.push(...await client.issuesWithLabel(target, label2));
  return existing;
}
async function syncInputFor(client, at2, settings) {
  const target = targetRepo(at2.source, settings.config);
  return {
    ctx: {
      report: at2.report,
      path: at2.file.path,
      source: { ...at2.source, sha: at2.sha, serverUrl: at2.serverUrl },
      pullRequest: at2.pullRequest,
      target
    },
    previousPath: at2.file.previousPath ?? null,
    existing: await reportIssues(client, target, at2.file, settings.config),
    botLogin: settings.botLogin,
    config: settings.config,
    now: settings.now().toISOString()
  };
}

// src/jobs/sync.ts
var BLOCKED = "<!-- postmortem-tracker blocked";
async function applySync(state, gateway) {
  const setup = planSetup(state);
  const made = await gateway.apply(setup);
  const items = planItems(state, trackerNode(state, made)?.number ?? null);
  const created = new Map([...made, ...await gateway.apply(items.operations)]);
  const finish = finishSync(state, items, created);
  await gateway.apply(finish);
  return [...setup, ...items.operations, ...finish];
}
async function isOlderMerge(input, file, deps) {
  const paths = [file.path, ...file.previousPath ? [file.previousPath] : []];
  const { tracker } = ourIssues(input.existing, deps.botLogin, paths);
  const sha = input.ctx.source.sha;
  if (!tracker?.marker.sha || tracker.marker.sha === sha) return false;
  const status = await deps.client.compare(input.ctx.source, tracker.marker.sha, sha);
  if (status !== "behind" && status !== "identical") return false;
  deps.log.info(
    `${file.path}: ${sha.slice(0, 7)} is older than ${tracker.marker.sha.slice(0, 7)}, already synced; skipped`
  );
  return true;
}
async function syncReport(change, file, deps) {
  const { log } = deps;
  const report = await readReport(deps.client, change.source, file.path, change.sha, deps.config);
  if (report === null) {
    log.warn(`${file.path} is not in ${change.sha}; skipped`);
    return null;
  }
  for (const w of report.warnings) log.info(`${w.file}${w.line ? `:${w.line}` : ""}: ${w.message}`);
  const input = await syncInputFor(deps.client, { ...change, report, file }, deps);
  if (await isOlderMerge(input, file, deps)) return null;
  const start = startSync(input);
  if ("blocked" in start) {
    log.warn(start.blocked);
    const tag = `${BLOCKED} ${change.sha} ${file.path} -->`;
    if (change.pullRequest !== null)
      await noticeOnce(
        deps,
        { repo: change.source, pullRequest: change.pullRequest },
        `${start.blocked}

${tag}`,
        tag
      );
    return { path: file.path, blocked: start.blocked, operations: [] };
  }
  if ("inSync" in start) {
    log.info(`${file.path}: already in sync with ${change.sha.slice(0, 7)}`);
    return { path: file.path, blocked: null, operations: [] };
  }
  return { path: file.path, blocked: null, operations: await applySync(start.state, deps.gateway) };
}
async function syncMerge(change, deps) {
  const results = [];
  for (const file of changedReports(change.files, deps.config)) {
    const result = await syncReport(change, file, deps);
    if (result) results.push(result);
  }
  return results;
}

// src/app/on-merge.ts
var CONFIG_NOTICE = "<!-- postmortem-tracker config -->";
function onMerge(app, env) {
  app.on("pull_request.closed", async (context) => {
    const pr = context.payload.pull_request;
    const repository = context.payload.repository;
    if (!pr.merged || !pr.merge_commit_sha || pr.base.ref !== repository.default_branch) return;
    const sha = pr.merge_commit_sha;
    const onBadConfig = (message, deps) => noticeOnce(
      deps,
      { repo: context.repo(), pullRequest: pr.number },
      `Nothing was filed for this merge: ${message}

${CONFIG_NOTICE}`,
      message
    );
    await handle(context, env, { lock: true, onBadConfig }, async (deps, repo) => {
      const files = fromPullRequestFiles(await deps.client.pullRequestFiles(repo, pr.number));
      if (!files.some((f) => !f.removed && isReportPath(f.path, deps.config))) return;
      const change = {
        source: repo,
        sha,
        pullRequest: pr.number,
        serverUrl: serverUrl(repository.html_url),
        files
      };
      await syncMerge(change, deps);
    });
  });
}

// src/app/on-push.ts
function onPush(app, env) {
  app.on("push", async (context) => {
    const { payload } = context;
    const repository = payload.repository;
    const toDefault = payload.ref === `refs/heads/${repository.default_branch}`;
    if (payload.deleted || !toDefault || payload.commits.length === 0) return;
    const files = fromPushCommits(payload.commits);
    await handle(context, env, { lock: true }, async (deps, repo) => {
      if (!files.some((f) => !f.removed && isReportPath(f.path, deps.config))) return;
      const pulls = await deps.client.pullsOfCommit(repo, payload.after);
      if (pulls.some((p) => p.merged_at && p.merge_commit_sha === payload.after)) return;
      const change = {
        source: repo,
        sha: payload.after,
        pullRequest: null,
        serverUrl: serverUrl(repository.html_url),
        files
      };
      await syncMerge(change, deps);
    });
  });
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
    const lines2 = linesOf(report, sections);
    const at2 = sections[0]?.line ?? 1;
    const line = lines2.find(
      (l) => /\bduration\b|\bstart(ed)?\b|\bfrom\b.*\bto\b/i.test(l.text) && (l.text.match(time)?.length ?? 0) > 0
    );
    if (!line) {
      return [
        {
          message: "the Issue Summary does not give the duration with a start and an end time",
          line: at2,
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
    const lines2 = linesOf(report, sections);
    const impact = [...lines2, ...underHeading(report, /\bimpact\b/i)].find(
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
    const share = [...lines2, ...underHeading(report, /\bimpact\b/i)].some(
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
    const said2 = sectionsOf(report, "rootCause").length > 0 || linesOf(report, sections).some((l) => /\b(?:root cause|caus(?:e|ed|es|ing))\b/i.test(l.text));
    return said2 ? [] : [
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
    const at2 = sections[0]?.line ?? 1;
    if (entries.length === 0) return [{ message: "the Timeline is empty", line: at2 }];
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
        line: at2,
        suggestion: 'Start each entry with its time, e.g. "**14:12** Alert fires".'
      });
    }
    const text = entries.map((e) => e.text).join("\n");
    const missing = stages.filter(([, re]) => !re.test(text)).map(([name]) => name);
    if (missing.length > 0) {
      out.push({
        message: `the Timeline does not cover ${missing.join(", ")}`,
        line: at2,
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
    const at2 = sections[0]?.line ?? 1;
    const out = [];
    if (text.split(/\s+/).filter(Boolean).length < 25) {
      out.push({
        message: "the root cause is explained in fewer than 25 words",
        line: at2,
        suggestion: "Say what happened and why, in enough detail for someone who was not there."
      });
    }
    if (!/resolv|fix|restor|roll(?:ed)?\s*back|revert|mitigat|patch|correct/i.test(text)) {
      out.push({
        message: "Root Cause and Resolution does not say how it was resolved",
        line: at2,
        suggestion: "Describe the immediate fix and the longer-term one."
      });
    }
    return out;
  }
};
var MARKER = "<!-- postmortem-tracker: action-items -->";
var NONE = "If the report has none, write `action-items: none` in its front matter.";
var correctiveTasks = {
  id: "corrective-tasks",
  level: "error",
  description: "The report yields at least one action item, unless its front matter says it has none (`action-items: none`).",
  check(report) {
    if (report.items.length > 0 || report.declaresNoItems) return [];
    const section = sectionsOf(report, "corrective")[0];
    if (section) {
      return [
        {
          message: "the corrective section has no action items",
          line: section.line,
          suggestion: `List each measure as a task: "- [ ] Add an alert on pool saturation @owner due: 2026-12-15". If the measures are written elsewhere, write ${MARKER} on the line before their list. ${NONE}`
        }
      ];
    }
    return [
      {
        message: "the report has no action item, so its merge will file nothing",
        line: sectionsOf(report, "lessons")[0]?.line ?? firstLine(report),
        suggestion: `Put the measures under a heading that names them ("Corrective and Preventative Measures", "Action items", "Next steps", "Follow-ups", "Remediation", "Prevention"), add your heading's words to \`sections.corrective\` in .github/postmortem-tracker.yml, or write ${MARKER} on the line before their list. ${NONE}`
      }
    ];
  }
};
var correctiveGuess = {
  id: "corrective-guess",
  level: "warning",
  description: "The action items come from a section the parser is sure of, not from a guess.",
  check(report) {
    const from = report.itemsFrom;
    if (from?.certainty !== "guess" || report.items.length === 0) return [];
    return [
      {
        message: `the ${report.items.length} action item(s) to be filed were taken from ${from.evidence}: a guess`,
        line: from.line,
        suggestion: `Make the choice certain: give the measures a Markdown heading that names them ("## Corrective and Preventative Measures", "## Action items", "## Next steps"), add your heading's words to \`sections.corrective\` in .github/postmortem-tracker.yml, or write ${MARKER} on the line before their list.`
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
  correctiveGuess,
  lessons
];

// src/review/verdict.ts
function conclusionOf(findings, failOn) {
  const errors = findings.some((f) => f.severity === "error");
  const warnings = findings.some((f) => f.severity === "warning");
  if (failOn === "error" && errors) return "failure";
  if (failOn === "warning" && (errors || warnings)) return "failure";
  return errors || warnings ? "neutral" : "success";
}

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

// src/review/summary.ts
var LIMIT = 65e3;
var verbs2 = {
  created: "new issue",
  updated: "update",
  closed: "close (checked)",
  removed: "close as not planned",
  linked: "link existing issue"
};
function findingsTable(findings) {
  if (findings.length === 0) return ["No findings.", ""];
  return [
    "| Line | Level | Rule | Finding |",
    "| --- | --- | --- | --- |",
    ...findings.map(
      (f) => `| ${f.line} | ${f.severity} | ${f.rule} | ${cell(f.message)}${f.suggestion ? ` (${cell(f.suggestion)})` : ""} |`
    ),
    ""
  ];
}
function previewText(r) {
  if (r.blocked) return [`On merge, nothing will be filed: ${cell(r.blocked)}`, ""];
  if (r.preview.length === 0) return [`On merge: no issue changes (${r.items} item(s) already tracked).`, ""];
  return [
    "On merge:",
    "",
    "| Action item | Will |",
    "| --- | --- |",
    ...r.preview.map((c) => `| ${cell(c.title)} | ${verbs2[c.kind]} |`),
    ""
  ];
}
function reviewSummary(reports) {
  const parts = reports.flatMap((r) => [
    `### ${cell(r.title)} (\`${r.path}\`)`,
    "",
    ...findingsTable(r.findings),
    ...previewText(r)
  ]);
  return fitBody(parts.join("\n"), LIMIT, "(cut to fit GitHub's limit)");
}

// src/jobs/review.ts
async function reviewPullRequest(target, deps) {
  const { client, config } = deps;
  const out = [];
  for (const file of target.files.filter((f) => !f.removed && isReportPath(f.path, config))) {
    const report = await readReport(client, target.repo, file.path, target.headSha, config);
    if (report === null) continue;
    const findings = reviewReport(report, reviewOptions(config));
    const at2 = {
      report,
      file,
      source: target.repo,
      sha: target.headSha,
      serverUrl: target.serverUrl,
      pullRequest: target.pullRequest
    };
    const plan = planSync(await syncInputFor(client, at2, deps));
    out.push({
      path: file.path,
      title: report.title,
      findings,
      preview: plan.kind === "sync" ? plan.items.changes : [],
      items: report.items.length,
      blocked: plan.kind === "blocked" ? plan.reason : null
    });
  }
  return out;
}
var CHECK_NAME = "Postmortem review";
var levels = { error: "failure", warning: "warning", notice: "notice" };
function checkRunOf(reports, failOn) {
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
  return {
    conclusion: conclusionOf(
      reports.flatMap((r) => r.findings),
      failOn
    ),
    output: { title, summary: reviewSummary(reports), annotations }
  };
}
async function publishReview(target, reports, deps) {
  const existing = await deps.client.checkRuns(target.repo, target.headSha, CHECK_NAME);
  if (existing.length > 0) {
    deps.log.info(`"${CHECK_NAME}" is already published on ${target.headSha}`);
    return;
  }
  const run = checkRunOf(reports, deps.config.review["fail-on"]);
  const op = {
    op: "publishCheckRun",
    repo: target.repo,
    name: CHECK_NAME,
    headSha: target.headSha,
    ...run
  };
  await deps.gateway.apply([op]);
}

// src/app/on-review.ts
function onReview(app, env) {
  app.on(["pull_request.opened", "pull_request.synchronize", "pull_request.reopened"], async (context) => {
    const pr = context.payload.pull_request;
    await handle(context, env, { lock: false }, async (deps, repo) => {
      const files = fromPullRequestFiles(await deps.client.pullRequestFiles(repo, pr.number));
      if (!files.some((f) => !f.removed && isReportPath(f.path, deps.config))) return;
      const target = {
        repo,
        pullRequest: pr.number,
        headSha: pr.head.sha,
        files,
        serverUrl: serverUrl(context.payload.repository.html_url)
      };
      await publishReview(target, await reviewPullRequest(target, deps), deps);
    });
  });
}

// src/app/app.ts
function postmortemTracker(app, options = {}) {
  const env = { botLogin: botAccount(app), now: options.now ?? (() => /* @__PURE__ */ new Date()) };
  onMerge(app, env);
  onReview(app, env);
  onPush(app, env);
  onIssueState(app, env);
}
var app_default = postmortemTracker;

export {
  postmortemTracker,
  app_default
};
