import { cliOctokit } from "../../src/cli/octokit.ts";
import { GitHubClient } from "../../src/github/client.ts";
import { type FollowThroughResult, followThroughReport } from "../../src/jobs/follow-through.ts";
import { renderMarker, type SweepRecord, type TrackerEntry } from "../../src/tracking/marker.ts";
import { FakeGitHub } from "./fake-github.ts";
import { serveGitHub } from "./http-github.ts";

/**
 * An organisation with known follow-through (README's sample and the screenshot are made from it):
 * three postmortems in three repositories in June, August and October 2026 (none in July, September
 * or November), items done on time and late, one won't do, one overdue, one checked in the report,
 * items filed in another repository than their tracker, severities written two ways ("SEV2",
 * "sev2"), and one tracker awaiting its review.
 */

export const ORG_BOT = "github-actions[bot]";
export const ORG_NOW = "2026-11-20T09:00:00Z";

interface SeedItem {
  title: string;
  owners?: string[];
  due?: string;
  /** Where the issue is filed, when not in the tracker's repository. */
  repo?: string;
  closed?: { at: string; reason: "completed" | "not_planned" };
  /** Checked in the report: no issue. */
  done?: true;
}

interface SeedTracker {
  repo: string;
  title: string;
  date: string;
  severity?: string;
  merged: string;
  sweep?: SweepRecord;
  author?: string;
  items: SeedItem[];
}

function entryFor(fake: FakeGitHub, t: SeedTracker, item: SeedItem, i: number): TrackerEntry {
  const base = { key: `k${i}`, title: item.title, added: t.merged, ...(item.due ? { due: item.due } : {}) };
  const owners = item.owners ? { owners: item.owners } : {};
  if (item.done) return { ...base, ...owners, issue: null, done: true };
  const repo = item.repo ?? t.repo;
  const issue = fake.addIssue(repo, {
    title: item.title,
    body: renderMarker({ v: 1, kind: "action", report: `postmortems/${t.title}.md`, key: `k${i}` }),
    labels: ["postmortem-action"],
    user: t.author ?? ORG_BOT,
    state: item.closed ? "closed" : "open",
    state_reason: item.closed?.reason ?? null,
    closed_at: item.closed?.at ?? null,
  });
  return { ...base, ...owners, issue: issue.number, ...(item.repo ? { repo: item.repo } : {}) };
}

export function seedTracker(fake: FakeGitHub, t: SeedTracker) {
  const items = t.items.map((item, i) => entryFor(fake, t, item, i));
  const marker = {
    v: 1 as const,
    kind: "tracker" as const,
    report: `postmortems/${t.title}.md`,
    source: t.repo,
    title: t.title,
    pr: null,
    date: t.date,
    ...(t.severity ? { severity: t.severity } : {}),
    sha: "abc1234",
    merged: t.merged,
    ...(t.sweep ? { sweep: t.sweep } : {}),
    items,
  };
  return fake.addIssue(t.repo, {
    title: `Postmortem follow-up: ${t.title}`,
    body: `Tracker\n\n${renderMarker(marker)}`,
    labels: ["postmortem-tracker"],
    user: t.author ?? ORG_BOT,
    // Opened when the report merged, as the sync does.
    created_at: t.merged,
  });
}

export const ORG_TRACKERS: SeedTracker[] = [
  {
    repo: "acme/platform",
    title: "Checkout outage",
    date: "2026-06-03",
    severity: "SEV1",
    merged: "2026-06-05T10:00:00Z",
    items: [
      {
        title: "Alert on rate limits",
        owners: ["alice"],
        due: "2026-06-20",
        closed: { at: "2026-06-15T12:00:00Z", reason: "completed" },
      },
      {
        title: "Retry the payments queue",
        owners: ["acme/payments"],
        due: "2026-07-01",
        repo: "acme/payments",
        closed: { at: "2026-07-10T10:00:00Z", reason: "completed" },
      },
      {
        title: "Rewrite checkout",
        owners: ["bob"],
        closed: { at: "2026-07-01T08:00:00Z", reason: "not_planned" },
      },
      { title: "Checkout runbook <draft>", owners: ["alice"], due: "2026-08-01" },
    ],
  },
  {
    repo: "acme/payments",
    title: "Card token leak",
    date: "2026-08-12",
    severity: "SEV2",
    merged: "2026-08-13T09:00:00Z",
    items: [
      {
        title: "Rotate the keys",
        owners: ["carol"],
        due: "2026-08-20",
        closed: { at: "2026-08-19T09:00:00Z", reason: "completed" },
      },
      { title: "Audit logging", due: "2026-12-31" },
      { title: "Revoke the leaked token", done: true },
    ],
  },
  {
    repo: "acme/web",
    title: "CDN misconfiguration",
    date: "2026-10-02",
    severity: "sev2",
    merged: "2026-10-03T00:00:00Z",
    sweep: { review: "2026-11-02T09:00:00Z" },
    items: [
      {
        title: "Lint the CDN config",
        owners: ["dave"],
        due: "2026-10-10",
        repo: "acme/platform",
        closed: { at: "2026-10-09T00:00:00Z", reason: "completed" },
      },
    ],
  },
  // Not ours (a person pasted a marker) and another organisation's: neither is counted.
  {
    repo: "acme/web",
    title: "Pasted",
    date: "2026-09-01",
    merged: "2026-09-01T00:00:00Z",
    author: "mallory",
    items: [{ title: "Not ours" }],
  },
  {
    repo: "other/site",
    title: "Elsewhere",
    date: "2026-09-01",
    merged: "2026-09-01T00:00:00Z",
    items: [{ title: "Not here" }],
  },
];

export function seedOrganisation(fake: FakeGitHub): void {
  fake.tokenLogin = ORG_BOT;
  for (const t of ORG_TRACKERS) seedTracker(fake, t);
}

/** The organisation's report, read through the CLI's client from the fake served on 127.0.0.1. */
export async function organisationReport(): Promise<FollowThroughResult> {
  const fake = new FakeGitHub();
  seedOrganisation(fake);
  const server = await serveGitHub(fake);
  try {
    const client = new GitHubClient({
      octokit: cliOctokit("ghp_test", { GITHUB_API_URL: server.url }, false),
    });
    return await followThroughReport(
      { scope: { org: "acme" }, trackerLabel: "postmortem-tracker" },
      { client, botLogin: ORG_BOT, now: () => new Date(ORG_NOW) },
    );
  } finally {
    await server.close();
  }
}
