import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { draftBranch } from "../../src/tracking/draft/settings.ts";
import { example } from "../support/app-harness.ts";
import { FakeGitHub, type FakeIssue } from "../support/fake-github.ts";
import { serveGitHub } from "../support/http-github.ts";
import { addComment, seedIncident } from "../support/incident.ts";
import { BOT, REPO, runAction } from "./helpers.ts";

let fake: FakeGitHub;
let server: { url: string; close: () => Promise<void> };
let incident: FakeIssue;

beforeEach(async () => {
  fake = new FakeGitHub();
  fake.tokenLogin = BOT;
  incident = seedIncident(fake, REPO);
  server = await serveGitHub(fake);
});
afterEach(async () => {
  await server.close();
  expect(fake.problems).toEqual([]);
});

const DRAFT = "postmortems/2026-11-03-checkout-latency-spike.md";
const repo = () => fake.repo(REPO);
const replies = () => incident.comments.filter((c) => c.user === BOT);
const where = { default_branch: "main", full_name: REPO, html_url: `https://github.com/${REPO}` };

function comment(login: string, body: string) {
  const id = addComment(incident, login, body, "2026-11-04T09:00:00Z");
  const payload = example("issue_comment", "created");
  Object.assign(payload.issue, { number: incident.number, pull_request: undefined });
  Object.assign(payload.comment, { id, body, user: { ...payload.comment.user, login, type: "User" } });
  Object.assign(payload.repository, where);
  payload.sender = { ...payload.sender, login, type: "User" };
  return payload;
}

function labeled(name: string) {
  const payload = example("issues", "labeled");
  Object.assign(payload.issue, { number: incident.number, pull_request: undefined });
  payload.label = { ...payload.label, name };
  Object.assign(payload.repository, where);
  payload.sender = { ...payload.sender, login: "dana", type: "User" };
  return payload;
}

describe("drafting a postmortem in Actions-only mode", () => {
  it("opens the draft pull request on /postmortem, and links the same one when asked again", async () => {
    const first = comment("dana", "/postmortem");
    const run = await runAction(server.url, "issue_comment", first);
    expect(run.code).toBe(0);
    expect(repo().branchPulls).toMatchObject([{ head: draftBranch(incident.number), draft: true }]);
    // Nine for the draft, one for the configuration file.
    expect(run.stdout).toContain(
      `drafted in https://github.com/${REPO}/pull/${repo().branchPulls[0]?.number} (10 requests)`,
    );
    const text = repo().commits.get(draftBranch(incident.number))?.get(DRAFT) ?? "";
    expect(text).toContain('- **13:20** @lee commented: "Alert fired: p99 checkout latency');
    expect(text).toContain('- **14:02** @lee linked pull request #45 "Revert pool size change"');
    await runAction(server.url, "issue_comment", first);
    await runAction(server.url, "issue_comment", comment("lee", "/postmortem"));
    expect(repo().branchPulls).toHaveLength(1);
    const url = `https://github.com/${REPO}/pull/${repo().branchPulls[0]?.number}`;
    expect(replies().map((r) => r.body.includes(url))).toEqual([true, true]);
  });

  it("drafts on the label, refuses a reader, and writes nothing in a dry run", async () => {
    expect(
      (await runAction(server.url, "issues", labeled("postmortem-needed"), { "dry-run": "true" })).code,
    ).toBe(0);
    expect(fake.writes()).toEqual([]);
    await runAction(server.url, "issue_comment", comment("rae", "/postmortem"));
    expect(repo().branchPulls).toEqual([]);
    expect(replies().map((r) => r.body.split(",")[0])).toEqual(["@rae"]);
    await runAction(server.url, "issues", labeled("postmortem-needed"));
    expect(repo().branchPulls).toHaveLength(1);
  });
});
