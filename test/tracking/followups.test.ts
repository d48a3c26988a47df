import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  parseMarker,
  renderMarker,
  type TrackerEntry,
  type TrackerMarker,
} from "../../src/tracking/marker.ts";
import type { ExistingIssue, IssueSnapshot, Operation } from "../../src/tracking/model.ts";
import { planTrackerRefresh } from "../../src/tracking/refresh.ts";
import { chatDigest } from "../../src/tracking/reminders/chat.ts";
import { reasonOf } from "../../src/tracking/reminders/reasons.ts";
import { deadline, planReminders, type SweepSettings, severityLevel } from "../../src/tracking/reminders.ts";

const repo = { owner: "acme", repo: "platform" };
const settings: SweepSettings = {
  interval: "7d",
  timezone: "UTC",
  mention: "overdue",
  deadlines: {
    severity: { 1: "15d", 2: "30d" },
    priority: { P0: "7d", P1: "14d", P3: "90d" },
    fallback: "30d",
  },
  overdueLabel: "overdue",
  remindBefore: "2d",
  escalateAfter: 14,
  escalateTo: null,
  effectivenessReview: 30,
  notifyUrl: null,
};

function markerOf(items: TrackerEntry[], extra: Partial<TrackerMarker> = {}): TrackerMarker {
  return {
    v: 1,
    kind: "tracker",
    report: "postmortems/db.md",
    source: "acme/platform",
    title: "DB outage",
    pr: 12,
    sha: "abc1234",
    merged: "2026-03-01T12:00:00Z",
    items,
    ...extra,
  };
}

/** A tracker and its items as GitHub holds them; each sweep's writes are applied to it. */
class World {
  tracker: ExistingIssue;
  snapshots = new Map<string, IssueSnapshot | null>();
  private readonly s: SweepSettings;
  constructor(marker: TrackerMarker, s: SweepSettings = settings) {
    this.s = s;
    this.tracker = {
      repo,
      number: 1,
      nodeId: "T1",
      title: "Postmortem follow-up: DB outage",
      body: renderMarker(marker),
      state: "open",
      stateReason: null,
      labels: ["postmortem-tracker"],
      assignees: [],
      author: "github-actions[bot]",
    };
  }
  item(number: number, snapshot: Partial<IssueSnapshot> = {}) {
    this.snapshots.set(`acme/platform#${number}`, { state: "open", closedAt: null, labels: [], ...snapshot });
    return this;
  }
  get marker() {
    return parseMarker(this.tracker.body) as TrackerMarker;
  }
  /** One sweep at a time of day: what it would post, with the tracker's writes applied. */
  sweep(iso: string, unsent?: Set<string>) {
    const plan = planReminders({
      tracker: this.tracker,
      marker: this.marker,
      items: this.snapshots,
      now: DateTime.fromISO(iso, { zone: "UTC" }),
      settings: this.s,
      serverUrl: "https://github.com",
      ...(unsent ? { unsent } : {}),
    });
    for (const op of plan.operations) {
      if (op.op !== "updateIssue") continue;
      if (op.body !== undefined) this.tracker = { ...this.tracker, body: op.body };
      if (op.state)
        this.tracker = { ...this.tracker, state: op.state, closedAt: op.state === "closed" ? iso : null };
    }
    const comments = (ops: Operation[]) =>
      ops.flatMap((o) => (o.op === "comment" ? [{ on: o.issue.existing, body: o.body }] : []));
    return {
      plan,
      reminders: comments(plan.reminders.map((r) => r.operation)),
      tracker: comments(plan.operations),
    };
  }
}

