import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { draftBranch } from "../../src/tracking/draft/settings.ts";
import {
  createHarness,
  example,
  type Harness,
  installation,
  REPO,
  repository,
} from "../support/app-harness.ts";
import type { FakeIssue } from "../support/fake-github.ts";
import { addComment, seedIncident } from "../support/incident.ts";

const DRAFT = "postmortems/2026-11-03-checkout-latency-spike.md";
const BOT = "postmortem-tracker[bot]";

let h: Harness;
let incident: FakeIssue;
beforeEach(() => {
  nock.disableNetConnect();
  h = createHarness();
  incident = seedIncident(h.fake, REPO);
});
afterEach(() => {
  expect(h.fake.problems).toEqual([]);
  nock.cleanAll();
  nock.enableNetConnect();
});

const repo = () => h.fake.repo(REPO);
const branch = () => draftBranch(incident.number);
const drafted = () => repo().commits.get(branch())?.get(DRAFT);
const replies = () => incident.comments.filter((c) => c.user === BOT);
const pullUrl = (n: number | undefined) => `https://github.com/${REPO}/pull/${n}`;
/** The job's own requests: not the App's sign-in, nor Probot's read of the config file. */
const jobRequests = () => h.fake.apiRequests().filter((r) => !r.path.includes("postmortem-tracker.yml"));

function commentPayload(id: number, login: string, body: string, type = "User"): Record<string, any> {
  const payload = example("issue_comment", "created");
  Object.assign(payload.issue, { number: incident.number, title: incident.title, pull_request: undefined });
  Object.assign(payload.comment, { id, body, user: { ...payload.comment.user, login, type } });
  Object.assign(payload.repository, repository());
  payload.sender = { ...payload.sender, login, type };
  payload.installation = installation;
  return payload;
}

/** A person writes `body` on the incident's issue, and GitHub delivers it. */
async function say(login: string, body: string, at = "2026-11-04T09:00:00Z") {
  const id = addComment(incident, login, body, at);
  const payload = commentPayload(id, login, body);
  await h.deliver("issue_comment", payload);
  return payload;
}

async function label(name: string, login = "dana") {
  const payload = example("issues", "labeled");
  Object.assign(payload.issue, { number: incident.number, title: incident.title, pull_request: undefined });
  payload.label = { ...payload.label, name };
  Object.assign(payload.repository, repository());
  payload.sender = { ...payload.sender, login, type: "User" };
  payload.installation = installation;
  await h.deliver("issues", payload);
}

