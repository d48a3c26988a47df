import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { TrackerMarker } from "../../src/tracking/marker.ts";
import { renderMarker } from "../../src/tracking/marker.ts";
import type { ExistingIssue, IssueSnapshot as ItemSnapshot } from "../../src/tracking/model.ts";
import { dueDay, planReminders, type SweepSettings } from "../../src/tracking/reminders.ts";

const repo = { owner: "acme", repo: "platform" };
const settings: SweepSettings = {
  interval: "7d",
  timezone: "UTC",
  mention: "overdue",
  deadlines: { severity: {}, priority: { P0: "7d", P1: "14d", P2: "30d" }, fallback: "30d" },
  overdueLabel: "overdue",
  remindBefore: "2d",
  escalateAfter: null,
  escalateTo: null,
  effectivenessReview: null,
  notifyUrl: null,
};

function marker(overrides: Partial<TrackerMarker> = {}): TrackerMarker {
  return {
    v: 1,
    kind: "tracker",
    report: "postmortems/db.md",
    source: "acme/platform",
    title: "DB outage",
    pr: 12,
    sha: "abc1234",
    merged: "2026-03-01T12:00:00Z",
    items: [
      { key: "a", title: "Add alert", issue: 2, due: "2026-03-10", owners: ["@dana"] },
      { key: "b", title: "Write runbook", issue: 3, priority: "P1" },
      { key: "c", title: "Roll back", issue: null, done: true },
    ],
    ...overrides,
  };
}

function tracker(m: TrackerMarker, state: "open" | "closed" = "open"): ExistingIssue {
  return {
    repo,
    number: 1,
    nodeId: "T1",
    title: "Postmortem follow-up: DB outage",
    body: renderMarker(m),
    state,
    stateReason: state === "closed" ? "completed" : null,
    labels: ["postmortem-tracker"],
    assignees: [],
    author: "github-actions[bot]",
  };
}

const snap = (
  state: ItemSnapshot["state"],
  labels: string[] = [],
  closedAt: string | null = null,
): ItemSnapshot => ({
  state,
  labels,
  closedAt,
});
const items = (a: ItemSnapshot | null, b: ItemSnapshot | null) =>
  new Map<string, ItemSnapshot | null>([
    ["acme/platform#2", a],
    ["acme/platform#3", b],
  ]);
const at = (iso: string, zone = "UTC") => DateTime.fromISO(iso, { zone });

describe("due dates", () => {
  it("takes the item's own date, else its priority's policy, else the default, from the merge", () => {
    const m = marker();
    expect(dueDay(m.items[0] as never, m.merged, settings)).toBe("2026-03-10");
    expect(dueDay(m.items[1] as never, m.merged, settings)).toBe("2026-03-15");
    expect(dueDay({ key: "x", title: "x", issue: 9 }, m.merged, settings)).toBe("2026-03-31");
  });

  it("counts the policy in the configured time zone", () => {
    // 23:30 UTC on 1 March is already 2 March in Tokyo.
    const late = { key: "x", title: "x", issue: 9, priority: "P0" };
    expect(dueDay(late, "2026-03-01T23:30:00Z", settings)).toBe("2026-03-08");
    expect(dueDay(late, "2026-03-01T23:30:00Z", { ...settings, timezone: "Asia/Tokyo" })).toBe("2026-03-09");
  });
});

