import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { afterEach, beforeEach, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { graphqlUrl } from "../../src/cli/octokit.ts";
import { FakeGitHub } from "../support/fake-github.ts";
import { ORG_NOW, seedOrganisation, seedTracker } from "../support/follow-through-org.ts";
import { type ServedGitHub, serveGitHub } from "../support/http-github.ts";

let fake: FakeGitHub;
let server: ServedGitHub;

beforeEach(async () => {
  fake = new FakeGitHub();
  server = await serveGitHub(fake);
});
afterEach(() => server.close());

async function cli(args: string[]) {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env: { GITHUB_TOKEN: "ghp_test", GITHUB_API_URL: server.url },
    now: () => DateTime.fromISO(ORG_NOW, { zone: "utc" }),
    // The local fake answers at once: no spacing of searches as GitHub asks.
    throttle: false,
  };
  const code = await main(["report", ...args], io);
  return { code, stdout, stderr };
}

const searches = () => fake.apiRequests().filter((r) => r.path === "/search/issues").length;
const graphqls = () => fake.apiRequests().filter((r) => r.path === "/graphql").length;

it("reports an organisation's follow-through as JSON in one search and one GraphQL read", async () => {
  seedOrganisation(fake);
  const { code, stdout, stderr } = await cli(["--org", "acme", "--format", "json"]);
  expect(stderr).toContain("3 tracker(s), 7 item issue(s); 2 request(s)");
  expect(code).toBe(0);
  const report = JSON.parse(stdout);
  expect(report.version).toBe(1);
  expect(report.trackers).toBe(3);
  expect(report.totals).toEqual({
    items: 8,
    open: 2,
    done: 5,
    wontDo: 1,
    overdue: 1,
    completionRate: 0.714,
    // "Revoke the leaked token" has no date of its own: due by the default 30-day policy, as the
    // reminders count it, and done when tracked: 4 of 5 on time.
    onTimeRate: 0.8,
  });
  expect(report.timeToClose).toEqual({ count: 5, medianDays: 6, p90Days: 35 });
  expect(report.byMonth.map((m: { month: string; incidents: number }) => [m.month, m.incidents])).toEqual([
    ["2026-06", 1],
    ["2026-07", 0],
    ["2026-08", 1],
    ["2026-09", 0],
    ["2026-10", 1],
    ["2026-11", 0],
  ]);
  expect(report.oldestOpen.map((i: { ref: string; ageDays: number }) => [i.ref, i.ageDays])).toEqual([
    ["acme/platform#3", 167],
    ["acme/payments#3", 99],
  ]);
  expect(report.awaitingReview.map((r: { ref: string }) => r.ref)).toEqual(["acme/web#1"]);
  expect(fake.problems).toEqual([]);
  expect(fake.writes()).toEqual([]);
  expect([searches(), graphqls()]).toEqual([1, 1]);
});

it("reads one repository with --repo, and leaves out incidents before --since", async () => {
  seedOrganisation(fake);
  const { code, stdout } = await cli(["--repo", "acme/platform", "--since", "2026-06-01"]);
  expect(code).toBe(0);
  expect(stdout).toContain("1 postmortem(s) since 2026-06-01, 4 action item(s): **1 open** (1 overdue)");
  const later = await cli(["--org", "acme", "--since", "2026-08-01", "--format", "json"]);
  expect(JSON.parse(later.stdout).byMonth[0].month).toBe("2026-08");
  expect(JSON.parse(later.stdout).totals.items).toBe(4);
  // The search itself starts there: trackers are opened when their report merges, after the incident.
  const queries = fake.apiRequests().flatMap((r) => (r.path === "/search/issues" ? [r.query.get("q")] : []));
  expect(queries.at(-1)).toContain("created:>=2026-07-31");
});

it("writes the HTML page to --output and prints progress per batch on stderr", async () => {
  seedOrganisation(fake);
  const file = join(mkdtempSync(join(tmpdir(), "pmt-report-")), "index.html");
  const { code, stdout, stderr } = await cli(["--org", "acme", "--format", "html", "--output", file]);
  expect(code).toBe(0);
  expect(stdout).toBe("");
  expect(readFileSync(file, "utf8")).toContain("Checkout runbook &lt;draft&gt;");
  expect(stderr.split("\n")).toContain("read 3 of ~3 trackers");
  expect(stderr.split("\n")).toContain("read 7 of 7 action items");
});

