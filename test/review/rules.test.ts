import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/report/index.ts";
import { reviewReport, rules } from "../../src/review/index.ts";
import { fixture, repoRoot } from "../helpers.ts";

const findings = (md: string, rule: string) =>
  reviewReport(parseReport(md, { path: "x.md" })).filter((f) => f.rule === rule);

const good = fixture("examples/postmortem.md");

describe("review rules", () => {
  it("finds nothing to say about the shipped example", () => {
    expect(reviewReport(parseReport(good, { path: "examples/postmortem.md" }))).toEqual([]);
  });

  it("sections: names each missing section", () => {
    const md = "# T\n\n## Timeline\n\n- 10:00 alert fired\n\n## Action items\n\n- [ ] Add an alert @a P1\n";
    expect(findings(md, "sections").map((f) => f.message)).toEqual([
      'no "Issue Summary" section',
      'no "Root Cause and Resolution" section',
      'no "Lessons Learned" section',
    ]);
  });

  it("summary-duration: wants a start, an end and a time zone, the end after the start", () => {
    const summary = (line: string) =>
      `## Issue Summary\n\n- **Duration:** ${line}\n- **Impact:** 30% of users.\n`;
    expect(findings(summary("2026-11-03 14:12 to 15:04 UTC"), "summary-duration")).toEqual([]);
    expect(findings(summary("May 9, 2024, 17:30 PST - May 10, 2024, 01:00 PST"), "summary-duration")).toEqual(
      [],
    );
    expect(findings(summary("14:12 to 15:04"), "summary-duration").map((f) => f.message)).toEqual([
      "the duration's times have no time zone",
    ]);
    expect(findings(summary("15:04 to 14:12 UTC"), "summary-duration").map((f) => f.message)).toEqual([
      "the duration ends before it starts",
    ]);
    expect(findings(summary("started 14:12 UTC"), "summary-duration").map((f) => f.message)).toEqual([
      "the duration has a start but no end time",
    ]);
    expect(findings("## Issue Summary\n\nIt broke.\n", "summary-duration")[0]?.line).toBe(1);
  });

  it("summary-duration: reads ISO times, a.m./p.m., hours alone and short zone names", () => {
    const summary = (line: string) =>
      `## Issue Summary\n\n- **Duration:** ${line}\n- **Impact:** 30% of users.\n`;
    for (const line of [
      "2026-03-01T14:00Z to 2026-03-01T15:30Z",
      "11:00 a.m. to 1:30 p.m. ET",
      "2pm to 3pm UTC",
    ]) {
      expect(findings(summary(line), "summary-duration"), line).toEqual([]);
    }
    expect(findings(summary("14:00-15:30"), "summary-duration").map((f) => f.message)).toEqual([
      "the duration's times have no time zone",
    ]);
  });

  it("summary-impact and summary-root-cause: see Impact and Root Cause sections of their own", () => {
    const md =
      "# T\n\n## Summary\n\nIt broke.\n\n## Impact\n\nNo customer impact.\n\n## Root Causes\n\nA typo.\n";
    expect(findings(md, "summary-impact")).toEqual([]);
    expect(findings(md, "summary-root-cause")).toEqual([]);
    expect(findings("## Summary\n\n- Impact: 12 percent of requests failed.\n", "summary-impact")).toEqual(
      [],
    );
  });

  it("summary-impact: wants a share of users", () => {
    expect(
      findings("## Issue Summary\n\n- **Impact:** checkout failed for 38% of attempts.\n", "summary-impact"),
    ).toEqual([]);
    expect(
      findings("## Issue Summary\n\n- **Impact:** checkout was slow for users.\n", "summary-impact")[0],
    ).toMatchObject({
      line: 3,
      message: "the impact does not say what share of users was affected",
    });
  });

  it("summary-root-cause: wants the cause named in the summary", () => {
    expect(findings("## Summary\n\nA bad config caused it.\n", "summary-root-cause")).toEqual([]);
    expect(findings("## Summary\n\nIt broke for an hour.\n", "summary-root-cause")).toHaveLength(1);
  });

  it("timeline: wants times, in order, covering detection, actions, escalation and resolution", () => {
    const complete =
      "## Timeline\n\n- 10:00 Alert fired\n- 10:05 Investigated the database\n- 10:20 Escalated to the DB team\n- 10:40 Service restored\n";
    expect(findings(complete, "timeline")).toEqual([]);
    const shuffled =
      "## Timeline\n\n- 10:05 Alert fired\n- 10:00 Investigated, escalated\n- 10:40 Restored\n";
    expect(findings(shuffled, "timeline").map((f) => [f.line, f.message])).toEqual([
      [4, "this entry (10:00) comes before the entry on line 3"],
    ]);
    expect(findings("## Timeline\n\n- Alert fired\n- Restored\n", "timeline").map((f) => f.message)).toEqual([
      "the Timeline's entries have no times",
      "the Timeline does not cover actions taken, escalation",
    ]);
  });

  it("timeline: a new date or a 12-hour clock is not out of order", () => {
    expect(
      findings(
        "## Timeline\n\n- 2026-03-01 14:50 Alert fired\n- 2026-03-02 09:10 Investigated, escalated, restored\n",
        "timeline",
      ),
    ).toEqual([]);
    expect(
      findings(
        "## Timeline\n\nAll times PT.\n\n- 11:50 Alert fired\n- 12:10 Investigated and escalated\n- 1:40 Restored\n",
        "timeline",
      ),
    ).toEqual([]);
  });

  it("root-cause: wants the cause explained and the resolution", () => {
    expect(findings("## Root Cause and Resolution\n\nA typo.\n", "root-cause").map((f) => f.message)).toEqual(
      [
        "the root cause is explained in fewer than 25 words",
        "Root Cause and Resolution does not say how it was resolved",
      ],
    );
  });

  it("corrective-tasks: an error when the corrective section holds no item", () => {
    const [f] = findings(
      "## Corrective and Preventative Measures\n\nWe will be more careful. We will think about it. We will talk about it. Really we will.\n",
      "corrective-tasks",
    );
    expect(f).toMatchObject({ severity: "error", line: 1 });
  });

  it("lessons: wants what went well, what could be improved and next steps", () => {
    expect(findings("## Lessons Learned\n\n- Nothing.\n", "lessons")[0]?.message).toBe(
      "Lessons Learned does not cover what went well, what could be improved, next steps",
    );
  });

  it("item-owner, item-due, item-vague, item-types: actionable items", () => {
    const md =
      "## Action items\n\n- [ ] Investigate the cache\n- [ ] Add a lag alert @dana due: 2026-12-01 type: mitigate\n- [x] Roll back\n";
    expect(findings(md, "item-owner").map((f) => f.line)).toEqual([3]);
    expect(findings(md, "item-due").map((f) => f.line)).toEqual([3]);
    expect(findings(md, "item-vague").map((f) => f.line)).toEqual([3]);
    expect(
      findings("## Action items\n\n- [ ] Investigate why p99 exceeds 500 ms @a P1\n", "item-vague"),
    ).toEqual([]);
    expect(findings(md, "item-types")[0]?.message).toBe("no action item prevents or detects a recurrence");
  });

  it("blameless: flags blaming words with a rewrite, and people as the subject of a failure", () => {
    const md =
      "## Root Cause and Resolution\n\nThe outage was caused by human error.\nJohn forgot to renew the certificate.\n@sam broke the deploy.\nThe alert did not fire.\n";
    expect(findings(md, "blameless").map((f) => [f.line, f.message])).toEqual([
      [3, '"human error" puts the fault on people'],
      [4, '"John forgot" makes a person the subject of the failure'],
      [5, '"@sam broke" makes a person the subject of the failure'],
    ]);
    expect(findings(md, "blameless")[0]?.suggestion).toContain("gap in tooling or process");
  });

  it("blameless: leaves technical wording, negations and people as objects alone", () => {
    const md =
      "## Root Cause\n\nWe ran `git blame` to find it.\nThe lazy loading of the module failed.\nNobody is to blame; the tooling allowed it.\nKubernetes mistakenly evicted the pod.\nThe page to @carol did not go through.\n";
    expect(findings(md, "blameless")).toEqual([]);
  });

  it("takes levels and the word list from the options", () => {
    const report = parseReport(
      "## Action items\n\n- [ ] Add an alert\n- [ ] The cowboy deploy must stop @a P1\n",
    );
    const result = reviewReport(report, {
      levels: { "item-owner": "error", "item-due": "off" },
      phrases: [{ phrase: "cowboy", rewrite: "unreviewed" }],
    });
    expect(result.map((f) => [f.rule, f.severity])).toEqual(
      expect.arrayContaining([
        ["item-owner", "error"],
        ["blameless", "warning"],
      ]),
    );
    expect(result.some((f) => f.rule === "item-due")).toBe(false);
  });

  it("reviews every labelled report without a crash, and every rule fires somewhere", () => {
    const dir = join(repoRoot, "test/fixtures/holdout");
    const fired = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".md"))) {
      for (const f of reviewReport(parseReport(readFileSync(join(dir, file), "utf8"), { path: file })))
        fired.add(f.rule);
    }
    expect([...fired].sort()).toEqual(
      rules
        .map((r) => r.id)
        .filter((id) => id !== "item-types")
        .sort(),
    );
  });
});

const shared = join(repoRoot, "../shared/corpus/dev");
it.runIf(existsSync(shared))("reviews every document of the shared corpus without a crash", () => {
  const files = readdirSync(shared).filter((f) => f.endsWith(".md"));
  for (const file of files) {
    const findings = reviewReport(parseReport(readFileSync(join(shared, file), "utf8"), { path: file }));
    for (const f of findings) expect(f.line, `${file}: ${f.rule}`).toBeGreaterThan(0);
  }
  expect(files.length).toBeGreaterThan(30);
});
