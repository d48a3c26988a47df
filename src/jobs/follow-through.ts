import type { FoundIssue, GitHubClient } from "../github/client.ts";
import { followThrough } from "../metrics/compute.ts";
import type { FollowThrough, ItemFact, ItemState, TrackerFact } from "../metrics/types.ts";
import type { TrackerEntry } from "../tracking/marker.ts";
import { type IssueSnapshot, issueKey, type RepoId, repoName } from "../tracking/model.ts";
import { type Ours, ourTracker } from "../tracking/ours.ts";
import { entryRepo } from "../tracking/refresh.ts";
import { type DeadlineRules, deadlineBy, severityLevel } from "../tracking/reminders/deadline.ts";
import { awaitingReview } from "../tracking/reminders/review.ts";
import { authorQualifier, searchAll } from "./installation-sweep.ts";

/**
 * The follow-through report: one search finds the trackers (100 a page), one GraphQL request reads
 * 100 of their items' issues (any repositories), then the pure metrics. Nothing is written.
 */

export type FollowThroughScope = { org: string } | { repo: RepoId };

export interface FollowThroughRequest {
  scope: FollowThroughScope;
  trackerLabel: string;
  /** Incidents before this day (ISO date) are left out. */
  since?: string | null;
  /**
   * The deadline policies and time zone (the config's `deadlines`, `reminders.timezone`): an item
   * with no date of its own is due by them, and days are counted in that zone. UTC without them.
   */
  deadlines?: DeadlineRules | undefined;
}

export interface FollowThroughDeps {
  client: GitHubClient;
  botLogin: string;
  now: () => Date;
  /** One line per page of trackers and per batch of items, e.g. "read 300 of ~1200 trackers". */
  progress?: (line: string) => void;
}

export interface FollowThroughResult {
  report: FollowThrough;
  requests: number;
  items: number;
}

const BATCH = 100;

function trackerQuery(request: FollowThroughRequest, botLogin: string): string {
  const where = "org" in request.scope ? `org:${request.scope.org}` : `repo:${repoName(request.scope.repo)}`;
  return `is:issue label:"${request.trackerLabel.replaceAll('"', "")}" ${authorQualifier(botLogin)} ${where}`;
}

/** The search, telling how far it got after each page. */
async function findTrackers(
  query: string,
  since: string | null | undefined,
  deps: FollowThroughDeps,
): Promise<FoundIssue[]> {
  // A tracker is opened when its report merges, after its incident: none older than `since` counts.
  // The search reads the day in UTC, the report in its own zone: one day earlier covers both.
  const from = since
    ? new Date(Date.parse(`${since}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
    : undefined;
  return searchAll(deps.client, query, from, (read, total) =>
    deps.progress?.(`read ${read} of ~${total} trackers`),
  );
}

type Ref = { repo: RepoId; number: number };
const refOf = (t: Ours<{ items: TrackerEntry[] }>, e: TrackerEntry): Ref | null =>
  e.issue === null ? null : { repo: entryRepo(e, t.issue.repo), number: e.issue };

/** Every item issue's state, 100 a GraphQL request. */
async function readItems(refs: Ref[], deps: FollowThroughDeps): Promise<Map<string, IssueSnapshot | null>> {
  const out = new Map<string, IssueSnapshot | null>();
  for (let start = 0; start < refs.length; start += BATCH) {
    for (const [k, v] of await deps.client.issueSnapshots(refs.slice(start, start + BATCH))) out.set(k, v);
    deps.progress?.(`read ${Math.min(start + BATCH, refs.length)} of ${refs.length} action items`);
  }
  return out;
}

const STATES: Record<string, ItemState> = { open: "open", completed: "done", not_planned: "wont_do" };

function itemFact(
  t: Ours<{ items: TrackerEntry[]; merged: string; severity?: string; owners?: string[] }>,
  e: TrackerEntry,
  snapshots: Map<string, IssueSnapshot | null>,
  serverUrl: string,
  rules?: DeadlineRules,
): ItemFact {
  const ref = refOf(t, e);
  const snapshot = ref ? snapshots.get(issueKey(ref.repo, ref.number)) : null;
  const opened = e.added ?? t.marker.merged;
  // Checked in the report with no issue of its own: done when it was tracked.
  const state: ItemState =
    ref === null && e.done ? "done" : (STATES[snapshot?.state ?? e.state ?? "open"] ?? "open");
  const closed = snapshot?.closedAt ?? (ref === null && e.done ? opened : null);
  const owners = (e.owners ?? []).length > 0 ? (e.owners ?? []) : (snapshot?.assignees ?? []);
  return {
    title: e.title,
    state,
    ref: ref ? `${repoName(ref.repo)}#${ref.number}` : null,
    url: ref ? `${serverUrl}/${repoName(ref.repo)}/issues/${ref.number}` : null,
    owners: owners.map((o) => o.replace(/^@/, "")),
    // Due as the reminders count it: the item's own date, else its severity's or priority's policy.
    due: rules
      ? deadlineBy(e, { merged: t.marker.merged, severity: t.marker.severity ?? null }, rules).day
      : (e.due ?? null),
    opened,
    closed: state === "open" ? null : closed,
  };
}

/** `SEV-1` for "sev1", "S1", "critical"...: one row per level, whatever the report wrote. */
function severityName(severity: string | undefined): string | null {
  const level = severityLevel(severity);
  return level !== null ? `SEV-${level}` : (severity ?? null);
}

/** A report's own date when it reads as one; a hand-written marker may say anything. */
const validDate = (d: string | undefined) => (d && !Number.isNaN(Date.parse(d)) ? d : null);

export async function followThroughReport(
  request: FollowThroughRequest,
  deps: FollowThroughDeps,
): Promise<FollowThroughResult> {
  const found = await findTrackers(trackerQuery(request, deps.botLogin), request.since, deps);
  const trackers = found.flatMap((f) => {
    const t = ourTracker(f.issue, deps.botLogin);
    return t ? [{ t, found: f }] : [];
  });
  const refs = trackers.flatMap(({ t }) => t.marker.items.flatMap((e) => refOf(t, e) ?? []));
  const snapshots = await readItems(refs, deps);
  const facts: TrackerFact[] = trackers.map(({ t, found: f }) => {
    const serverUrl = new URL(f.htmlUrl).origin;
    return {
      ref: `${repoName(t.issue.repo)}#${t.issue.number}`,
      url: f.htmlUrl,
      title: t.marker.title,
      date: validDate(t.marker.date) ?? t.marker.merged,
      severity: severityName(t.marker.severity),
      awaitingReview: awaitingReview(t.issue, t.marker.sweep ?? {}),
      items: t.marker.items.map((e) => itemFact(t, e, snapshots, serverUrl, request.deadlines)),
    };
  });
  const report = followThrough({
    trackers: facts,
    now: deps.now(),
    since: request.since ?? null,
    ...(request.deadlines ? { timezone: request.deadlines.zone } : {}),
  });
  return { report, requests: deps.client.requests, items: refs.length };
}
