import { DateTime } from "luxon";
import { BudgetExhausted, type FoundIssue, type GitHubClient } from "../github/client.ts";
import { errorText, type Logger } from "../github/octokit.ts";
import { type IssueSnapshot, issueKey, type RepoId, repoName } from "../tracking/model.ts";
import { ourTracker } from "../tracking/ours.ts";
import { entryRepo } from "../tracking/refresh.ts";
import { sweepSettings } from "../tracking/reminders.ts";
import type { JobDeps } from "./deps.ts";
import { type SweepResult, sweep } from "./sweep.ts";

/**
 * The App's sweep of one installation: one search finds its trackers (100 a page, any number of
 * repositories), then each repository that has one gets the Action's per-repository sweep with its
 * own config, under one request budget for the installation. Out of budget, it stops before a
 * repository and the next run starts there.
 */

export interface InstallationSweepDeps {
  /** One client, and so one budget, for the whole installation. */
  client: GitHubClient;
  botLogin: string;
  log: Logger;
  now: () => Date;
  /** A repository's config and gateway; a string says why it is left out (its config says so, or is bad). */
  repoDeps: (repo: RepoId) => Promise<JobDeps | string>;
  /** Runs a repository's sweep under its write lock. */
  lock: <T>(repo: RepoId, task: () => Promise<T>) => Promise<T>;
}

export interface InstallationSweepInput {
  /** The label searched for; a repository's config may name its own, which it then lists itself. */
  trackerLabel: string;
  /** The repository where the last run stopped, or null. */
  resumeAt: string | null;
}

export interface InstallationSweepResult {
  repositories: number;
  swept: number;
  skipped: { repo: string; reason: string }[];
  trackers: number;
  remindersPosted: number;
  reopened: number;
  closed: number;
  errors: { repo: string; message: string }[];
  requests: number;
  /** The repository the next run starts at, when the budget stopped this one. */
  stoppedAt: string | null;
}

const MAX_RESULTS = 1000;
// A closed tracker whose items are open again is reopened; older closings are left alone.
const CLOSED_WINDOW_DAYS = 14;
// What a repository needs at least: its config, its label, one read of its items, one write.
const REPO_MINIMUM = 4;

/**
 * Every result of a query, past the search's 1,000-result cap by moving the `created:` window on;
 * `from` (an ISO date) is where the first window starts.
 */
export async function searchAll(
  client: GitHubClient,
  query: string,
  from?: string,
  onPage?: (read: number, total: number) => void,
): Promise<FoundIssue[]> {
  const found = new Map<string, FoundIssue>();
  let since: string | null = from ?? null;
  for (;;) {
    const q: string = since ? `${query} created:>=${since}` : query;
    let last: FoundIssue | undefined;
    let seen = 0;
    for (let page = 1; page * 100 <= MAX_RESULTS; page += 1) {
      const { items, total } = await client.searchIssues(q, page);
      for (const item of items) found.set(`${repoName(item.issue.repo)}#${item.issue.number}`, item);
      onPage?.(found.size, total);
      seen += items.length;
      last = items.at(-1) ?? last;
      if (items.length < 100) return [...found.values()];
    }
    // A full window: start the next one at the last result's creation (duplicates are merged).
    if (!last || seen < MAX_RESULTS || last.created === since) return [...found.values()];
    since = last.created;
  }
}