describe("reminders on the item's own issue", () => {
  const entry: TrackerEntry = {
    key: "a",
    title: "Add alert",
    issue: 2,
    due: "2026-03-10",
    owners: ["@dana"],
  };

  it.each([
    ["three days before", "2026-03-07T09:00:00Z", []],
    ["two days before", "2026-03-08T09:00:00Z", ["before"]],
  ])("%s: %j", (_, iso, kinds) => {
    const w = new World(markerOf([entry])).item(2);
    expect(w.sweep(iso).plan.reminders.map((r) => r.kind)).toEqual(kinds);
  });

  it("reminds before, at overdue, then once per interval, and never twice inside one", () => {
    const w = new World(markerOf([entry])).item(2);
    const timeline = [
      "2026-03-07T09:00:00Z",
      "2026-03-08T09:00:00Z",
      "2026-03-09T09:00:00Z",
      "2026-03-10T09:00:00Z",
      "2026-03-11T09:00:00Z",
      "2026-03-11T10:00:00Z",
      "2026-03-17T09:00:00Z",
      "2026-03-18T09:00:00Z",
      "2026-03-25T09:00:00Z",
    ].map((iso) => [iso.slice(5, 13), w.sweep(iso).reminders.map((r) => r.body.split("\n")[0])]);
    expect(timeline).toEqual([
      ["03-07T09", []],
      ["03-08T09", ["@dana: a reminder that this action item is due 2026-03-10 (in 2 days)."]],
      ["03-09T09", []],
      ["03-10T09", []],
      ["03-11T09", ["@dana: this action item is 1 day overdue (due 2026-03-10)."]],
      ["03-11T10", []],
      ["03-17T09", []],
      ["03-18T09", ["@dana: this action item is still open, 8 days overdue (due 2026-03-10)."]],
      ["03-25T09", ["@dana: this action item is still open, 15 days overdue (due 2026-03-10)."]],
    ]);
  });

  it("mentions the issue's assignees, else the item's owners, else the report's owners", () => {
    const items: TrackerEntry[] = [
      { key: "a", title: "A", issue: 2, due: "2026-03-05", owners: ["@dana"] },
      { key: "b", title: "B", issue: 3, due: "2026-03-05", owners: ["@lee"] },
      { key: "c", title: "C", issue: 4, due: "2026-03-05" },
    ];
    const w = new World(markerOf(items, { owners: ["@ops-lead"] }))
      .item(2, { assignees: ["alex"] })
      .item(3)
      .item(4);
    expect(w.sweep("2026-03-06T09:00:00Z").reminders.map((r) => [r.on, r.body.split(":")[0]])).toEqual([
      [2, "@alex"],
      [3, "@lee"],
      [4, "@ops-lead"],
    ]);
  });

  it("sends nothing for items done, closed or won't-do, nor on issues in other repositories", () => {
    const items: TrackerEntry[] = [
      { key: "a", title: "A", issue: 2, due: "2026-03-05" },
      { key: "b", title: "B", issue: 3, due: "2026-03-05" },
      { key: "c", title: "C", issue: null, done: true, due: "2026-03-05" },
      { key: "d", title: "D", issue: 7, repo: "acme/other", ref: true, due: "2026-03-05" },
    ];
    const w = new World(markerOf(items)).item(2, { state: "completed" }).item(3, { state: "not_planned" });
    w.snapshots.set("acme/other#7", { state: "open", closedAt: null, labels: [] });
    expect(w.sweep("2026-03-20T09:00:00Z").reminders).toEqual([]);
  });

  it("does not record a reminder that failed to post, so the next sweep sends it", () => {
    const w = new World(markerOf([entry])).item(2);
    const failed = w.sweep("2026-03-11T09:00:00Z", new Set(["a"]));
    expect(failed.plan.reminders).toEqual([]);
    expect(w.marker.sweep?.reminded?.a).toBeUndefined();
    expect(w.sweep("2026-03-11T10:00:00Z").reminders).toHaveLength(1);
    expect(w.marker.sweep?.reminded?.a).toEqual({
      kind: "overdue",
      at: "2026-03-11T10:00:00.000Z",
      due: "2026-03-10",
    });
  });

  it("starts afresh when the due date moves", () => {
    const w = new World(markerOf([entry])).item(2);
    expect(w.sweep("2026-03-11T09:00:00Z").reminders).toHaveLength(1);
    const moved = { ...w.marker, items: [{ ...entry, due: "2026-03-14" }] };
    w.tracker = { ...w.tracker, body: renderMarker(moved) };
    expect(w.sweep("2026-03-12T09:00:00Z").plan.reminders.map((r) => r.kind)).toEqual(["before"]);
  });
});

