import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/config/load.ts";
import { parseReport } from "../../src/report/index.ts";
import type { Created, ExistingIssue, Operation } from "../../src/tracking/model.ts";
import type { SyncChange } from "../../src/tracking/sync/comment.ts";
import { finishSync } from "../../src/tracking/sync/finish.ts";
import { planItems, planSync } from "../../src/tracking/sync/plan.ts";
import { planSetup, TRACKER } from "../../src/tracking/sync/setup.ts";
import { type SyncInput, startSync } from "../../src/tracking/sync/state.ts";

// Edits of a merged report, through the pure sync planner: which issue each item keeps, and what is
// written. A first merge is applied to a list of issues here, as the gateway would.

const repo = { owner: "acme", repo: "platform" };
const BOT = "pmt[bot]";
const PATH = "postmortems/db.md";

const report = (body: string) => `# DB outage\n\n${body}\n`;
const list = (items: string[]) => `## Action items\n\n${items.join("\n")}`;

function input(text: string, existing: ExistingIssue[], sha: string): SyncInput {
  return {
    ctx: {
      report: parseReport(report(text), { path: PATH }),
      path: PATH,
      source: { ...repo, sha, serverUrl: "https://github.com" },
      pullRequest: null,
      target: repo,
    },
    existing,
    botLogin: BOT,
    config: defaultConfig,
    now: "2026-11-04T10:00:00.000Z",
  };
}

/** The issues a first merge of `text` leaves on GitHub: the tracker, then one issue per item. */
function firstMerge(text: string): ExistingIssue[] {
  const start = startSync(input(text, [], "s1"));
  if (!("state" in start)) throw new Error("nothing planned");
  const issues: ExistingIssue[] = [];
  const create = (op: Extract<Operation, { op: "createIssue" }>): Created => {
    const number = issues.length + 1;
    issues.push({
      repo,
      number,
      nodeId: `I_${number}`,
      title: op.title,
      body: op.body,
      state: "open",
      stateReason: null,
      labels: op.labels,
      assignees: op.assignees,
      author: BOT,
    });
    return { repo, number, nodeId: `I_${number}`, refused: [] };
  };
  const created = new Map<string, Created>();
  for (const op of planSetup(start.state)) if (op.op === "createIssue") created.set(op.key, create(op));
  const items = planItems(start.state, created.get(TRACKER)?.number ?? null);
  for (const op of items.operations) if (op.op === "createIssue") created.set(op.key, create(op));
  const update = finishSync(start.state, items, created).find((op) => op.op === "updateIssue");
  const tracker = issues[0] as ExistingIssue;
  if (update?.op === "updateIssue" && update.body) tracker.body = update.body;
  return issues;
}

const byTitle = (issues: ExistingIssue[], title: string) => {
  const found = issues.find((i) => i.title === title);
  if (!found) throw new Error(`no issue "${title}"`);
  return found;
};

function edit(before: string, after: string, change: (issues: ExistingIssue[]) => void = () => {}) {
  const issues = firstMerge(before);
  change(issues);
  const plan = planSync(input(after, issues, "s2"));
  if (plan.kind !== "sync") throw new Error(plan.kind);
  const text = (c: SyncChange) =>
    `${c.kind}${c.issue !== null ? ` #${c.issue}` : ""}${c.related ? ` (#${c.related})` : ""}${c.guess ? " guess" : ""}: ${c.title}`;
  return { issues, plan, changes: plan.items.changes.map(text), ops: plan.items.operations };
}

const alert = "- [ ] Alert on connection-pool saturation @lee due: 2026-12-01";
const ci = "- [ ] Add a CI check that renders the production overlay @dana";
const runbook = "- [ ] Write a runbook for pool exhaustion @dana";

