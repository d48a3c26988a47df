import { describe, expect, it } from "vitest";
import { followThrough } from "../../src/metrics/compute.ts";
import { followThroughMarkdown } from "../../src/metrics/markdown.ts";
import { percentile } from "../../src/metrics/stats.ts";
import type { ItemFact, TrackerFact } from "../../src/metrics/types.ts";

const now = new Date("2026-11-20T09:00:00Z");

const item = (over: Partial<ItemFact>): ItemFact => ({
  title: "Fix it",
  state: "open",
  ref: "acme/a#1",
  url: "https://github.com/acme/a/issues/1",
  owners: [],
  due: null,
  opened: "2026-03-01T00:00:00Z",
  closed: null,
  ...over,
});

const tracker = (over: Partial<TrackerFact>): TrackerFact => ({
  ref: "acme/a#9",
  url: "https://github.com/acme/a/issues/9",
  title: "Outage",
  date: "2026-03-01",
  severity: null,
  awaitingReview: false,
  items: [],
  ...over,
});

describe("rates", () => {
  it.each([
    ["nothing to do", [], { completionRate: null, onTimeRate: null }],
    [
      "won't do is left out of completion",
      [item({ state: "wont_do" }), item({ state: "done", closed: "2026-03-02T00:00:00Z" })],
      { completionRate: 1, onTimeRate: null },
    ],
    [
      "closed on the due day is on time",
      [item({ state: "done", due: "2026-03-05", closed: "2026-03-05T23:00:00Z" })],
      { onTimeRate: 1 },
    ],
    [
      "closed the day after is late",
      [item({ state: "done", due: "2026-03-05", closed: "2026-03-06T00:10:00Z" })],
      { onTimeRate: 0 },
    ],
    [
      "one of three open",
      [item({}), item({ state: "done" }), item({ state: "done" })],
      { completionRate: 0.667 },
    ],
  ])("%s", (_, items, expected) => {
    expect(followThrough({ trackers: [tracker({ items })], now }).totals).toMatchObject(expected);
  });
});

describe("overdue", () => {
  it.each([
    ["due yesterday, open", { due: "2026-11-19" }, 1],
    ["due today, open", { due: "2026-11-20" }, 0],
    ["due yesterday, done", { due: "2026-11-19", state: "done" as const }, 0],
    ["no due day", {}, 0],
  ])("%s", (_, over, overdue) => {
    expect(followThrough({ trackers: [tracker({ items: [item(over)] })], now }).totals.overdue).toBe(overdue);
  });
});

it("has a row for every month up to now, zero where there was no incident", () => {
  const m = followThrough({
    trackers: [tracker({ date: "2026-08-30", items: [item({})] })],
    now,
    since: "2026-07-01",
  });
  expect(m.byMonth.map((r) => [r.month, r.incidents, r.items])).toEqual([
    ["2026-07", 0, 0],
    ["2026-08", 1, 1],
    ["2026-09", 0, 0],
    ["2026-10", 0, 0],
    ["2026-11", 0, 0],
  ]);
  expect(m.byMonth[0]?.completionRate).toBeNull();
});

it("counts an item in each of its owners' rows, and items without owners under (no owner)", () => {
  const items = [item({ owners: ["alice", "acme/sre"] }), item({ owners: ["alice"] }), item({})];
  expect(
    followThrough({ trackers: [tracker({ items })], now }).byOwner.map((r) => [r.name, r.items]),
  ).toEqual([
    ["alice", 2],
    ["(no owner)", 1],
    ["acme/sre", 1],
  ]);
});

it.each([
  [[], 0.5, null],
  [[4], 0.9, 4],
  [[1, 2, 3, 4], 0.5, 2],
  [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9],
  [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.9, 10],
])("percentile(%j, %s) is %s (nearest rank)", (values, p, expected) => {
  expect(percentile(values, p)).toBe(expected);
});

it("lists the oldest open items first, with their age and whether they are overdue", () => {
  const items = [
    item({ title: "newer", opened: "2026-10-01T00:00:00Z" }),
    item({ title: "older", opened: "2026-01-01T00:00:00Z", due: "2026-02-01" }),
    item({ title: "done", state: "done", opened: "2025-01-01T00:00:00Z" }),
  ];
  const m = followThrough({ trackers: [tracker({ items })], now, oldest: 2 });
  expect(m.oldestOpen.map((i) => [i.title, i.ageDays, i.overdue])).toEqual([
    ["older", 323, true],
    ["newer", 50, false],
  ]);
});

it("keeps a table intact when an item's title holds a pipe or a new line", () => {
  const items = [item({ title: "a | b\nc" })];
  const md = followThroughMarkdown(followThrough({ trackers: [tracker({ items })], now }));
  expect(md).toContain("| a \\| b c |");
});

describe("the calendar the days are counted in", () => {
  const tracker = (items: ItemFact[]): TrackerFact => ({
    ref: "acme/web#1",
    url: "https://github.com/acme/web/issues/1",
    title: "CDN",
    date: "2026-11-01",
    severity: null,
    awaitingReview: false,
    items,
  });
  const item = (state: ItemFact["state"], closed: string | null): ItemFact => ({
    title: "Fix it",
    state,
    ref: "acme/web#2",
    url: null,
    owners: [],
    due: "2026-11-19",
    opened: "2026-11-01T10:00:00Z",
    closed,
  });
  // 02:00 UTC on the 20th is still the evening of the 19th in San Francisco.
  const now = new Date("2026-11-20T02:00:00Z");
  it.each([
    { timezone: undefined, overdue: 1, onTime: 0 },
    { timezone: "UTC", overdue: 1, onTime: 0 },
    { timezone: "America/Los_Angeles", overdue: 0, onTime: 1 },
  ])("in $timezone: overdue $overdue, on time $onTime", ({ timezone, overdue, onTime }) => {
    const input = { now, ...(timezone ? { timezone } : {}) };
    const open = followThrough({ ...input, trackers: [tracker([item("open", null)])] });
    expect(open.totals.overdue).toBe(overdue);
    const done = followThrough({ ...input, trackers: [tracker([item("done", "2026-11-20T01:00:00Z")])] });
    expect(done.totals.onTimeRate).toBe(onTime);
    expect(done.byMonth.map((m) => m.month)).toEqual(["2026-11"]);
  });
});
