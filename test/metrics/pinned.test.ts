import { expect, it } from "vitest";
import { findPinned, PINNED_MARKER, pinnedBody, planPinned } from "../../src/metrics/pinned.ts";
import type { ExistingIssue } from "../../src/tracking/model.ts";

const repo = { owner: "acme", repo: "platform" };
const BOT = "github-actions[bot]";
const issue = (over: Partial<ExistingIssue>): ExistingIssue => ({
  repo,
  number: 7,
  nodeId: "I_7",
  title: "Postmortem follow-through",
  body: pinnedBody("## Report"),
  state: "open",
  stateReason: null,
  labels: ["postmortem-follow-through"],
  assignees: [],
  author: BOT,
  ...over,
});

it("finds its issue by the marker in a body its own account wrote, the lowest number first", () => {
  expect(findPinned([issue({ number: 9 }), issue({ number: 7 })], BOT)?.number).toBe(7);
  expect(findPinned([issue({ author: "mallory" })], BOT)).toBeNull();
  expect(findPinned([issue({ body: "no marker" })], BOT)).toBeNull();
});

it("finds the issue the Action wrote as github-actions[bot] when bot-login names the App", () => {
  expect(findPinned([issue({ author: "github-actions[bot]" })], "my-app[bot]")?.number).toBe(7);
  expect(findPinned([issue({ author: "mallory" })], "my-app[bot]")).toBeNull();
});

it.each([
  ["absent: the label, then the issue", null, "## Report", ["ensureLabel", "createIssue"]],
  ["the same report: nothing", issue({}), "## Report", []],
  ["a changed report: its body", issue({}), "## Report 2", ["updateIssue"]],
  ["closed by a person: updated, not reopened", issue({ state: "closed" }), "## Report 2", ["updateIssue"]],
  [
    "the same report made an hour later: nothing",
    issue({ body: pinnedBody("## Report\n\n<sub>Generated 2026-11-20T09:00:00.000Z.</sub>") }),
    "## Report\n\n<sub>Generated 2026-11-20T10:00:00.000Z.</sub>",
    [],
  ],
])("%s", (_, existing, markdown, ops) => {
  const plan = planPinned(repo, existing, markdown);
  expect(plan.map((op) => op.op)).toEqual(ops);
  for (const op of plan) if (op.op === "updateIssue") expect(op.state).toBeUndefined();
});

it("cuts a body GitHub would refuse, keeping the marker", () => {
  const body = pinnedBody("x".repeat(70_000));
  expect(body.length).toBeLessThan(65_536);
  expect(body.endsWith(`${PINNED_MARKER}\n`)).toBe(true);
});