function byRepository(found: FoundIssue[]) {
  const repos = new Map<string, { repo: RepoId; serverUrl: string; trackers: FoundIssue[] }>();
  for (const item of found) {
    const key = repoName(item.issue.repo).toLowerCase();
    const entry = repos.get(key) ?? {
      repo: item.issue.repo,
      serverUrl: new URL(item.htmlUrl).origin,
      trackers: [],
    };
    entry.trackers.push(item);
    repos.set(key, entry);
  }
  const sorted = [...repos.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return sorted.map(([key, entry]) => ({ key, ...entry }));
}

/** The search qualifier for issues our account wrote: an App's bot is `author:app/<slug>`. */
export const authorQualifier = (botLogin: string) =>
  botLogin.endsWith("[bot]") ? `author:app/${botLogin.slice(0, -"[bot]".length)}` : `author:${botLogin}`;

function trackerQueries(input: InstallationSweepInput, deps: InstallationSweepDeps): string[] {
  const author = ` ${authorQualifier(deps.botLogin)}`;
  const label = `label:"${input.trackerLabel.replaceAll('"', "")}"`;
  const closedSince = DateTime.fromJSDate(deps.now()).minus({ days: CLOSED_WINDOW_DAYS }).toISODate();
  return [
    `is:issue is:open ${label}${author}`,
    `is:issue is:closed ${label}${author} closed:>=${closedSince}`,
  ];
}

const emptyResult = (): InstallationSweepResult => ({
  repositories: 0,
  swept: 0,
  skipped: [],
  trackers: 0,
  remindersPosted: 0,
  reopened: 0,
  closed: 0,
  errors: [],
  requests: 0,
  stoppedAt: null,
});

function add(result: InstallationSweepResult, repo: string, swept: SweepResult): void {
  result.swept += 1;
  result.trackers += swept.trackers.length;
  result.remindersPosted += swept.remindersPosted;
  result.reopened += swept.reopened;
  result.closed += swept.closed;
  for (const e of swept.errors) result.errors.push({ repo, message: `#${e.tracker}: ${e.message}` });
}

type RepoEntry = ReturnType<typeof byRepository>[number];
type Ref = { repo: RepoId; number: number };

/** The open items of the trackers found, in the order their repositories are swept. */
function openItems(queue: RepoEntry[], botLogin: string): Ref[] {
  return queue.flatMap((entry) =>
    entry.trackers.flatMap((found) => {
      const t = ourTracker(found.issue, botLogin);
      if (!t) return [];
      return t.marker.items
        .filter((e) => e.issue !== null && !e.done)
        .map((e) => ({ repo: entryRepo(e, t.issue.repo), number: e.issue as number }));
    }),
  );
}

/**
 * The installation's client with item reads shared across repositories: a read for one repository's
 * items fetches the next repositories' too (100 a request), so 1,000 small repositories cost about
 * 100 reads rather than 1,000. Everything else is the client itself, on its budget.
 */
function sharedReads(client: GitHubClient, upcoming: Ref[]): GitHubClient {
  const key = (r: Ref) => issueKey(r.repo, r.number);
  const cache = new Map<string, IssueSnapshot | null>();
  const view = Object.create(client) as GitHubClient;
  view.issueSnapshots = async (refs) => {
    const missing = refs.filter((r) => !cache.has(key(r)));
    if (missing.length > 0) {
      const asked = new Set(missing.map(key));
      const room = Math.max(0, 100 - (missing.length % 100 || 100));
      const ahead = upcoming.filter((r) => !cache.has(key(r)) && !asked.has(key(r))).slice(0, room);
      for (const [k, snapshot] of await client.issueSnapshots([...missing, ...ahead])) cache.set(k, snapshot);
    }
    return new Map(refs.map((r) => [key(r), cache.get(key(r)) ?? null]));
  };
  return view;
}

/** One repository's sweep; false when the budget stopped it. */
async function sweepRepository(
  entry: RepoEntry,
  label: string,
  reads: GitHubClient,
  deps: InstallationSweepDeps,
  result: InstallationSweepResult,
): Promise<boolean> {
  const name = repoName(entry.repo);
  const jobDeps = await deps.repoDeps(entry.repo);
  if (typeof jobDeps === "string") {
    result.skipped.push({ repo: name, reason: jobDeps });
    return true;
  }
  const zone = jobDeps.config.reminders.timezone;
  const now = DateTime.fromJSDate(deps.now(), { zone });
  if (!now.isValid) {
    result.errors.push({ repo: name, message: `"${zone}" is not an IANA time zone` });
    return true;
  }
  const input = {
    repo: entry.repo,
    settings: sweepSettings(jobDeps.config),
    now,
    serverUrl: entry.serverUrl,
    // A repository that renamed its tracker label lists its trackers itself.
    ...(jobDeps.config.labels.tracker === label ? { trackers: entry.trackers.map((t) => t.issue) } : {}),
  };
  const swept = await sweep(input, { ...jobDeps, client: reads });
  add(result, name, swept);
  return swept.stoppedAt === null;
}

export async function sweepInstallation(
  input: InstallationSweepInput,
  deps: InstallationSweepDeps,
): Promise<InstallationSweepResult> {
  const result = emptyResult();
  const { client } = deps;
  const found: FoundIssue[] = [];
  try {
    for (const query of trackerQueries(input, deps)) found.push(...(await searchAll(client, query)));
  } catch (error) {
    if (!(error instanceof BudgetExhausted)) throw error;
    deps.log.warn(`${error.message} while searching for trackers; the next run starts again`);
    result.stoppedAt = input.resumeAt;
    result.requests = client.requests;
    return result;
  }
  const repos = byRepository(found);
  result.repositories = repos.length;
  // Where the last run stopped first, so that no repository starves.
  const at = input.resumeAt ? repos.findIndex((r) => r.key >= (input.resumeAt ?? "")) : -1;
  const queue = at <= 0 ? repos : [...repos.slice(at), ...repos.slice(0, at)];
  const reads = sharedReads(client, openItems(queue, deps.botLogin));
  for (const entry of queue) {
    if (client.remaining() < REPO_MINIMUM) {
      result.stoppedAt = entry.key;
      break;
    }
    try {
      const finished = await deps.lock(entry.repo, () =>
        sweepRepository(entry, input.trackerLabel, reads, deps, result),
      );
      if (!finished) {
        result.stoppedAt = entry.key;
        break;
      }
    } catch (error) {
      if (error instanceof BudgetExhausted) {
        result.stoppedAt = entry.key;
        break;
      }
      // One repository's trouble (a bad token scope, a 500) does not stop the others.
      result.errors.push({ repo: repoName(entry.repo), message: errorText(error) });
      deps.log.warn(`sweep of ${repoName(entry.repo)}: ${errorText(error)}`);
    }
  }
  result.requests = client.requests;
  return result;
}