describe("deadlines from policy", () => {
  const zone = "UTC";
  const policy = settings.deadlines;
  const facts = (severity: string | null) => ({ merged: "2026-03-01T12:00:00Z", severity });
  it.each([
    ["SEV-1", "P3", "2026-03-16", "SEV-1"],
    ["sev1", null, "2026-03-16", "SEV-1"],
    ["critical", null, "2026-03-16", "SEV-1"],
    ["SEV-2", "P0", "2026-03-08", "P0"],
    ["SEV-2", "P3", "2026-03-31", "SEV-2"],
    ["SEV-3", "P3", "2026-05-30", "P3"],
    [null, null, "2026-03-31", "default"],
    ["SEV-4", "P2", "2026-03-31", "default"],
  ])("severity %s, priority %s: due %s from the %s policy", (severity, priority, day, name) => {
    expect(deadline({ priority }, facts(severity), policy, zone)).toEqual({
      day,
      source: "policy",
      policy: name,
    });
  });

  it("an explicit due date always wins", () => {
    expect(deadline({ due: "2026-06-01", priority: "P0" }, facts("SEV-1"), policy, zone)).toEqual({
      day: "2026-06-01",
      source: "report",
      policy: null,
    });
  });

  it("reads the usual ways of writing a severity", () => {
    expect(["SEV-1", "sev2", "SEV 3", "S1", "2", "High", "minor", "unknown"].map(severityLevel)).toEqual([
      1,
      2,
      3,
      1,
      2,
      2,
      4,
      null,
    ]);
  });

  it("gives a SEV-1 report's unprioritised item 15 days, and says so in its reminder", () => {
    const w = new World(markerOf([{ key: "a", title: "A", issue: 2 }], { severity: "SEV-1" })).item(2);
    expect(w.sweep("2026-03-14T13:00:00Z").reminders[0]?.body).toMatch(
      /^a reminder that this action item is due 2026-03-16, from the SEV-1 policy \(in 2 days\)\./,
    );
  });
});

describe("the tracker's digest", () => {
  it("says nothing when nothing changed and nothing is overdue or due soon", () => {
    const w = new World(
      markerOf([{ key: "a", title: "A", issue: 2, due: "2026-05-01", owners: ["@acme/db"] }]),
    ).item(2);
    expect(w.sweep("2026-03-20T09:00:00Z").tracker).toEqual([]);
    expect(w.sweep("2026-04-20T09:00:00Z").tracker).toEqual([]);
  });

  it("mentions only the owners of overdue items by default", () => {
    const w = new World(
      markerOf([
        { key: "a", title: "A", issue: 2, due: "2026-03-05", owners: ["@dana"] },
        { key: "b", title: "B", issue: 3, due: "2026-05-01", owners: ["@acme/db"] },
      ]),
    )
      .item(2)
      .item(3);
    const [digest] = w.sweep("2026-03-09T09:00:00Z").tracker;
    expect(digest?.body).toContain("| #2 A | @dana | 2026-03-05 | 4 days |");
    expect(digest?.body).toContain("| #3 B | `@acme/db` | 2026-05-01 | - |");
  });

  it("escalates an item overdue past the threshold to the report's owners, once", () => {
    const w = new World(
      markerOf([{ key: "a", title: "A", issue: 2, due: "2026-03-01" }], { owners: ["@ops-lead"] }),
    ).item(2);
    expect(w.sweep("2026-03-10T09:00:00Z").tracker[0]?.body).not.toContain("more than 14 days");
    const [escalated] = w.sweep("2026-03-17T09:00:00Z").tracker;
    expect(escalated?.body).toContain("@ops-lead: overdue by more than 14 days: #2 A (16 days).");
    expect(w.sweep("2026-03-24T09:00:00Z").tracker[0]?.body).not.toContain("more than 14 days");
  });

  it("escalates to a configured team instead", () => {
    const w = new World(markerOf([{ key: "a", title: "A", issue: 2, due: "2026-03-01" }]), {
      ...settings,
      escalateTo: "@acme/sre-leads",
    }).item(2);
    expect(w.sweep("2026-03-17T09:00:00Z").tracker[0]?.body).toContain(
      "@acme/sre-leads: overdue by more than",
    );
  });
});

