import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { FakeGitHub } from "../support/fake-github.ts";
import { ORG_NOW, seedOrganisation } from "../support/follow-through-org.ts";
import { serveGitHub } from "../support/http-github.ts";
import { REPO, runAction } from "./helpers.ts";

let fake: FakeGitHub;
let server: { url: string; close: () => Promise<void> };

beforeEach(async () => {
  fake = new FakeGitHub();
  seedOrganisation(fake);
  server = await serveGitHub(fake);
});
afterEach(async () => {
  await server.close();
  expect(fake.problems).toEqual([]);
});

const pinnedIssues = () => fake.repo(REPO).issues.filter((i) => i.title === "Postmortem follow-through");

it("writes the follow-through report to the job summary and the Pages file instead of sweeping", async () => {
  const html = join(mkdtempSync(join(tmpdir(), "pmt-pages-")), "site/index.html");
  const run = await runAction(server.url, "schedule", {}, { report: "true", "report-html": html }, ORG_NOW);
  expect(run.code).toBe(0);
  expect(run.summary).toContain("## Postmortem follow-through");
  expect(run.summary).toContain(
    "1 postmortem(s), 4 action item(s): **1 open** (1 overdue), 2 done, 1 won't do.",
  );
  expect(run.summary).toContain("xychart-beta");
  const page = readFileSync(html, "utf8");
  expect(page).toContain("<title>Postmortem follow-through: acme/platform</title>");
  expect(page).not.toMatch(/<script|<link|src=/);
  expect(run.outputs).toMatchObject({ "completion-rate": "0.667", trackers: "1", "open-items": "1" });
  // Nothing is written, and no reminder is posted: the sweep did not run.
  expect(fake.writes()).toEqual([]);
});

it("keeps one pinned issue: created and pinned once, then updated only when the report changed", async () => {
  const inputs = { report: "true", "report-issue": "true" };
  const first = await runAction(server.url, "workflow_dispatch", {}, inputs, ORG_NOW);
  expect(first.code).toBe(0);
  expect(pinnedIssues()).toHaveLength(1);
  const [issue] = pinnedIssues();
  expect(issue?.pinned).toBe(true);
  expect(issue?.body).toContain("### Oldest open items");
  expect(first.outputs["report-issue"]).toBe(String(issue?.number));

  const writesBefore = fake.writes().length;
  const again = await runAction(server.url, "workflow_dispatch", {}, inputs, ORG_NOW);
  expect(again.code).toBe(0);
  expect(pinnedIssues()).toHaveLength(1);
  expect(fake.writes().length).toBe(writesBefore);

  const later = await runAction(server.url, "schedule", {}, inputs, "2026-12-20T09:00:00Z");
  expect(later.code).toBe(0);
  expect(pinnedIssues()).toHaveLength(1);
  expect(pinnedIssues()[0]?.body).toContain("2026-12");
  const pins = fake.writes().filter((r) => /pinIssue/.test(String((r.body as { query?: string })?.query)));
  expect(pins).toHaveLength(1);
});

it("changes nothing in a dry run", async () => {
  const run = await runAction(
    server.url,
    "schedule",
    {},
    { report: "true", "report-issue": "true", "dry-run": "true" },
    ORG_NOW,
  );
  expect(run.code).toBe(0);
  expect(pinnedIssues()).toEqual([]);
  expect(fake.writes()).toEqual([]);
  expect(run.stdout).toContain('[dry run] would create issue in acme/platform: "Postmortem follow-through"');
});

it("runs from the bundle as the runner does, and a push still syncs rather than reports", async () => {
  const run = await runAction(server.url, "schedule", {}, { report: "true" }, ORG_NOW, "bundle");
  expect(run.code).toBe(0);
  expect(run.summary).toContain("## Postmortem follow-through");
  const push = await runAction(server.url, "issues", { action: "labeled" }, { report: "true" }, ORG_NOW);
  expect(push.summary).toBe("");
});

it("keeps the issue and warns when GitHub refuses to pin it (three pinned already)", async () => {
  fake.fail({
    when: (r) => r.path === "/graphql" && /pinIssue/.test(String((r.body as { query?: string })?.query)),
    status: 422,
  });
  const run = await runAction(
    server.url,
    "schedule",
    {},
    { report: "true", "report-issue": "true" },
    ORG_NOW,
  );
  expect(run.code).toBe(0);
  expect(pinnedIssues()).toHaveLength(1);
  expect(pinnedIssues()[0]?.pinned).toBeUndefined();
  expect(run.stdout).toMatch(/::warning::pin #\d+/);
});

it("pins on the next run an issue whose pin failed, and never again once pinned, so a person may unpin it", async () => {
  fake.fail({
    when: (r) => r.path === "/graphql" && /pinIssue/.test(String((r.body as { query?: string })?.query)),
    status: 502,
  });
  const inputs = { report: "true", "report-issue": "true" };
  await runAction(server.url, "schedule", {}, inputs, ORG_NOW);
  const [issue] = pinnedIssues();
  expect(issue?.pinned).toBeUndefined();
  await runAction(server.url, "schedule", {}, inputs, ORG_NOW);
  expect(issue?.pinned).toBe(true);
  if (issue) issue.pinned = false;
  const pins = () =>
    fake.apiRequests().filter((r) => /pinIssue/.test(String((r.body as { query?: string })?.query))).length;
  const before = pins();
  await runAction(server.url, "schedule", {}, inputs, ORG_NOW);
  expect(pins()).toBe(before);
  expect(issue?.pinned).toBe(false);
  expect(pinnedIssues()).toHaveLength(1);
});
