import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/config/load.ts";
import type { Config } from "../../src/config/schema.ts";
import { parseReport } from "../../src/report/index.ts";
import {
  parseMarker,
  renderMarker,
  type TrackerEntry,
  type TrackerMarker,
} from "../../src/tracking/marker.ts";
import type { Created, ExistingIssue, Operation } from "../../src/tracking/model.ts";
import { finishSync } from "../../src/tracking/sync/finish.ts";
import { planItems, planSync } from "../../src/tracking/sync/plan.ts";
import { planSetup } from "../../src/tracking/sync/setup.ts";
import { type SyncInput, startSync } from "../../src/tracking/sync/state.ts";

// The sync planner is pure: these tables call it with values and read the operations it returns.

const repo = { owner: "acme", repo: "platform" };
const BOT = "pmt[bot]";
const PATH = "postmortems/db.md";
const LABEL = "pm:db";

const report = (items: string[]) => `# DB outage\n\n## Action items\n\n${items.join("\n")}\n`;

function input(items: string[], existing: ExistingIssue[] = [], config: Config = defaultConfig): SyncInput {
  return {
    ctx: {
      report: parseReport(report(items), { path: PATH }),
      path: PATH,
      source: { ...repo, sha: "s2", serverUrl: "https://github.com" },
      pullRequest: 12,
      target: repo,
    },
    existing,
    botLogin: BOT,
    config,
    now: "2026-11-04T10:00:00.000Z",
  };
}

let next = 1;
function issue(title: string, body: string, extra: Partial<ExistingIssue> = {}): ExistingIssue {
  const number = next++;
  return {
    repo,
    number,
    nodeId: `I_${number}`,
    title,
    body,
    state: "open",
    stateReason: null,
    labels: ["postmortem-action", LABEL],
    assignees: [],
    author: BOT,
    ...extra,
  };
}

/** Our issue for an item, and the tracker that lists it, as an earlier sync left them. */
function synced(items: { key: string; title: string; state?: "open" | "closed"; reason?: string }[]) {
  const actions = items.map((i) =>
    issue(i.title, renderMarker({ v: 1, kind: "action", report: PATH, key: i.key }), {
      state: i.state ?? "open",
      stateReason: i.reason ?? null,
    }),
  );
  const entries: TrackerEntry[] = items.map((i, n) => ({
    key: i.key,
    title: i.title,
    issue: actions[n]?.number ?? null,
  }));
  const marker: TrackerMarker = {
    v: 1,
    kind: "tracker",
    report: PATH,
    source: "acme/platform",
    title: "DB outage",
    pr: 11,
    sha: "s1",
    merged: "2026-11-01T10:00:00.000Z",
    items: entries,
  };
  const tracker = issue("Postmortem follow-up: DB outage", renderMarker(marker), {
    labels: ["postmortem-tracker", LABEL],
  });
  return { actions, tracker, existing: [tracker, ...actions] };
}

const keyOf = (text: string) => parseReport(report([text]), { path: PATH }).items[0]?.key ?? "";
const shape = (ops: Operation[]) =>
  ops.map((op) =>
    "issue" in op ? `${op.op} #${op.issue.existing}` : op.op === "createIssue" ? `create ${op.title}` : op.op,
  );