describe("the review of effectiveness", () => {
  const resolved = () =>
    new World(
      markerOf([{ key: "a", title: "A", issue: 2, due: "2026-03-10" }], { owners: ["@ops-lead"] }),
    ).item(2, {
      state: "completed",
      closedAt: "2026-03-09T09:00:00Z",
    });

  it("reopens the tracker once, 30 days after it closed, and a person closing it ends the review", () => {
    const w = resolved();
    expect(w.sweep("2026-03-10T09:00:00Z").tracker[0]?.body).toMatch(/^All 1 action items are resolved/);
    expect(w.tracker.state).toBe("closed");
    expect(w.sweep("2026-04-08T09:00:00Z").tracker).toEqual([]);
    const review = w.sweep("2026-04-09T09:00:00Z");
    expect(review.tracker[0]?.body).toMatch(
      /^@ops-lead: every action item of this postmortem was resolved 30 days ago/,
    );
    expect(review.tracker[0]?.body).toContain("- [ ] Did the actions prevent a recurrence?");
    expect(w.tracker.state).toBe("open");
    expect(review.plan.summary).toMatchObject({ reviewOpened: true, awaitingReview: true });
    // Open for review: the sweep does not close it again.
    const waiting = w.sweep("2026-04-20T09:00:00Z");
    expect(waiting.plan.operations.filter((o) => o.op === "updateIssue" && o.state)).toEqual([]);
    expect(waiting.plan.summary.awaitingReview).toBe(true);
    // A person closes it: the review is over and never reopened.
    w.tracker = { ...w.tracker, state: "closed", closedAt: "2026-04-21T09:00:00Z" };
    for (const iso of ["2026-05-22T09:00:00Z", "2026-06-01T09:00:00Z"])
      expect(w.sweep(iso).plan.operations).toEqual([]);
  });

  it("can be turned off", () => {
    const w = new World(markerOf([{ key: "a", title: "A", issue: 2, due: "2026-03-10" }]), {
      ...settings,
      effectivenessReview: null,
    }).item(2, { state: "completed", closedAt: "2026-03-09T09:00:00Z" });
    w.sweep("2026-03-10T09:00:00Z");
    expect(w.sweep("2026-04-09T09:00:00Z").plan.operations).toEqual([]);
  });

  it("counts a closed tracker in the summary for one interval only", () => {
    const w = resolved();
    expect(w.sweep("2026-03-10T09:00:00Z").plan.summary.current).toBe(true);
    expect(w.sweep("2026-03-16T09:00:00Z").plan.summary.current).toBe(true);
    expect(w.sweep("2026-03-18T09:00:00Z").plan.summary.current).toBe(false);
  });
});

describe("the chat digest", () => {
  it("lists what is overdue or due soon with its owner and link, and nothing otherwise", () => {
    const w = new World(
      markerOf([
        { key: "a", title: "Add alert", issue: 2, due: "2026-03-05", owners: ["@dana"] },
        { key: "b", title: "Runbook", issue: 3, due: "2026-03-12" },
        { key: "c", title: "Later", issue: 4, due: "2026-06-01" },
      ]),
    )
      .item(2)
      .item(3)
      .item(4);
    const { summary } = w.sweep("2026-03-09T09:00:00Z").plan;
    expect(chatDigest([summary], repo, "https://github.com")).toBe(
      [
        "Postmortem follow-up in acme/platform: 2 action items overdue or due soon",
        "• DB outage: Add alert (@dana), due 2026-03-05, 4 days overdue: https://github.com/acme/platform/issues/2",
        "• DB outage: Runbook (no owner), due 2026-03-12, due soon: https://github.com/acme/platform/issues/3",
      ].join("\n"),
    );
    expect(chatDigest([{ ...summary, attention: [] }], repo, "https://github.com")).toBeNull();
  });
});