describe("drafting a postmortem from its incident (the App)", () => {
  it("opens one draft pull request with the report, its timeline from the issue, and replies with its link", async () => {
    await say("dana", "/postmortem");
    const pulls = repo().branchPulls;
    expect(pulls).toMatchObject([
      {
        head: branch(),
        base: "main",
        draft: true,
        state: "open",
        title: "Postmortem: Checkout latency spike",
      },
    ]);
    expect(pulls[0]?.body).toContain(`Drafts the postmortem of #${incident.number} in \`${DRAFT}\``);
    const text = drafted() ?? "";
    expect(text).toContain("status: draft\n");
    expect(text).toContain("severity: SEV-2\n");
    expect(text).toContain('owners: ["@lee"]\n');
    expect(text).toContain(
      `- Pull request: [${REPO}#45](https://github.com/${REPO}/pull/45) "Revert pool size change"`,
    );
    expect(text).toContain(
      [
        "- **2026-11-03 13:12** @dana opened the issue",
        "- **13:12** @dana added the label `sev2`",
        '- **13:20** @lee commented: "Alert fired: p99 checkout latency above 3 s since the 13:05 deploy. Checking the pool."',
        "- **13:21** @dana assigned @lee",
        '- **14:02** @lee linked pull request #45 "Revert pool size change"',
        "",
      ].join("\n"),
    );
    // The command itself is not part of the incident's story.
    expect(text).not.toContain("/postmortem");
    expect(replies()).toHaveLength(1);
    expect(replies()[0]?.body).toContain(pullUrl(pulls[0]?.number));
  });

  it("costs nine requests for a new draft: five reads and four writes", async () => {
    await say("dana", "/postmortem");
    expect(jobRequests().map((r) => `${r.method} ${r.path.replace(`/repos/${REPO}`, "")}`)).toEqual([
      "GET /collaborators/dana/permission",
      "GET /pulls",
      `GET /issues/${incident.number}`,
      `GET /issues/${incident.number}/timeline`,
      "GET /git/ref/heads/main",
      "POST /git/refs",
      `PUT /contents/${DRAFT}`,
      "POST /pulls",
      `POST /issues/${incident.number}/comments`,
    ]);
  });

  it("reads a long timeline a hundred events a request, and tells every event", async () => {
    for (let i = 0; i < 150; i += 1)
      addComment(
        incident,
        "lee",
        `update ${i}`,
        new Date(Date.parse("2026-11-03T15:00:00Z") + i * 60_000).toISOString(),
      );
    await say("dana", "/postmortem");
    const timeline = jobRequests().filter((r) => r.path.endsWith("/timeline"));
    expect(timeline.map((r) => r.query.get("page"))).toEqual(["1", "2"]);
    const text = drafted() ?? "";
    expect(text).toContain('- **15:00** @lee commented: "update 0"\n');
    expect(text).toContain('- **17:29** @lee commented: "update 149"\n');
    expect(text.match(/@lee commented: "update/g)).toHaveLength(150);
  });

  it("costs four requests when asked again, and three when the request is redelivered", async () => {
    const first = await say("dana", "/postmortem");
    const since = (n: number) =>
      jobRequests()
        .slice(n)
        .map((r) => `${r.method} ${r.path.replace(`/repos/${REPO}`, "")}`);
    let before = jobRequests().length;
    await say("lee", "/postmortem", "2026-11-04T10:00:00Z");
    const n = incident.number;
    const check = ["GET /collaborators/lee/permission", "GET /pulls", `GET /issues/${n}/comments`];
    expect(since(before)).toEqual([...check, `POST /issues/${n}/comments`]);
    before = jobRequests().length;
    await h.deliver("issue_comment", first);
    expect(since(before)).toEqual([check[0]?.replace("lee", "dana"), ...check.slice(1)]);
  });

  it("links the same pull request when asked again, and a redelivery changes nothing", async () => {
    const first = await say("dana", "/postmortem");
    const opened = repo().branchPulls[0]?.number;
    // The author starts writing on the branch.
    repo().commits.get(branch())?.set(DRAFT, "# My own words\n");
    await say("lee", "/postmortem", "2026-11-04T10:00:00Z");
    await h.deliver("issue_comment", first);
    expect(repo().branchPulls).toHaveLength(1);
    expect(drafted()).toBe("# My own words\n");
    expect([...repo().commits.keys()].filter((k) => k.startsWith("postmortem-tracker/"))).toEqual([branch()]);
    expect(replies()).toHaveLength(2);
    for (const reply of replies()) expect(reply.body).toContain(pullUrl(opened));
    expect(replies()[1]?.body).toContain("drafted in");
    expect(replies()[1]?.body).toContain("already");
  });

  it("after a run that stopped before the pull request, keeps the branch and the file and opens it once", async () => {
    h.fake.fail({ when: (r) => r.method === "POST" && r.path.endsWith("/pulls"), status: 500 });
    const first = await say("dana", "/postmortem").catch(() => null);
    expect(repo().branchPulls).toHaveLength(0);
    repo().commits.get(branch())?.set(DRAFT, "# Started by hand\n");
    await h.deliver(
      "issue_comment",
      first ?? commentPayload(incident.comments.at(-1)?.id ?? 0, "dana", "/postmortem"),
    );
    expect(repo().branchPulls).toHaveLength(1);
    expect(drafted()).toBe("# Started by hand\n");
    expect(replies()).toHaveLength(1);
  });

  it("opens nothing when the report is on the default branch already, and says so", async () => {
    repo().commits.set("c1", new Map([[DRAFT, "# Written already\n"]]));
    await say("dana", "/postmortem");
    expect(repo().branchPulls).toEqual([]);
    expect(replies().map((r) => r.body.split("\n")[0])).toEqual([
      `No draft was opened: \`${DRAFT}\` is on \`main\` already, so a pull request would change nothing. Edit the report there.`,
    ]);
  });

  it("reopens a draft a person closed without merging, and opens a new one where its branch is gone", async () => {
    await say("dana", "/postmortem");
    const [first] = repo().branchPulls;
    if (!first) throw new Error("no draft");
    first.state = "closed";
    await say("dana", "/postmortem", "2026-11-05T09:00:00Z");
    expect(repo().branchPulls.map((p) => [p.number, p.state])).toEqual([[first.number, "open"]]);
    expect(replies().at(-1)?.body).toContain(pullUrl(first.number));
    Object.assign(first, { state: "closed", branchDeleted: true });
    await say("dana", "/postmortem", "2026-11-06T09:00:00Z");
    const [, second] = repo().branchPulls;
    expect(second?.state).toBe("open");
    expect(replies().at(-1)?.body).toContain(pullUrl(second?.number));
  });

  it("opens an ordinary pull request where the plan has no draft pull requests", async () => {
    h.fake.fail({
      when: (r) =>
        r.method === "POST" && r.path.endsWith("/pulls") && (r.body as { draft?: boolean }).draft === true,
      status: 422,
      message: "Draft pull requests are not supported in this repository.",
    });
    await say("dana", "/postmortem");
    expect(repo().branchPulls).toHaveLength(1);
    expect(replies().map((r) => r.body.includes(pullUrl(repo().branchPulls[0]?.number)))).toEqual([true]);
  });

  it("does not call another refusal of the pull request a report on the default branch", async () => {
    h.fake.fail({
      when: (r) => r.method === "POST" && r.path.endsWith("/pulls"),
      status: 422,
      message: "Validation Failed",
    });
    await expect(say("dana", "/postmortem")).rejects.toThrow();
    expect(replies().some((r) => r.body.includes("is on `main` already"))).toBe(false);
  });

  it("finds the pull request GitHub opened although it answered with an error, and opens no second one", async () => {
    h.fake.fail({
      when: (r) => r.method === "POST" && r.path.endsWith("/pulls"),
      status: 502,
      applied: true,
    });
    const first = await say("dana", "/postmortem").catch(() => null);
    expect(first).toBeNull();
    await h.deliver(
      "issue_comment",
      commentPayload(incident.comments.at(-1)?.id ?? 0, "dana", "/postmortem"),
    );
    expect(repo().branchPulls).toHaveLength(1);
    expect(replies().map((r) => r.body.includes(pullUrl(repo().branchPulls[0]?.number)))).toEqual([true]);
  });

  it("tells a person without write access why, once, and creates nothing", async () => {
    const asked = await say("rae", "/postmortem");
    await h.deliver("issue_comment", asked);
    expect(replies()).toHaveLength(1);
    expect(replies()[0]?.body).toContain("@rae, drafting a postmortem (`/postmortem`) takes write access");
    expect(repo().branchPulls).toEqual([]);
    expect(repo().commits.has(branch())).toBe(false);
    expect(h.fake.writes().map((w) => w.method + w.path)).toEqual([
      `POST/repos/${REPO}/issues/${incident.number}/comments`,
    ]);
  });

  it("drafts on the label too, and not on another label, another comment or a bot's command", async () => {
    await label("bug");
    expect(h.fake.writes()).toEqual([]);
    // Plain comments, and anything bots say, cost not even a request.
    const before = h.fake.requests.length;
    await say("dana", "Any news?");
    await h.deliver("issue_comment", commentPayload(777, BOT, "/postmortem", "Bot"));
    await h.deliver("issue_comment", commentPayload(778, "ci-bot[bot]", "/postmortem", "Bot"));
    expect(h.fake.requests.length).toBe(before);
    await label("postmortem-needed");
    expect(repo().branchPulls).toHaveLength(1);
    expect(drafted()).toContain("# Checkout latency spike");
    expect(replies()).toHaveLength(1);
  });

  it("uses the configured command, label and severity mapping", async () => {
    h.setConfig("draft:\n  command: /pm\n  label: needs-pm\n  severity-labels:\n    sev2: SEV-1\n");
    await say("dana", "/postmortem");
    expect(h.fake.writes()).toEqual([]);
    await label("needs-pm");
    expect(drafted()).toContain("severity: SEV-1\n");
    expect(repo().branchPulls[0]?.body).not.toContain("is not read as a report");
  });

  it("warns in the pull request when the draft's folder is outside the reports' paths", async () => {
    h.setConfig("draft:\n  directory: incidents\n");
    await say("dana", "/postmortem");
    const path = DRAFT.replace("postmortems/", "incidents/");
    expect(repo().commits.get(branch())?.has(path)).toBe(true);
    expect(repo().branchPulls[0]?.body).toContain(
      `**Note:** \`${path}\` is not read as a report: it matches none of paths (postmortems/**/*.md, docs/postmortems/**/*.md).`,
    );
  });

  it("writes nothing in a dry run", async () => {
    h.setConfig("dry-run: true\n");
    await say("dana", "/postmortem");
    await label("postmortem-needed");
    expect(h.fake.writes()).toEqual([]);
    expect(repo().commits.has(branch())).toBe(false);
  });
});
