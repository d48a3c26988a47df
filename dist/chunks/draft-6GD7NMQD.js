import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  notReportReason
} from "./chunk-OGQWIQG3.js";
import {
  errorText,
  httpStatus
} from "./chunk-PJCCAW4A.js";
import {
  severityLevel,
  writtenByAnApp
} from "./chunk-WOCDELLY.js";
import {
  DateTime,
  IANAZone,
  repoName
} from "./chunk-PW6O7USS.js";
import "./chunk-AEGC4ICH.js";

// src/tracking/draft/sections.ts
function slug(title, fallback = "postmortem") {
  return title.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60).replace(/-$/, "") || fallback;
}
var IMPACT_LINE = '- **Impact:** Which services were affected, how users were affected, and what share of users (e.g. "about 12% of checkouts failed").';
var ROOT_CAUSE_LINE = "- **Root cause:** One sentence on what caused it.";
var WRITTEN_BY_PEOPLE = `## Root Cause and Resolution

What caused the incident, in enough detail for someone who was not there, and how it was fixed: the
immediate action and the longer-term one. Describe what the system and the process allowed, not who
made a mistake.

## Corrective and Preventative Measures

### Improvements

<!-- The areas of the system to enhance or fix, one list entry each. -->

### Tasks

<!-- One task per line, with an outcome you can check, for example:
- [ ] Alert when pool wait time exceeds 50 ms for 5 minutes @login due: 2026-12-15 P2 type: detect
-->

## Lessons Learned

### What Went Well

- 

### What Could Be Improved

- 

### Next Steps

- 
`;