describe("a reason for every won't-do", () => {
  const facts = (comments: { author: string; body: string; createdAt: string }[], closer = "dana") => ({
    closer,
    closedAt: "2026-03-10T10:00:00Z",
    comments,
  });
  it.each([
    ["no comment", [], null],
    [
      "the closer's comment around the close",
      [{ author: "dana", body: "Superseded by the new pooler.", createdAt: "2026-03-10T09:58:00Z" }],
      "Superseded by the new pooler.",
    ],
    ["someone else's comment", [{ author: "lee", body: "ok", createdAt: "2026-03-10T10:01:00Z" }], null],
    [
      "the closer's comment a week later",
      [{ author: "dana", body: "later", createdAt: "2026-03-17T10:00:00Z" }],
      null,
    ],
    [
      "a reason: line from anyone, any time",
      [
        {
          author: "lee",
          body: "Looked again.\nreason: the service is retired",
          createdAt: "2026-03-20T10:00:00Z",
        },
      ],
      "the service is retired",
    ],
    [
      "our own comment",
      [{ author: "pmt[bot]", body: "reason: ...", createdAt: "2026-03-10T10:00:00Z" }],
      null,
    ],
  ])("%s", (_, comments, reason) => {
    expect(reasonOf(facts(comments), "pmt[bot]")).toBe(reason);
  });

  it("asks the closer once, then shows the reason in the tracker and the closing summary", () => {
    const w = new World(
      markerOf([
        { key: "a", title: "Add alert", issue: 2, due: "2026-03-20" },
        { key: "b", title: "Write runbook", issue: 3, due: "2026-03-20" },
      ]),
    )
      .item(2)
      .item(3, { state: "not_planned", closedAt: "2026-03-10T10:00:00Z" });
    const none = new Map([["b", facts([])]]);
    const first = planReminders({
      tracker: w.tracker,
      marker: w.marker,
      items: w.snapshots,
      now: DateTime.fromISO("2026-03-11T09:00:00Z"),
      settings,
      serverUrl: "https://github.com",
      closeFacts: none,
      bot: "pmt[bot]",
    });
    expect(
      first.reminders.map((r) => [
        r.kind,
        r.operation.op === "comment" ? r.operation.body.split(":")[0] : "",
      ]),
    ).toEqual([["reason", "@dana"]]);
    const update = first.operations.find((o) => o.op === "updateIssue");
    const body = update?.op === "updateIssue" ? (update.body ?? "") : "";
    expect(body).toContain("- [x] #3 ~~Write runbook~~ (due 2026-03-20 · won't do, no reason given)");
    const asked = parseMarker(body) as TrackerMarker;
    expect(asked.sweep?.asked).toEqual(["b"]);
    // Asked once: the next sweep does not ask again, and picks up the answer.
    const answered = new Map([
      [
        "b",
        facts([
          { author: "dana", body: "reason: the pooler replaces it", createdAt: "2026-03-12T10:00:00Z" },
        ]),
      ],
    ]);
    const second = planReminders({
      tracker: { ...w.tracker, body },
      marker: asked,
      items: new Map([
        ...w.snapshots,
        ["acme/platform#2", { state: "completed", closedAt: "2026-03-15T10:00:00Z", labels: [] }],
      ]),
      now: DateTime.fromISO("2026-03-16T09:00:00Z"),
      settings,
      serverUrl: "https://github.com",
      closeFacts: answered,
      bot: "pmt[bot]",
    });
    expect(second.reminders).toEqual([]);
    const closing = second.operations.find((o) => o.op === "comment");
    expect(closing?.op === "comment" ? closing.body : "").toContain(
      "Won't do:\n- Write runbook: the pooler replaces it",
    );
    const closed = second.operations.find((o) => o.op === "updateIssue");
    expect(closed?.op === "updateIssue" ? closed.body : "").toContain(
      "~~Write runbook~~ (due 2026-03-20 · won't do: the pooler replaces it)",
    );
  });
});

describe("an item event while the tracker is open for review", () => {
  it("does not close it: only a person ends the review", () => {
    const m = markerOf([{ key: "a", title: "A", issue: 2 }], {
      sweep: { review: "2026-04-09T09:00:00.000Z" },
    });
    const w = new World(m);
    const ops = planTrackerRefresh({
      tracker: w.tracker,
      marker: m,
      live: new Map([["acme/platform#2", "completed"]]),
      serverUrl: "https://github.com",
    });
    expect(ops.filter((o) => o.op === "comment" || (o.op === "updateIssue" && o.state))).toEqual([]);
  });
});
