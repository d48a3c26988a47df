// The requests of the App's sweep of one installation with many repositories, counted against the
// bound of sweeping each repository on its own (the Action's per-repository sweep).
import nock from "nock";
import { Probot } from "probot";
import { botAccount } from "../src/app/bot.ts";
import { memoryCursors, sweepOneInstallation } from "../src/app/sweeps.ts";
import { withLock } from "../src/queue/lock.ts";
import { privateKey, TestOctokit } from "../test/support/app-harness.ts";
import { FakeGitHub } from "../test/support/fake-github.ts";
import { interceptGitHub } from "../test/support/nock-github.ts";
import { seedRepoTracker } from "../test/support/seed-tracker.ts";

export interface AppSweepCost {
  requests: number;
  byKind: Record<string, number>;
  trackers: number;
  /** The per-repository sweep's bound, ceil(T/100) + ceil(I/100) + 3, summed over the repositories. */
  bound: number;
  ms: number;
}

function kind(method: string, path: string): string {
  if (path === "/search/issues") return "search";
  if (path === "/graphql") return "item reads";
  if (path.includes("/contents/")) return "config";
  if (path.includes("/labels/")) return "label";
  if (path.startsWith("/app")) return "auth";
  return `${method} other`;
}

/** One installation of `repos` repositories, `perRepo` trackers each with `perTracker` open items, nothing due. */
export async function appSweepCost(
  repos: number,
  perRepo: number,
  perTracker: number,
): Promise<AppSweepCost> {
  const fake = new FakeGitHub();
  const names = Array.from({ length: repos }, (_, r) => `acme/service-${String(r).padStart(4, "0")}`);
  fake.installations.set(1, names);
  for (const repo of names)
    for (let t = 0; t < perRepo; t += 1)
      seedRepoTracker(fake, {
        repo,
        bot: fake.botLogin,
        title: `Outage ${t}`,
        merged: "2026-11-01T10:00:00Z",
        followUp: "2026-11-19T10:00:00Z",
        items: Array.from({ length: perTracker }, (_, i) => ({
          title: `Fix ${t}.${i}`,
          state: "open" as const,
          due: "2027-01-31",
        })),
      });
  nock.disableNetConnect();
  interceptGitHub(fake);
  const probot = new Probot({ appId: 1, privateKey, Octokit: TestOctokit, logLevel: "fatal" });
  const env = { botLogin: botAccount(probot), now: () => new Date("2026-11-20T10:00:00Z"), lock: withLock };
  const start = performance.now();
  const result = await sweepOneInstallation(probot, env, 1, { budget: 100_000, cursors: memoryCursors() });
  const ms = performance.now() - start;
  nock.cleanAll();
  nock.enableNetConnect();
  if (fake.problems.length > 0) throw new Error(fake.problems.join("\n"));
  const counted = fake.requests.filter((r) => !r.path.startsWith("/app"));
  const byKind: Record<string, number> = {};
  for (const r of counted) byKind[kind(r.method, r.path)] = (byKind[kind(r.method, r.path)] ?? 0) + 1;
  const perRepoBound = Math.ceil(perRepo / 100) + Math.ceil((perRepo * perTracker) / 100) + 3;
  return { requests: counted.length, byKind, trackers: result.trackers, bound: repos * perRepoBound, ms };
}