it("stays within ceil(T/100)+1 searches and ceil(I/100) GraphQL reads past the search's 1,000 results", async () => {
  fake.tokenLogin = "github-actions[bot]";
  const trackers = 1050;
  for (let i = 0; i < trackers; i += 1) {
    seedTracker(fake, {
      repo: `acme/service-${i % 40}`,
      title: `Incident ${i}`,
      date: "2026-05-01",
      // Merged a minute apart, as trackers are opened one at a time.
      merged: new Date(Date.parse("2026-05-02T00:00:00Z") + i * 60_000).toISOString().replace(".000", ""),
      items: [{ title: `Fix ${i}`, due: "2026-06-01" }],
    });
  }
  const { code, stdout, stderr } = await cli(["--org", "acme", "--format", "json"]);
  expect(code).toBe(0);
  expect(JSON.parse(stdout).totals).toMatchObject({ items: trackers, open: trackers, overdue: trackers });
  expect(searches()).toBeLessThanOrEqual(Math.ceil(trackers / 100) + 1);
  expect(graphqls()).toBe(Math.ceil(trackers / 100));
  expect(stderr).toContain(`${searches() + graphqls()} request(s)`);
}, 60_000);

it("says what is missing: a token, or where to look", async () => {
  const io = { stdout: { write: () => 0 }, stderr: { write: (t: string) => (err += t) }, env: {} };
  let err = "";
  expect(await main(["report", "--org", "acme"], io)).toBe(2);
  expect(err).toContain("set GITHUB_TOKEN");
  expect((await cli([])).stderr).toContain("name either --org ORG or --repo OWNER/REPO");
  expect((await cli(["--repo", "acme", "--org", "x"])).code).toBe(2);
});

it("rewrites one progress line in place on a terminal", async () => {
  seedOrganisation(fake);
  let stderr = "";
  const io = {
    stdout: { write: () => 0 },
    stderr: { write: (t: string) => (stderr += t), isTTY: true },
    env: { GITHUB_TOKEN: "ghp_test", GITHUB_API_URL: server.url },
    now: () => DateTime.fromISO(ORG_NOW, { zone: "utc" }),
    throttle: false,
  };
  expect(await main(["report", "--org", "acme"], io)).toBe(0);
  expect(stderr).toContain("\r\x1b[Kread 3 of ~3 trackers\r\x1b[Kread 7 of 7 action items\n");
});

it("reads GitHub Enterprise Server from GITHUB_API_URL: REST under /api/v3, GraphQL at /api/graphql", async () => {
  seedOrganisation(fake);
  let stdout = "";
  const io = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: () => 0 },
    env: { GH_TOKEN: "ghp_test", GITHUB_API_URL: `${server.url}/api/v3` },
    now: () => DateTime.fromISO(ORG_NOW, { zone: "utc" }),
    throttle: false,
  };
  expect(await main(["report", "--org", "acme", "--format", "json"], io)).toBe(0);
  expect(JSON.parse(stdout).totals.done).toBe(5);
  expect(fake.requests.map((r) => r.path)).toEqual(["/search/issues", "/graphql"]);
  expect(graphqlUrl("https://ghe.example.com/api/v3")).toBe("https://ghe.example.com/api/graphql");
  expect(graphqlUrl("https://api.github.com")).toBe("https://api.github.com/graphql");
});

it("counts an item with no date of its own as due by the severity's deadline policy, as the reminders do", async () => {
  fake.tokenLogin = "github-actions[bot]";
  seedTracker(fake, {
    repo: "acme/platform",
    title: "Outage",
    date: "2026-08-01",
    severity: "SEV1",
    merged: "2026-08-02T00:00:00Z",
    items: [
      { title: "Open for months" },
      { title: "Closed late", closed: { at: "2026-11-01T00:00:00Z", reason: "completed" } },
    ],
  });
  const dir = mkdtempSync(join(tmpdir(), "pmt-policy-"));
  const config = join(dir, "config.yml");
  writeFileSync(config, "deadlines:\n  severity:\n    SEV-1: 14d\n");
  const { code, stdout } = await cli(["--repo", "acme/platform", "--format", "json", "--config", config]);
  expect(code).toBe(0);
  expect(JSON.parse(stdout).totals).toMatchObject({ open: 1, overdue: 1, done: 1, onTimeRate: 0 });
});