describe("an edited report keeps each item's issue", () => {
  it.each([
    {
      name: "words added",
      after: [`${alert.replace("saturation", "saturation and a 30 s cap")}`, ci, runbook],
      changes: ["updated #2: Alert on connection-pool saturation and a 30 s cap"],
    },
    {
      name: "words removed",
      after: ["- [ ] Alert on pool saturation @lee due: 2026-12-01", ci, runbook],
      changes: ["updated #2: Alert on pool saturation"],
    },
    {
      name: "owner, due date and wording changed together",
      after: ["- [ ] Alert on connection-pool saturation and wait time @dana due: 2027-01-15", ci, runbook],
      changes: ["updated #2: Alert on connection-pool saturation and wait time"],
    },
    {
      name: "items reordered",
      after: [runbook, alert, ci],
      changes: [],
    },
    {
      name: "a numbered list instead of a task list",
      after: [alert, ci, runbook].map((l, i) => l.replace("- [ ]", `${i + 1}.`)),
      changes: [],
    },
    {
      name: "two items whose texts are swapped",
      after: [runbook, ci, alert],
      changes: [],
    },
    {
      name: "an item removed and an unrelated one added elsewhere",
      after: ["- [ ] Load-test checkout before the sales peak", alert, ci],
      changes: [
        "created: Load-test checkout before the sales peak",
        "removed #4: Write a runbook for pool exhaustion",
      ],
    },
    {
      name: "an item removed and a similar one added elsewhere: taken as the same item, moved",
      after: ["- [ ] Write a runbook for connection-pool exhaustion @dana", alert, ci],
      changes: ["updated #4: Write a runbook for connection-pool exhaustion"],
    },
    {
      name: "one item split in two: the closer half keeps the issue",
      before: ["- [ ] Alert on connection-pool saturation and wait time @lee", ci, runbook],
      after: [
        "- [ ] Alert on connection-pool saturation @lee",
        "- [ ] Alert on connection-pool wait time",
        ci,
        runbook,
      ],
      changes: [
        "updated #2: Alert on connection-pool saturation",
        "split (#2): Alert on connection-pool wait time",
      ],
    },
    {
      name: "two items merged into one",
      after: [
        "- [ ] Add a CI check that renders the production overlay, and a runbook for pool exhaustion @dana",
        alert,
      ],
      changes: [
        "updated #3: Add a CI check that renders the production overlay, and a runbook for pool exhaustion",
        "merged #4 (#3): Write a runbook for pool exhaustion",
      ],
    },
  ])("$name", ({ before, after, changes }: { before?: string[]; after: string[]; changes: string[] }) => {
    const result = edit(list(before ?? [alert, ci, runbook]), list(after));
    expect(result.changes.sort()).toEqual([...changes].sort());
    // Nothing that notifies people is written unless the report says so: no new issue for an edit.
    expect(result.ops.filter((op) => op.op === "createIssue").length).toBe(
      changes.filter((c) => /^(created|split)/.test(c)).length,
    );
  });

  it("moves an item to another part of the corrective section without a new issue", () => {
    const before = `## Corrective actions\n\n### Improvements\n\n${alert}\n${ci}\n\n### Tasks\n\n${runbook}`;
    const after = `## Corrective actions\n\n### Improvements\n\n${alert}\n\n### Tasks\n\n${ci}\n${runbook}`;
    expect(edit(before, after).ops.filter((op) => op.op === "createIssue")).toEqual([]);
  });

  it("leaves a completed issue closed when only its wording changed", () => {
    const result = edit(
      list([alert, ci]),
      list([alert.replace("saturation", "saturation (p99)"), ci]),
      (issues) => {
        Object.assign(byTitle(issues, "Alert on connection-pool saturation"), {
          state: "closed",
          stateReason: "completed",
        });
      },
    );
    const update = result.ops.find((op) => op.op === "updateIssue");
    expect(update).toMatchObject({
      issue: { existing: 2 },
      title: "Alert on connection-pool saturation (p99)",
    });
    expect(update && "state" in update ? update.state : undefined).toBeUndefined();
    expect(result.ops.some((op) => op.op === "createIssue")).toBe(false);
  });

  it("leaves a won't-do closed when its wording changed", () => {
    const result = edit(
      list([alert, ci]),
      list([alert, ci.replace("renders", "renders and diffs")]),
      (issues) => {
        Object.assign(byTitle(issues, "Add a CI check that renders the production overlay"), {
          state: "closed",
          stateReason: "not_planned",
        });
      },
    );
    expect(result.changes).toEqual([
      "updated #3: Add a CI check that renders and diffs the production overlay",
    ]);
    expect(result.ops.every((op) => !("state" in op) || op.state === undefined)).toBe(true);
  });

  it("files an issue for an item recorded as done once the report unchecks it", () => {
    const result = edit(list([alert.replace("[ ]", "[x]"), ci]), list([alert, ci]));
    // Checked at first: recorded as done, no issue; unchecked later: a new issue for it.
    expect(result.changes).toEqual(["created: Alert on connection-pool saturation"]);
  });

  it("keeps the issue an item names, even when its wording is all new", () => {
    const result = edit(
      list([alert, ci]),
      list(["- [ ] Page the database on-call when pools run dry #2", ci]),
    );
    expect(result.changes).toEqual(["updated #2: Page the database on-call when pools run dry"]);
    expect(result.ops.some((op) => op.op === "comment")).toBe(false);
  });

  it("calls a match a guess when another issue was nearly as close", () => {
    const twins = ["- [ ] Alert on pool saturation in eu-west", "- [ ] Alert on pool saturation in us-east"];
    const result = edit(list(twins), list(["- [ ] Alert on pool saturation in all regions"]));
    expect(result.changes.filter((c) => c.includes("guess"))).toHaveLength(1);
  });
});