// src/tracking/draft/severity.ts
var labelKey = (label) => label.toLowerCase().replace(/[\s_-]+/g, "");
function severityMapping(mapping) {
  return Object.fromEntries(Object.entries(mapping).map(([label, sev]) => [labelKey(label), sev]));
}
function severityOf(labels, mapping) {
  const found = labels.flatMap((l) => {
    const sev = mapping[labelKey(l)];
    return sev === void 0 ? [] : [sev];
  });
  const rank = (s) => severityLevel(s) ?? Number.POSITIVE_INFINITY;
  return found.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

// src/tracking/draft/timeline.ts
var EXCERPT = 100;
function excerpt(body) {
  const prose = body.replace(/<!--[\s\S]*?-->/g, "").replace(/```[\s\S]*?(?:```|$)/g, "").split("\n").map(
    (line) => line.replace(/^\s*(?:>\s*)+|^\s*#+\s+|^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, "").replace(/\s+/g, " ").trim()
  ).find((line) => line !== "");
  if (!prose) return "(no text)";
  const text = prose.replace(/</g, "&lt;").replace(/"/g, "'");
  if (text.length <= EXCERPT) return text;
  const cut = text.slice(0, EXCERPT);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 60 ? cut.lastIndexOf(" ") : EXCERPT).trimEnd()}\u2026`;
}
var refText = (r, home) => `${r.repo.toLowerCase() === home.toLowerCase() ? "" : r.repo}#${r.number} "${excerpt(r.title)}"`;
function what(event, home) {
  switch (event.kind) {
    case "commented":
      return `commented: "${excerpt(event.body)}"`;
    case "labeled":
      return `added the label \`${event.label}\``;
    case "unlabeled":
      return `removed the label \`${event.label}\``;
    case "assigned":
      return event.assignee === event.actor ? "assigned themselves" : `assigned @${event.assignee}`;
    case "unassigned":
      return `unassigned @${event.assignee}`;
    case "cross-referenced":
      return `linked ${event.source.pull ? "pull request" : "issue"} ${refText(event.source, home)}`;
    case "closed":
      return event.reason === "not_planned" ? "closed the issue as not planned" : "closed the issue";
    case "reopened":
      return "reopened the issue";
    case "renamed":
      return `renamed the issue to "${excerpt(event.to)}"`;
    case "referenced":
      return `referenced the issue in commit ${event.commit.slice(0, 7)}`;
  }
}
function timelineLines(opened, events, where) {
  const entries = [
    { at: DateTime.fromISO(opened.at, { zone: where.zone }), text: `@${opened.author} opened the issue` },
    ...events.map((e) => ({
      at: DateTime.fromISO(e.at, { zone: where.zone }),
      text: `@${e.actor || "ghost"} ${what(e, where.home)}`
    }))
  ].filter((e) => e.at.isValid);
  entries.sort((a, b) => a.at.toMillis() - b.at.toMillis());
  let day = "";
  return entries.map((e) => {
    const today = e.at.toISODate() ?? "";
    const stamp = today === day ? e.at.toFormat("HH:mm") : `${today} ${e.at.toFormat("HH:mm")}`;
    day = today;
    return `- **${stamp}** ${e.text}`;
  });
}

// src/tracking/draft/trigger.ts
var isCommand = (body, command) => (body.trim().split(/\s/)[0] ?? "").toLowerCase() === command.toLowerCase();
var isBot = (user, bot) => !user?.login || user.type === "Bot" || user.login.toLowerCase() === bot.toLowerCase();
function draftRequest(event, raw, config, bot) {
  const p = raw;
  const number = p.issue?.number;
  if (typeof number !== "number" || p.issue?.pull_request) return null;
  if (event === "issue_comment" && p.action === "created") {
    const c = p.comment;
    if (!c || isBot(c.user, bot)) return null;
    if (!isCommand(c.body ?? "", config.draft.command)) return null;
    return { issue: number, sender: c.user?.login ?? "", key: `comment-${c.id}` };
  }
  if (event === "issues" && p.action === "labeled") {
    if (p.label?.name?.toLowerCase() !== config.draft.label.toLowerCase() || isBot(p.sender, bot))
      return null;
    return { issue: number, sender: p.sender?.login ?? "", key: "label" };
  }
  return null;
}

// src/tracking/draft/build.ts
function buildDraft(issue, events, settings) {
  const zone = IANAZone.isValidZone(settings.zone) ? settings.zone : "UTC";
  const opened = DateTime.fromISO(issue.createdAt, { zone }).startOf("second");
  const path = `${settings.directory}/${opened.toISODate()}-${slug(issue.title, `incident-${issue.number}`)}.md`;
  const shown = events.filter((e) => !leftOut(e, settings));
  const pulls = linkedPulls(shown);
  const text = [
    frontMatter(issue, opened, zone, settings),
    `# ${issue.title}
`,
    links(issue, pulls),
    summary(issue, opened, zone),
    timeline(issue, shown, zone),
    WRITTEN_BY_PEOPLE
  ].join("\n");
  return { path, text, title: issue.title, pulls };
}
function leftOut(event, settings) {
  const ours = settings.botLogin !== "" && event.actor.toLowerCase() === settings.botLogin.toLowerCase();
  if (ours) return true;
  if (event.kind !== "commented") return false;
  if (event.body.includes('"kind":"draft-reply"')) return true;
  return isCommand(event.body, settings.command);
}
function timeline(issue, events, zone) {
  const opened = { at: issue.createdAt, author: issue.author };
  const lines = timelineLines(opened, events, { zone, home: repoName(issue.repo) });
  return `## Timeline

All times ${zone}, from the issue's events.

<!-- Add what happened outside the issue: how it was detected, what was checked and tried, who was brought in, and what resolved it. -->

${lines.join("\n")}
`;
}
function linkedPulls(events) {
  const seen = /* @__PURE__ */ new Map();
  for (const e of events)
    if (e.kind === "cross-referenced" && e.source.pull)
      seen.set(`${e.source.repo}#${e.source.number}`.toLowerCase(), e.source);
  return [...seen.values()];
}
function frontMatter(issue, opened, zone, settings) {
  const severity = severityOf(issue.labels, settings.severityLabels);
  const owners = issue.assignees.map((a) => JSON.stringify(`@${a}`));
  return `---
title: ${JSON.stringify(issue.title)}
date: ${opened.toISO({ suppressMilliseconds: true })} # when the issue was opened: set it to the incident's start time, with its offset
timezone: ${zone}
severity: ${severity ?? "SEV-3"}${severity ? "" : " # no severity label on the issue: set it"}
status: draft
owners: [${owners.join(", ")}]${owners.length ? "" : " # nobody was assigned to the issue: add the report's owners"}
incident: ${JSON.stringify(issue.url)}
---
`;
}
function links(issue, pulls) {
  const lines = [`- Incident: [${repoName(issue.repo)}#${issue.number}](${issue.url})`];
  for (const p of pulls)
    lines.push(`- Pull request: [${p.repo}#${p.number}](${p.url}) ${JSON.stringify(p.title)}`);
  return `${lines.join("\n")}
`;
}
function summary(issue, opened, zone) {
  const start = `${opened.toISODate()} ${opened.toFormat("HH:mm")}`;
  const closed = issue.closedAt ? DateTime.fromISO(issue.closedAt, { zone }) : null;
  let duration = `- **Duration:** ${start} to HH:MM ${zone} (how long). The issue was opened at ${opened.toFormat("HH:mm")}: set the incident's start and end.`;
  if (issue.state === "closed" && closed?.isValid) {
    const sameDay = closed.toISODate() === opened.toISODate();
    const end = sameDay ? closed.toFormat("HH:mm") : `${closed.toISODate()} ${closed.toFormat("HH:mm")}`;
    duration = `- **Duration:** ${start} to ${end} ${zone} (${length(opened, closed)}), from the issue's opening to its closing: correct them to the incident's start and end.`;
  }
  return `## Issue Summary

${duration}
${IMPACT_LINE}
${ROOT_CAUSE_LINE}
`;
}
function length(from, to) {
  const minutes = Math.max(0, Math.round(to.diff(from, "minutes").minutes));
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${String(minutes % 60).padStart(2, "0")} min`;
  return `${Math.floor(hours / 24)} days ${hours % 24} h`;
}

// src/tracking/draft/reply.ts
var marker = (data) => `<!-- postmortem-tracker ${JSON.stringify({ v: 1, ...data })} -->`;
var replyMarker = (key) => marker({ kind: "draft-reply", key });
var draftTitle = (draft) => `Postmortem: ${draft.title}`;
function pullBody(draft, issue, untracked) {
  const pulls = draft.pulls.map((p) => `${p.repo}#${p.number}`);
  const warning = untracked ? `

**Note:** \`${draft.path}\` is not read as a report: ${untracked}. Move it, or widen \`paths\` in .github/postmortem-tracker.yml, or neither the review nor the follow-up will see it.` : "";
  return `Drafts the postmortem of #${issue} in \`${draft.path}\`: its title, date, severity, owners and timeline come from the issue${pulls.length ? ` and ${pulls.join(", ")}` : ""}.

To finish it, fill in the impact, the root cause and its resolution, the corrective tasks (one \`- [ ]\` task each, with an owner and a due date) and the lessons learned, then change \`status: draft\` to \`status: final\`. The review check says what is still missing. Merging it files the action items once it is final; while it says \`status: draft\` nothing is filed.${warning}

${marker({ kind: "draft", issue })}`;
}
function draftReply(pullUrl, fresh, key) {
  const where = pullUrl ?? "a draft pull request (not opened: dry run)";
  const text = fresh ? `The postmortem is drafted in ${where}, with this issue's timeline. Fill in what only people know, then mark it \`status: final\`.` : `The postmortem of this issue is drafted in ${where} already.`;
  return `${text}

${replyMarker(key)}`;
}
function refusalReply(login, command, key) {
  return `@${login}, drafting a postmortem (\`${command}\`) takes write access to this repository; ask someone who has it.

${replyMarker(key)}`;
}
function sameAsBase(path, base, key) {
  return `No draft was opened: \`${path}\` is on \`${base}\` already, so a pull request would change nothing. Edit the report there.

${replyMarker(key)}`;
}

// src/tracking/draft/settings.ts
function draftSettings(config, botLogin) {
  return {
    zone: config.draft.timezone ?? config.reminders.timezone,
    directory: config.draft.directory,
    severityLabels: severityMapping(config.draft["severity-labels"]),
    botLogin,
    command: config.draft.command
  };
}
var draftBranch = (issue) => `postmortem-tracker/draft/${issue}`;

// src/jobs/draft.ts
var WRITERS = /* @__PURE__ */ new Set(["admin", "maintain", "write"]);
async function draftPostmortem(request, place, deps) {
  const { repo } = place;
  const role = await deps.client.permission(repo, request.sender);
  if (!WRITERS.has(role)) {
    deps.log.info(`@${request.sender} (${role}) may not draft a postmortem in ${repoName(repo)}`);
    const body = refusalReply(request.sender, deps.config.draft.command, request.key);
    await reply(request, body, await comments(request, place, deps), deps, repo);
    return { result: "refused", login: request.sender };
  }
  const branch = draftBranch(request.issue);
  const pulls = await deps.client.pullsFrom(repo, branch);
  const existing = pulls.find((p) => p.state === "open" || p.merged) ?? await reopened(pulls[0], repo, deps);
  if (existing) {
    const body = draftReply(existing.url, false, request.key);
    await reply(request, body, await comments(request, place, deps), deps, repo);
    return { result: "linked", pull: existing.number, url: existing.url };
  }
  return openDraft(request, place, branch, deps);
}
async function reopened(pull, repo, deps) {
  if (!pull) return null;
  try {
    await deps.gateway.apply([{ op: "updateIssue", repo, issue: { existing: pull.number }, state: "open" }]);
    return pull;
  } catch (error) {
    if (httpStatus(error) !== 422) throw error;
    deps.log.info(
      `the closed draft #${pull.number} cannot be reopened (${errorText(error)}): opening a new one`
    );
    return null;
  }
}
async function openDraft(request, place, branch, deps) {
  const { repo } = place;
  const issue = await deps.client.incident(repo, request.issue);
  const events = await deps.client.timeline(repo, request.issue);
  const draft = buildDraft(issue, events, draftSettings(deps.config, deps.botLogin));
  const sha = await deps.client.branchSha(repo, place.base);
  const title = draftTitle(draft);
  const ops = [
    { op: "createBranch", repo, branch, sha },
    {
      op: "addFile",
      repo,
      branch,
      path: draft.path,
      text: draft.text,
      message: `Draft the postmortem of #${issue.number}`
    },
    {
      op: "openPullRequest",
      repo,
      head: branch,
      base: place.base,
      title,
      body: pullBody(draft, issue.number, notReportReason(draft.path, deps.config)),
      draft: true,
      key: "draft"
    }
  ];
  let pull;
  try {
    pull = (await deps.gateway.apply(ops)).get("draft");
  } catch (error) {
    if (httpStatus(error) !== 422 || !/no commits between/i.test(errorText(error))) throw error;
    await reply(request, sameAsBase(draft.path, place.base, request.key), said(events), deps, repo);
    return { result: "unchanged", path: draft.path };
  }
  const url = pull ? `${place.serverUrl}/${repoName(repo)}/pull/${pull.number}` : null;
  await reply(request, draftReply(url, true, request.key), said(events), deps, repo);
  return { result: "opened", pull: pull?.number ?? null, url };
}
var said = (events) => events.flatMap((e) => e.kind === "commented" ? [{ author: e.actor, body: e.body }] : []);
var comments = (request, place, deps) => deps.client.comments(place.repo, request.issue);
async function reply(request, body, said3, deps, repo) {
  const marker2 = replyMarker(request.key);
  if (said3.some((c) => writtenByAnApp(c.author, deps.botLogin) && c.body.includes(marker2))) return;
  await deps.gateway.apply([{ op: "comment", repo, issue: { existing: request.issue }, body }]);
}

// src/action/jobs/draft.ts
async function draftJob({ repo, payload, serverUrl, deps }, env) {
  const request = draftRequest(env.GITHUB_EVENT_NAME ?? "", payload, deps.config, deps.botLogin);
  if (!request) {
    deps.log.info("not a request for a postmortem's draft");
    return;
  }
  const base = payload.repository?.default_branch ?? "main";
  const outcome = await draftPostmortem(request, { repo, base, serverUrl }, deps);
  deps.log.info(`${said2(outcome, base)} (${deps.client.requests} requests)`);
}
function said2(outcome, base) {
  if (outcome.result === "refused") return `@${outcome.login} may not draft a postmortem here: told so`;
  if (outcome.result === "unchanged") return `${outcome.path} is on ${base} already: no draft`;
  return `${outcome.result === "opened" ? "drafted" : "already drafted"} in ${outcome.url ?? "(dry run)"}`;
}
export {
  draftJob
};
