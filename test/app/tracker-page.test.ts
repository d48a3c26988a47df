import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseMarker } from "../../src/tracking/marker.ts";
import { createHarness, example, type Harness, REPO, REPORT } from "../support/app-harness.ts";
import type { FakeIssue } from "../support/fake-github.ts";

const report = (items: string[]) => `# Checkout outage\n\n## Action items\n\n${items.join("\n")}\n`;

let h: Harness;
beforeEach(() => {
  nock.disableNetConnect();
  h = createHarness();
});
afterEach(() => {
  expect(h.fake.problems).toEqual([]);
  nock.cleanAll();
  nock.enableNetConnect();
});

const repo = () => h.fake.repo(REPO);
const kind = (k: string) => repo().issues.filter((i) => parseMarker(i.body)?.kind === k);
const tracker = () => kind("tracker")[0] as FakeIssue;

/** A person edits the tracker's body on GitHub, as the `issues.edited` webhook tells it. */
async function editTracker(edit: (body: string) => string, who = "dana") {
  const t = tracker();
  const before = t.body;
  t.body = edit(before);
  const payload = example("issues", "edited");
  Object.assign(payload.issue, {
    number: t.number,
    node_id: t.node_id,
    title: t.title,
    body: t.body,
    state: t.state,
    state_reason: t.state_reason,
    labels: t.labels.map((name) => ({ name })),
    user: { login: t.user },
  });
  payload.changes = { body: { from: before } };
  Object.assign(payload.repository, {
    name: "platform",
    full_name: REPO,
    html_url: `https://github.com/${REPO}`,
    owner: { ...payload.repository.owner, login: "acme" },
  });
  payload.sender = { ...payload.sender, login: who };
  payload.installation = { id: 1 };
  await h.deliver("issues", payload);
}

describe("the tracker is a page people share", () => {
  it("closes an item's issue when a person ticks it in the tracker, and reopens it when unticked", async () => {
    await h.merge({
      pr: 101,
      sha: "s1",
      files: { [REPORT]: report(["- [ ] Add an alert", "- [ ] Write a runbook"]) },
    });
    const [alert, runbook] = kind("action");
    await editTracker((body) =>
      body.replace(`- [ ] #${alert?.number} Add an alert`, `- [x] #${alert?.number} Add an alert`),
    );
    expect(alert).toMatchObject({ state: "closed", state_reason: "completed" });
    expect(alert?.comments.at(-1)?.body).toBe(
      `Checked off in the follow-up #${tracker().number} by @dana, so this issue is closed as completed.`,
    );
    expect(runbook).toMatchObject({ state: "open", comments: [] });
    expect(tracker().body).toContain(`- [x] #${alert?.number} Add an alert (closed)`);
    expect(tracker().body).toContain("**Progress: 1 of 2 resolved**");
    await editTracker((body) =>
      body.replace(
        `- [x] #${alert?.number} Add an alert (closed)`,
        `- [ ] #${alert?.number} Add an alert (closed)`,
      ),
    );
    expect(alert?.state).toBe("open");
    expect(tracker().body).toContain(`- [ ] #${alert?.number} Add an alert`);
  });

  it("ignores edits that tick nothing, and its own edits", async () => {
    await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report(["- [ ] Add an alert"]) } });
    const writes = h.fake.writes().length;
    await editTracker((body) => `${body}\n`);
    await editTracker((body) => body.replace("- [ ]", "- [x]"), h.fake.botLogin);
    expect(h.fake.writes().length).toBe(writes);
    expect(kind("action")[0]?.state).toBe("open");
  });

  it("keeps the notes people write around the generated part through every rewrite", async () => {
    await h.merge({
      pr: 101,
      sha: "s1",
      files: { [REPORT]: report(["- [ ] Add an alert", "- [ ] Write a runbook"]) },
    });
    await editTracker(
      (body) =>
        `Owner of the follow-up: @lee\n\n${body.replace("<!-- postmortem-tracker {", "Retro booked for Friday.\n\n<!-- postmortem-tracker {")}`,
    );
    await h.merge({
      pr: 102,
      sha: "s2",
      files: {
        [REPORT]: report(["- [ ] Add an alert", "- [ ] Write a runbook", "- [ ] Load-test checkout"]),
      },
    });
    await h.issueEvent("closed", kind("action")[0]?.number ?? 0);
    const body = tracker().body;
    expect(body.startsWith("Owner of the follow-up: @lee\n\n<!-- postmortem-tracker: generated part")).toBe(
      true,
    );
    expect(body).toContain(
      "<!-- postmortem-tracker: end of the generated part -->\n\nRetro booked for Friday.\n\n<!-- postmortem-tracker {",
    );
    expect(body).toContain("**Progress: 1 of 3 resolved**");
  });
});