describe("the sync planner, step by step", () => {
  it.each([
    {
      name: "a new report files its tracker first, then one issue per open item",
      items: ["- [ ] Add an alert @dana", "- [x] Roll back"],
      setup: ["ensureLabel", "ensureLabel", "ensureLabel", "create Postmortem follow-up: DB outage"],
      operations: ["create Add an alert"],
      changes: ["created Add an alert"],
    },
    {
      name: "an item that names an existing issue is linked, not filed",
      items: ["- [ ] Validate pool sizes #77"],
      setup: ["ensureLabel", "ensureLabel", "create Postmortem follow-up: DB outage"],
      operations: ["comment #77", "addLabels #77"],
      changes: ["linked Validate pool sizes"],
    },
  ])("$name", ({ items, setup, operations, changes }) => {
    const plan = planSync(input(items));
    if (plan.kind !== "sync") throw new Error(plan.kind);
    expect(shape(plan.setup)).toEqual(setup);
    expect(shape(plan.items.operations)).toEqual(operations);
    expect(plan.items.changes.map((c) => `${c.kind} ${c.title}`)).toEqual(changes);
  });

  it.each([
    {
      name: "a reworded item updates its issue in place",
      before: [{ key: keyOf("Add a CI check for pool sizes"), title: "Add a CI check for pool sizes" }],
      items: ["- [ ] Add a CI check for connection pool sizes"],
      operations: ["updateIssue #N"],
      changes: ["updated Add a CI check for connection pool sizes"],
    },
    {
      name: "an item gone from the report is closed as not planned, with a comment",
      before: [
        { key: keyOf("Add an alert"), title: "Add an alert" },
        { key: keyOf("Write a runbook"), title: "Write a runbook" },
      ],
      items: ["- [ ] Add an alert"],
      operations: ["comment #N", "updateIssue #N"],
      changes: ["removed Write a runbook"],
    },
    {
      name: "an item checked in the report closes its issue as completed",
      before: [{ key: keyOf("Add an alert"), title: "Add an alert" }],
      items: ["- [x] Add an alert"],
      operations: ["comment #N", "updateIssue #N"],
      changes: ["closed Add an alert"],
    },
    {
      name: "an unchanged item writes nothing",
      before: [{ key: keyOf("Add an alert"), title: "Add an alert" }],
      items: ["- [ ] Add an alert"],
      operations: [],
      changes: [],
    },
  ])("$name", ({ before, items, operations, changes }) => {
    const { existing } = synced(before);
    const plan = planSync(input(items, existing));
    if (plan.kind !== "sync") throw new Error(plan.kind);
    // The tracker exists: nothing to create first, and its labels are known.
    expect(plan.setup).toEqual([]);
    expect(shape(plan.items.operations).map((s) => s.replace(/#\d+/, "#N"))).toEqual(operations);
    expect(plan.items.changes.map((c) => `${c.kind} ${c.title}`)).toEqual(changes);
  });

  it.each([
    {
      name: "a report with more open items than max-items",
      items: ["- [ ] One", "- [ ] Two", "- [ ] Three"],
      config: { ...defaultConfig, issues: { ...defaultConfig.issues, "max-items": 2 } },
      reason: "has 3 open action items, more than the limit of 2",
    },
  ])("files nothing for $name, and says why", ({ items, config, reason }) => {
    const plan = planSync(input(items, [], config));
    expect(plan.kind).toBe("blocked");
    expect(plan.kind === "blocked" ? plan.reason : "").toContain(reason);
  });

  it("finds nothing to do for a merge the tracker has recorded", () => {
    const { tracker, actions } = synced([{ key: keyOf("Add an alert"), title: "Add an alert" }]);
    const marker = parseMarker(tracker.body) as TrackerMarker;
    const recorded = { ...tracker, body: renderMarker({ ...marker, sha: "s2" }) };
    expect(planSync(input(["- [ ] Add an alert"], [recorded, ...actions])).kind).toBe("in-sync");
  });
});

describe("finishing a sync from what the gateway created", () => {
  const made = (key: string, number: number, refused: string[] = []): [string, Created] => [
    key,
    { repo, number, nodeId: `NEW_${number}`, refused },
  ];

  it("lists the new issues in the tracker and makes them sub-issues, with the node ids the gateway returned", () => {
    const start = startSync(input(["- [ ] Add an alert @dana", "- [ ] Write a runbook"]));
    if (!("state" in start)) throw new Error("not planned");
    const items = planItems(start.state, 40);
    const [alert, runbook] = items.items.map((i) => i.placed.key ?? "");
    const created = new Map([made("tracker", 40), made(alert ?? "", 41), made(runbook ?? "", 42)]);
    const ops = finishSync(start.state, items, created);
    expect(ops.find((o) => o.op === "addSubIssues")).toEqual({
      op: "addSubIssues",
      repo,
      parent: { number: 40, nodeId: "NEW_40" },
      children: [
        { number: 41, nodeId: "NEW_41" },
        { number: 42, nodeId: "NEW_42" },
      ],
    });
    const tracker = ops.find((o) => o.op === "updateIssue");
    const body = tracker && "body" in tracker ? (tracker.body ?? "") : "";
    expect(body).toContain("- [ ] #41 Add an alert (@dana)");
    expect((parseMarker(body) as TrackerMarker).items.map((e) => e.issue)).toEqual([41, 42]);
    const comment = ops.find((o) => o.op === "comment" && o.issue.existing === 12);
    expect(comment && "body" in comment ? comment.body : "").toContain("| #41 | Add an alert | created |");
  });

  it("names an owner the repository refused as an assignee in the new issue's body", () => {
    const start = startSync(input(["- [ ] Add an alert @mallory"]));
    if (!("state" in start)) throw new Error("not planned");
    const items = planItems(start.state, 40);
    const key = items.items[0]?.placed.key ?? "";
    const ops = finishSync(start.state, items, new Map([made("tracker", 40), made(key, 41, ["mallory"])]));
    expect(ops[0]).toMatchObject({ op: "updateIssue", issue: { existing: 41 } });
    expect(ops[0] && "body" in ops[0] ? ops[0].body : "").toContain(
      "@mallory: named as owner in the report, but cannot be assigned here",
    );
  });

  it("plans no tracker write in a dry run, where nothing was created, and the comment says so", () => {
    const start = startSync(input(["- [ ] Add an alert"]));
    if (!("state" in start)) throw new Error("not planned");
    expect(shape(planSetup(start.state)).at(-1)).toBe("create Postmortem follow-up: DB outage");
    const ops = finishSync(start.state, planItems(start.state, null), new Map());
    expect(shape(ops)).toEqual(["comment #12"]);
    expect(ops[0] && "body" in ops[0] ? ops[0].body : "").toContain("are tracked in (new issue)");
  });

  it("reads the node ids of existing issues from the listing: no query for them", () => {
    const { existing, actions } = synced([{ key: keyOf("Add an alert"), title: "Add an alert" }]);
    // The tracker lost its entry (a crash before it was written): the issue is a sub-issue again.
    const tracker = existing[0] as ExistingIssue;
    const marker = parseMarker(tracker.body) as TrackerMarker;
    const emptied = { ...tracker, body: renderMarker({ ...marker, items: [] }) };
    const start = startSync(input(["- [ ] Add an alert"], [emptied, ...actions]));
    if (!("state" in start)) throw new Error("not planned");
    const ops = finishSync(start.state, planItems(start.state, tracker.number), new Map());
    expect(ops.find((o) => o.op === "addSubIssues")).toMatchObject({
      parent: { number: tracker.number, nodeId: tracker.nodeId },
      children: [{ number: actions[0]?.number, nodeId: actions[0]?.nodeId }],
    });
  });
});
