import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { DateTime } from "luxon";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeGitHub } from "../support/fake-github.ts";
import { serveGitHub } from "../support/http-github.ts";
import { BOT, REPO, runAction, seedTracker } from "./helpers.ts";

let fake: FakeGitHub;
let server: { url: string; close: () => Promise<void> };

beforeEach(async () => {
  fake = new FakeGitHub();
  fake.tokenLogin = BOT;
  fake.repo(REPO);
  server = await serveGitHub(fake);
});
afterEach(async () => {
  await server.close();
  expect(fake.problems).toEqual([]);
});

const issue = (n: number) => fake.repo(REPO).issues.find((i) => i.number === n);
const comments = (n: number) => issue(n)?.comments.map((c) => c.body.split("\n")[0]) ?? [];

/** A chat webhook on 127.0.0.1 that records what it is sent and answers with `status`. */
async function chatServer(status = 200) {
  const received: unknown[] = [];
  const http = createServer((req: IncomingMessage, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      received.push(JSON.parse(body));
      res.writeHead(status).end(status === 200 ? "ok" : "no");
    });
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/hooks/T1`;
  return { url, received, close: () => new Promise<void>((resolve) => http.close(() => resolve())) };
}

describe("what an owner receives, run by the scheduled Action", () => {
  it("a reminder on the item two days before, one when overdue, one a week later; nothing in between", async () => {
    const { actions } = seedTracker(fake, {
      title: "DB outage",
      merged: "2026-11-01T10:00:00Z",
      items: [{ title: "Add alert", state: "open", due: "2026-11-20", owners: ["@dana"] }],
    });
    const item = actions[0]?.number ?? 0;
    const days = [
      "2026-11-17",
      "2026-11-18",
      "2026-11-19",
      "2026-11-20",
      "2026-11-21",
      "2026-11-22",
      "2026-11-28",
    ];
    const outputs: string[] = [];
    for (const day of days) {
      const run = await runAction(server.url, "schedule", {}, {}, `${day}T09:00:00Z`);
      expect(run.code).toBe(0);
      outputs.push(run.outputs["item-reminders"] ?? "");
    }
    expect(outputs).toEqual(["0", "1", "0", "0", "1", "0", "1"]);
    expect(comments(item)).toEqual([
      "@dana: a reminder that this action item is due 2026-11-20 (in 2 days).",
      "@dana: this action item is 1 day overdue (due 2026-11-20).",
      "@dana: this action item is still open, 8 days overdue (due 2026-11-20).",
    ]);
    expect(issue(item)?.labels).toContain("overdue");
    expect(fake.repo(REPO).labels.get("overdue")).toMatchObject({
      color: "b60205",
      description: "Postmortem action item past its due date",
    });
  });

  it("costs only its reads when nothing is due", async () => {
    seedTracker(fake, {
      title: "DB outage",
      merged: "2026-11-01T10:00:00Z",
      items: [{ title: "Add alert", state: "open", due: "2027-01-20", owners: ["@dana"] }],
    });
    const run = await runAction(server.url, "schedule", {});
    expect(run.code).toBe(0);
    expect(fake.writes()).toEqual([]);
    // The config file, the cursor label, the trackers, one GraphQL read of their items.
    expect(fake.requests.filter((r) => !r.path.startsWith("/app"))).toHaveLength(4);
  });

  it("posts one chat digest of what is overdue or due soon to the notify-url", async () => {
    const chat = await chatServer();
    try {
      seedTracker(fake, {
        title: "DB outage",
        merged: "2026-11-01T10:00:00Z",
        items: [
          { title: "Add alert", state: "open", due: "2026-11-10", owners: ["@dana"] },
          { title: "Write runbook", state: "open", due: "2027-03-01" },
        ],
      });
      const run = await runAction(server.url, "schedule", {}, { "notify-url": chat.url });
      expect(run.code).toBe(0);
      expect(chat.received).toEqual([
        {
          text: [
            "Postmortem follow-up in acme/platform: 1 action item overdue or due soon",
            "• DB outage: Add alert (@dana), due 2026-11-10, 10 days overdue: https://github.com/acme/platform/issues/1",
          ].join("\n"),
        },
      ]);
    } finally {
      await chat.close();
    }
  });

  it("logs a chat webhook that fails, and the sweep still succeeds", async () => {
    const chat = await chatServer(500);
    try {
      const { tracker } = seedTracker(fake, {
        title: "DB outage",
        merged: "2026-11-01T10:00:00Z",
        items: [{ title: "Add alert", state: "open", due: "2026-11-10", owners: ["@dana"] }],
      });
      const run = await runAction(server.url, "schedule", {}, { "notify-url": chat.url });
      expect(run.code).toBe(0);
      expect(chat.received).toHaveLength(1);
      expect(run.stdout).toContain(
        "::warning::could not post the chat digest: the chat webhook answered 500",
      );
      expect(comments(tracker.number)[0]).toBe("Follow-up: 1 of 1 action items are still open, 1 overdue.");
    } finally {
      await chat.close();
    }
  });

  it("says in one line that a repository has no trackers", async () => {
    const run = await runAction(server.url, "schedule", {});
    expect(run.code).toBe(0);
    expect(run.summary).toBe("**Postmortem follow-up:** no open postmortem trackers in acme/platform.\n");
  });

  it("counts a tracker closed long ago no more, and reopens it once for review 30 days after", async () => {
    const { tracker } = seedTracker(fake, {
      title: "DNS outage",
      merged: "2026-09-01T10:00:00Z",
      state: "closed",
      items: [{ title: "Lower TTL", state: "closed", closedAt: "2026-10-15T10:00:00Z" }],
    });
    tracker.closed_at = "2026-10-15T10:00:00Z";
    const early = await runAction(server.url, "schedule", {}, {}, "2026-11-01T09:00:00Z");
    expect(early.outputs).toMatchObject({ trackers: "0", "reviews-opened": "0" });
    const review = await runAction(server.url, "schedule", {}, {}, "2026-11-15T09:00:00Z");
    expect(review.outputs).toMatchObject({ trackers: "1", "reviews-opened": "1", "awaiting-review": "1" });
    expect(tracker.state).toBe("open");
    expect(comments(tracker.number)).toEqual([
      "Every action item of this postmortem was resolved 30 days ago. Time to review whether they worked:",
    ]);
    expect(review.summary).toContain(
      "Awaiting a review of effectiveness: [#2](https://github.com/acme/platform/issues/2) DNS outage.",
    );
    const again = await runAction(server.url, "schedule", {}, {}, "2026-11-16T09:00:00Z");
    expect(again.outputs).toMatchObject({ "reviews-opened": "0", "awaiting-review": "1" });
    expect(tracker.state).toBe("open");
  });

  it("writes a summary and outputs for a push too", async () => {
    const report = "postmortems/2026-11-10-dns.md";
    fake
      .repo(REPO)
      .commits.set(
        "m1",
        new Map([[report, "# DNS outage\n\n## Action items\n\n- [ ] Lower the TTL @dana P1\n"]]),
      );
    const run = await runAction(server.url, "push", {
      ref: "refs/heads/main",
      after: "m1",
      deleted: false,
      repository: { default_branch: "main", full_name: REPO },
      commits: [{ id: "m1", added: [report], removed: [], modified: [] }],
      sender: { login: "dana" },
    });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ reports: "1", "issues-created": "2", blocked: "0" });
    expect(run.summary).toContain(`| \`${report}\` | 2 |`);
  });

  it("asks whoever closed an item as not planned for the reason, once, and shows the answer", async () => {
    const { tracker, actions } = seedTracker(fake, {
      title: "Cache outage",
      merged: "2026-11-01T10:00:00Z",
      items: [
        { title: "Tune eviction", state: "open", due: "2027-01-10" },
        {
          title: "Shard the cache",
          state: "closed",
          reason: "not_planned",
          closedAt: "2026-11-18T10:00:00Z",
        },
      ],
    });
    const wontDo = actions[1];
    if (!wontDo) throw new Error("no item");
    wontDo.closed_by = "lee";
    await runAction(server.url, "schedule", {});
    expect(comments(wontDo.number)).toEqual([
      `@lee: this action item was closed as not planned without a reason. Please add one in a comment (\`reason: ...\`), so that the postmortem's follow-up in #${tracker.number} can show why.`,
    ]);
    expect(tracker.body).toContain("~~Shard the cache~~ (won't do, no reason given)");
    await runAction(server.url, "schedule", {}, {}, "2026-11-21T09:00:00Z");
    expect(comments(wontDo.number)).toHaveLength(1);
    wontDo.comments.push({
      id: 9001,
      body: "reason: one node is enough",
      user: "lee",
      created_at: "2026-11-21T10:00:00Z",
    });
    await runAction(server.url, "schedule", {}, {}, "2026-11-22T09:00:00Z");
    expect(comments(wontDo.number)).toHaveLength(2);
    expect(tracker.body).toContain("~~Shard the cache~~ (won't do: one node is enough)");
  });

  it("follows the README's timeline on a weekday schedule, a run that starts early included", async () => {
    const { tracker, actions } = seedTracker(fake, {
      title: "DB outage",
      merged: "2026-11-01T10:00:00Z",
      followUp: "2026-11-16T08:17:00Z",
      items: [
        { title: "Add alert", state: "open", due: "2026-11-20", owners: ["@dana"] },
        { title: "Write runbook", state: "open", due: "2027-01-10", owners: ["@lee"] },
      ],
    });
    const item = actions[0]?.number ?? 0;
    const seen: [string, (string | undefined)[], (string | undefined)[]][] = [];
    for (
      let day = DateTime.fromISO("2026-11-18T08:17:00Z");
      day <= DateTime.fromISO("2026-12-07T09:00:00Z");
      day = day.plus({ days: 1 })
    ) {
      if (day.weekday > 5) continue;
      // The run of 30 November starts five minutes early.
      const at = day.day === 30 ? day.minus({ minutes: 5 }) : day;
      const before = [comments(item).length, comments(tracker.number).length];
      await runAction(server.url, "schedule", {}, {}, at.toISO() ?? "");
      const now = [comments(item), comments(tracker.number)];
      const added = now.map((c, i) => c.slice(before[i]));
      if (added.some((a) => a.length > 0)) seen.push([at.toISODate() ?? "", added[0] ?? [], added[1] ?? []]);
    }
    expect(seen).toEqual([
      ["2026-11-18", ["@dana: a reminder that this action item is due 2026-11-20 (in 2 days)."], []],
      [
        "2026-11-23",
        ["@dana: this action item is 3 days overdue (due 2026-11-20)."],
        ["Follow-up: 2 of 2 action items are still open, 1 overdue."],
      ],
      [
        "2026-11-30",
        ["@dana: this action item is still open, 10 days overdue (due 2026-11-20)."],
        ["Follow-up: 2 of 2 action items are still open, 1 overdue."],
      ],
      [
        "2026-12-07",
        ["@dana: this action item is still open, 17 days overdue (due 2026-11-20)."],
        ["Follow-up: 2 of 2 action items are still open, 1 overdue."],
      ],
    ]);
    const digest = issue(tracker.number)?.comments[0]?.body ?? "";
    expect(digest).toContain("| #1 Add alert | @dana | 2026-11-20 | 3 days |");
    expect(digest).toContain("| #2 Write runbook | `@lee` | 2027-01-10 | - |");
  });

  it("creates the overdue label once a run, however many trackers have overdue items", async () => {
    for (const title of ["A", "B", "C"])
      seedTracker(fake, {
        title,
        merged: "2026-11-01T10:00:00Z",
        items: [{ title: `Fix ${title}`, state: "open", due: "2026-11-10" }],
      });
    await runAction(server.url, "schedule", {});
    const creations = fake.writes().filter((r) => r.method === "POST" && r.path === `/repos/${REPO}/labels`);
    expect(creations).toHaveLength(1);
    expect(fake.repo(REPO).issues.filter((i) => i.labels.includes("overdue"))).toHaveLength(3);
  });
});