describe("an edit of the report after the merge", () => {
  it("keeps the item's issue, assignee and state when words are added and the due date moves", async () => {
    await h.merge({
      pr: 101,
      sha: "s1",
      files: {
        [REPORT]: report([
          "- [ ] Cap the pool at 50 connections @dana due: 2026-12-01",
          "- [ ] Write a runbook",
        ]),
      },
    });
    const [cap] = kind("action");
    await h.merge({
      pr: 102,
      sha: "s2",
      files: {
        [REPORT]: report([
          "- [ ] Cap the pool at 50 connections and add a 30 s wait cap @dana due: 2026-12-15",
          "- [ ] Write a runbook",
        ]),
      },
    });
    expect(kind("action")).toHaveLength(2);
    expect(cap).toMatchObject({
      title: "Cap the pool at 50 connections and add a 30 s wait cap",
      state: "open",
      assignees: ["dana"],
      comments: [],
    });
    expect(cap?.body).toContain("| Due | 2026-12-15 |");
    const comment = repo().pullIssues.get(102)?.comments[0]?.body ?? "";
    expect(comment).toContain(
      `| #${cap?.number} | Cap the pool at 50 connections and add a 30 s wait cap | updated |`,
    );
  });
});

describe("the review's preview of an edit", () => {
  /** A pull request that changes the merged report, opened: the review runs on its head commit. */
  async function open(pr: number, sha: string, text: string) {
    repo().commits.set(sha, new Map([[REPORT, text]]));
    repo().pulls.set(pr, { mergeSha: "", files: [{ filename: REPORT, status: "modified" }] });
    const payload = example("pull_request", "opened");
    payload.number = pr;
    payload.pull_request.number = pr;
    payload.pull_request.head.sha = sha;
    Object.assign(payload.repository, {
      name: "platform",
      full_name: REPO,
      default_branch: "main",
      html_url: `https://github.com/${REPO}`,
      owner: { ...payload.repository.owner, login: "acme" },
    });
    payload.installation = { id: 1 };
    await h.deliver("pull_request", payload);
    return repo().checkRuns.find((r) => r.head_sha === sha);
  }

  it("names the issue each item keeps, splits, merges and removals", async () => {
    const first = [
      "- [ ] Cap the pool at 50 connections",
      "- [ ] Alert on pool saturation and wait time",
      "- [ ] Write a runbook for pool exhaustion",
      "- [ ] Add a dashboard for the checkout service",
      "- [ ] Document the overlay order",
    ];
    await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report(first) } });
    const n = (title: string) => kind("action").find((i) => i.title === title)?.number;
    const run = await open(
      102,
      "h2",
      report([
        "- [ ] Cap the pool at 50 connections and add a 30 s wait cap",
        "- [ ] Alert on pool saturation",
        "- [ ] Alert on pool wait time",
        "- [ ] Write a runbook for pool exhaustion, with the dashboard for the checkout service",
      ]),
    );
    const summary = run?.output.summary ?? "";
    expect(summary).toContain(
      `| Cap the pool at 50 connections and add a 30 s wait cap | edit of #${n("Cap the pool at 50 connections")} (was: "Cap the pool at 50 connections") |`,
    );
    // One half keeps the issue (the closer one), the other is filed as split from it.
    const split = n("Alert on pool saturation and wait time");
    const halves = ["Alert on pool saturation", "Alert on pool wait time"].filter((t) =>
      summary.includes(`| ${t} | new issue, split of #${split} |`),
    );
    expect(halves).toHaveLength(1);
    expect(summary).toContain(
      `| Add a dashboard for the checkout service | merged into #${n("Write a runbook for pool exhaustion")}: close #${n("Add a dashboard for the checkout service")} as not planned |`,
    );
    expect(summary).toContain(
      `| Document the overlay order | removed: close #${n("Document the overlay order")} as not planned |`,
    );
    // Nothing is written to the issues before the merge.
    expect(kind("action").every((i) => i.state === "open" && i.comments.length === 0)).toBe(true);
  });

  it("warns at the item's line when the match is a guess, and names the fix", async () => {
    await h.merge({
      pr: 101,
      sha: "s1",
      files: {
        [REPORT]: report([
          "- [ ] Alert on pool saturation in eu-west",
          "- [ ] Alert on pool saturation in us-east",
        ]),
      },
    });
    const run = await open(102, "h2", report(["- [ ] Alert on pool saturation in all regions"]));
    const guess = run?.output.annotations.find((a) => a.title === "item-match");
    expect(guess).toMatchObject({ path: REPORT, start_line: 5, annotation_level: "warning" });
    expect(guess?.message).toMatch(
      /taken as the edit of #\d+ .* nearly as close\.\nName its issue in the item \(#\d+\)/,
    );
  });
});
