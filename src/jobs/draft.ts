import { errorText, httpStatus } from "../github/octokit.ts";
import { buildDraft } from "../tracking/draft/build.ts";
import {
  draftReply,
  draftTitle,
  pullBody,
  refusalReply,
  replyMarker,
  sameAsBase,
} from "../tracking/draft/reply.ts";
import { draftBranch, draftSettings } from "../tracking/draft/settings.ts";
import type { DraftRequest } from "../tracking/draft/trigger.ts";
import type { TimelineEvent } from "../tracking/draft/types.ts";
import { type Created, type Operation, type RepoId, repoName } from "../tracking/model.ts";
import { writtenByAnApp } from "../tracking/ours.ts";
import { notReportReason } from "../tracking/paths.ts";
import type { JobDeps } from "./deps.ts";

/** Where the draft goes: the repository, its default branch, and the web address of its server. */
export interface DraftPlace {
  repo: RepoId;
  base: string;
  serverUrl: string;
}

export type DraftOutcome =
  | { result: "refused"; login: string }
  | { result: "unchanged"; path: string }
  | { result: "opened" | "linked"; pull: number | null; url: string | null };

const WRITERS = new Set(["admin", "maintain", "write"]);

/**
 * `/postmortem` (or the label) on an incident's issue: one draft pull request adding the report,
 * on one branch per issue, and one reply per request linking it. Asked again, or redelivered, it
 * links the same pull request; every write is one that finds what an earlier run left.
 */
export async function draftPostmortem(
  request: DraftRequest,
  place: DraftPlace,
  deps: JobDeps,
): Promise<DraftOutcome> {
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
  // An open or merged draft is the one; a draft closed unmerged is opened again, if GitHub can.
  const existing =
    pulls.find((p) => p.state === "open" || p.merged) ?? (await reopened(pulls[0], repo, deps));
  if (existing) {
    const body = draftReply(existing.url, false, request.key);
    await reply(request, body, await comments(request, place, deps), deps, repo);
    return { result: "linked", pull: existing.number, url: existing.url };
  }
  return openDraft(request, place, branch, deps);
}

/** A draft a person closed without merging, reopened (null where its branch is gone: a new one is opened). */
async function reopened(pull: { number: number; url: string } | undefined, repo: RepoId, deps: JobDeps) {
  if (!pull) return null;
  try {
    await deps.gateway.apply([{ op: "updateIssue", repo, issue: { existing: pull.number }, state: "open" }]);
    return pull;
  } catch (error) {
    if (httpStatus(error) !== 422) throw error;
    deps.log.info(
      `the closed draft #${pull.number} cannot be reopened (${errorText(error)}): opening a new one`,
    );
    return null;
  }
}

async function openDraft(
  request: DraftRequest,
  place: DraftPlace,
  branch: string,
  deps: JobDeps,
): Promise<DraftOutcome> {
  const { repo } = place;
  const issue = await deps.client.incident(repo, request.issue);
  const events = await deps.client.timeline(repo, request.issue);
  const draft = buildDraft(issue, events, draftSettings(deps.config, deps.botLogin));
  const sha = await deps.client.branchSha(repo, place.base);
  const title = draftTitle(draft);
  const ops: Operation[] = [
    { op: "createBranch", repo, branch, sha },
    {
      op: "addFile",
      repo,
      branch,
      path: draft.path,
      text: draft.text,
      message: `Draft the postmortem of #${issue.number}`,
    },
    {
      op: "openPullRequest",
      repo,
      head: branch,
      base: place.base,
      title,
      body: pullBody(draft, issue.number, notReportReason(draft.path, deps.config)),
      draft: true,
      key: "draft",
    },
  ];
  let pull: Created | undefined;
  try {
    pull = (await deps.gateway.apply(ops)).get("draft");
  } catch (error) {
    // "No commits between": the branch adds nothing (the file is on the base already).
    if (httpStatus(error) !== 422 || !/no commits between/i.test(errorText(error))) throw error;
    await reply(request, sameAsBase(draft.path, place.base, request.key), said(events), deps, repo);
    return { result: "unchanged", path: draft.path };
  }
  const url = pull ? `${place.serverUrl}/${repoName(repo)}/pull/${pull.number}` : null;
  await reply(request, draftReply(url, true, request.key), said(events), deps, repo);
  return { result: "opened", pull: pull?.number ?? null, url };
}

type Said = { author: string; body: string }[];

/** The comments among the timeline's events. */
const said = (events: TimelineEvent[]): Said =>
  events.flatMap((e) => (e.kind === "commented" ? [{ author: e.actor, body: e.body }] : []));

const comments = (request: DraftRequest, place: DraftPlace, deps: JobDeps): Promise<Said> =>
  deps.client.comments(place.repo, request.issue);

/** One reply per request: a redelivered one finds its reply (ours, by its marker) and sends none. */
async function reply(request: DraftRequest, body: string, said: Said, deps: JobDeps, repo: RepoId) {
  const marker = replyMarker(request.key);
  if (said.some((c) => writtenByAnApp(c.author, deps.botLogin) && c.body.includes(marker))) return;
  await deps.gateway.apply([{ op: "comment", repo, issue: { existing: request.issue }, body }]);
}