describe("the sweep of one tracker", () => {
  it("posts one follow-up listing the open items, with owners and days overdue, once per interval", () => {
    const m = marker();
    const now = at("2026-03-12T09:00:00Z");
    const { operations, summary } = planReminders({
      tracker: tracker(m),
      marker: m,
      items: items(snap("open"), snap("open")),
      now,
      settings,
      serverUrl: "https://github.com",
    });
    const comment = operations.find((o) => o.op === "comment");
    expect(comment && "body" in comment ? comment.body : "").toBe(
      [
        "Follow-up: 2 of 3 action items are still open, 1 overdue.",
        "",
        "| Item | Owners | Due | Overdue |",
        "| --- | --- | --- | --- |",
        "| #2 Add alert | @dana | 2026-03-10 | 2 days |",
        "| #3 Write runbook | - | 2026-03-15 | - |",
      ].join("\n"),
    );
    expect(operations).toContainEqual({ op: "addLabels", repo, issue: { existing: 2 }, labels: ["overdue"] });
    expect(summary).toMatchObject({ open: 2, overdue: 1, oldestOverdue: 2, followUp: true });
    // The follow-up time is kept in the tracker's marker: a second run in the interval posts nothing.
    const update = operations.find((o) => o.op === "updateIssue");
    const body = update && "body" in update ? (update.body ?? "") : "";
    const next = JSON.parse(
      body.slice(body.lastIndexOf("<!-- postmortem-tracker ") + 24, body.lastIndexOf(" -->")),
    );
    expect(next.followUp).toBe("2026-03-12T09:00:00.000Z");
    const again = planReminders({
      tracker: { ...tracker(next), body },
      marker: next,
      items: items(snap("open", ["overdue"]), snap("open")),
      now: at("2026-03-18T09:00:00Z"),
      settings,
      serverUrl: "https://github.com",
    });
    expect(again.operations.filter((o) => o.op === "comment")).toEqual([]);
  });

  it("writes logins without notifying when mentions are off", () => {
    const m = marker();
    const { operations } = planReminders({
      tracker: tracker(m),
      marker: m,
      items: items(snap("open"), snap("open")),
      now: at("2026-03-12T09:00:00Z"),
      settings: { ...settings, mention: "none" },
      serverUrl: "https://github.com",
    });
    const comment = operations.find((o) => o.op === "comment");
    expect(comment && "body" in comment ? comment.body : "").toContain("| #2 Add alert | `@dana` |");
  });

  it("reopens a closed tracker whose items are still open, naming them", () => {
    const m = marker({ followUp: "2026-03-11T00:00:00Z" });
    const { operations, summary } = planReminders({
      tracker: tracker(m, "closed"),
      marker: m,
      items: items(snap("completed", [], "2026-03-05T10:00:00Z"), snap("open")),
      now: at("2026-03-12T09:00:00Z"),
      settings,
      serverUrl: "https://github.com",
    });
    expect(operations[0]).toMatchObject({
      op: "comment",
      body: expect.stringMatching(/^Reopened: 1 action item is still open\./),
    });
    expect(operations).toContainEqual(
      expect.objectContaining({ op: "updateIssue", state: "open", stateReason: "reopened" }),
    );
    expect(summary.reopened).toBe(true);
  });

  it("closes the tracker when every item is resolved, with time to close and how many on time", () => {
    const m = marker();
    const { operations, summary } = planReminders({
      tracker: tracker(m),
      marker: m,
      items: items(
        snap("completed", ["overdue"], "2026-03-11T08:00:00Z"),
        snap("not_planned", [], "2026-03-03T08:00:00Z"),
      ),
      now: at("2026-03-12T09:00:00Z"),
      settings,
      serverUrl: "https://github.com",
    });
    const comment = operations.find((o) => o.op === "comment");
    expect(comment && "body" in comment ? comment.body : "").toBe(
      [
        "All 3 action items are resolved: 0 of 1 closed on time. Closing the follow-up.",
        "",
        "| Item | Time to close | On time |",
        "| --- | --- | --- |",
        "| Add alert | 10 days | no |",
        "| Write runbook | won't do | yes |",
        "| Roll back | done in the report | - |",
      ].join("\n"),
    );
    expect(operations).toContainEqual({ op: "removeLabel", repo, issue: { existing: 2 }, label: "overdue" });
    expect(operations).toContainEqual(
      expect.objectContaining({ op: "updateIssue", state: "closed", stateReason: "completed" }),
    );
    expect(summary.closed).toBe(true);
  });

  it("reports a deleted item and keeps the tracker open", () => {
    const m = marker();
    const { operations, summary } = planReminders({
      tracker: tracker(m),
      marker: m,
      items: items(null, snap("completed", [], "2026-03-05T00:00:00Z")),
      now: at("2026-03-05T09:00:00Z"),
      settings,
      serverUrl: "https://github.com",
    });
    expect(summary.missing).toEqual([2]);
    expect(operations.some((o) => o.op === "updateIssue" && o.state === "closed")).toBe(false);
  });

  it("counts overdue days by calendar day in the time zone, across a DST change", () => {
    // New York moved its clocks forward on 8 March 2026: the day is 23 hours long.
    const ny = { ...settings, timezone: "America/New_York" };
    const m = marker({ items: [{ key: "a", title: "Add alert", issue: 2, due: "2026-03-07" }] });
    const overdueOn = (iso: string) =>
      planReminders({
        tracker: tracker(m),
        marker: m,
        items: items(snap("open"), null),
        now: at(iso),
        settings: ny,
        serverUrl: "https://github.com",
      }).summary.oldestOverdue;
    expect(overdueOn("2026-03-08T04:30:00Z")).toBe(0); // 23:30 on 7 March in New York: due today
    expect(overdueOn("2026-03-08T05:30:00Z")).toBe(1); // 00:30 on 8 March
    expect(overdueOn("2026-03-09T04:30:00Z")).toBe(2); // 00:30 on 9 March (after the change, UTC-4)
    expect(overdueOn("2026-03-09T03:30:00Z")).toBe(1); // 23:30 on 8 March
  });
});
