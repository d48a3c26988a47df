import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/report/index.ts";

const section = (body: string) =>
  `# Outage\n\n## Action items\n\n${body}\n\n## Lessons learned\n\n- Something\n`;
const titles = (body: string) => parseReport(section(body)).items.map((i) => i.title);

describe("action items", () => {
  it("reads task lists, checked or not, with their lines", () => {
    const { items } = parseReport(
      section("- [ ] Add an alert\n- [x] Roll back the change\n* [X] Page the owner"),
    );
    expect(items.map((i) => [i.title, i.checked, i.line])).toEqual([
      ["Add an alert", false, 5],
      ["Roll back the change", true, 6],
      ["Page the owner", true, 7],
    ]);
  });

  it("reads bullets and numbered lists", () => {
    expect(titles("* One\n* Two\n\n1. Three\n2) Four")).toEqual(["One", "Two", "Three", "Four"]);
  });

  it("joins hard-wrapped entries into one title", () => {
    expect(titles("- Build a status page that\n  shows chain health.\n- Ship it")).toEqual([
      "Build a status page that shows chain health.",
      "Ship it",
    ]);
  });

  it("takes the children of a category entry, not the category", () => {
    expect(
      titles("- Monitoring:\n  - Alert on lag\n  - Graph lag\n- **Process**\n  - Write a runbook\n  - Train"),
    ).toEqual(["Alert on lag", "Graph lag", "Write a runbook", "Train"]);
  });

  it("does not split an item from the sub-bullets that elaborate it", () => {
    expect(
      titles("* Debrief everyone first [Rick]\n  - Enforced with a checklist\n* Require 3 reviewers"),
    ).toEqual(["Debrief everyone first", "Require 3 reviewers"]);
  });

  it("joins a title-only entry with its one elaborating sub-bullet", () => {
    expect(titles("1. **Automated Testing:**\n   - Test every config change in CI.")).toEqual([
      "Automated Testing: Test every config change in CI.",
    ]);
  });

  it("marks the Improvements and Tasks parts", () => {
    const { items } = parseReport(
      section(
        "- **Improvements/Fixes:**\n  - Better checks\n  - Better alerts\n- **Tasks:**\n  - Add check X\n  - Add alert Y",
      ),
    );
    expect(items.map((i) => [i.title, i.group])).toEqual([
      ["Better checks", "improvements"],
      ["Better alerts", "improvements"],
      ["Add check X", "tasks"],
      ["Add alert Y", "tasks"],
    ]);
  });

  it("leaves the group empty when there is no Tasks part", () => {
    const { items } = parseReport(section("### Process\n- A\n\n### Tooling\n- B"));
    expect(items.map((i) => i.group)).toEqual([null, null]);
  });

  it("reads a Google-style table with its columns", () => {
    const table = [
      "| Action Item | Type | Owner | Priority | Bug | Status |",
      "|---|---|---|---|---|---|",
      "| Add corruption check | Detect | @ana | P0 | https://github.com/acme/db/issues/14 | DONE |",
      "| Document recovery | Mitigate | Bo, @cy | P2 | | |",
      "| | | | | | |",
    ].join("\n");
    const { items } = parseReport(section(table));
    expect(
      items.map((i) => ({
        t: i.title,
        type: i.type,
        owners: i.owners,
        p: i.priority,
        ref: i.ref,
        done: i.checked,
      })),
    ).toEqual([
      {
        t: "Add corruption check",
        type: "detect",
        owners: ["@ana"],
        p: "P0",
        ref: { owner: "acme", repo: "db", number: 14 },
        done: true,
      },
      { t: "Document recovery", type: "mitigate", owners: ["Bo", "@cy"], p: "P2", ref: null, done: false },
    ]);
  });

  it("reads DONE at the end of a Bug cell as done (Google's layout)", () => {
    const table =
      "| Action Item | Type | Owner | Bug |\n|---|---|---|---|\n| Add fuzzing | prevent | jennifer | n/a DONE |\n| Add alert | detect | martin | 4829 |";
    expect(parseReport(section(table)).items.map((i) => i.checked)).toEqual([true, false]);
  });

  it("prefers the action table over the explanatory bullets beside it", () => {
    const md =
      "Types:\n* Prevent - stop it\n* Detect - see it\n\n| Action Item | Priority |\n|---|---|\n| Add fuzzing | P1 |";
    expect(titles(md)).toEqual(["Add fuzzing"]);
  });

  it("reads a due date column", () => {
    const md = "| Task | Who | Due Date |\n|---|---|---|\n| Rotate keys | Sam | 2026-03-01 |";
    const [item] = parseReport(section(md)).items;
    expect(item).toMatchObject({ title: "Rotate keys", owners: ["Sam"], due: "2026-03-01" });
  });

  it("reads nothing from inside code fences", () => {
    expect(titles("```\n- [ ] not an item\n```\n\n- [ ] A real item")).toEqual(["A real item"]);
  });

  it("ignores HTML comments", () => {
    expect(titles("<!-- list the follow-ups below -->\n\n- [ ] Add an alert")).toEqual(["Add an alert"]);
  });

  it("ignores the introduction and the closing paragraph around a list", () => {
    expect(
      titles("To avoid this again we will:\n\n- Add an alert\n\nBy doing this we aim to be more reliable."),
    ).toEqual(["Add an alert"]);
  });

  it("reads one action per line when there are no list markers", () => {
    expect(
      titles(
        "The following will be done:\n\nAdd failover for web-01\nMonitor disk health\nSchedule maintenance",
      ),
    ).toEqual(["Add failover for web-01", "Monitor disk health", "Schedule maintenance"]);
  });

  it("reads one-line paragraphs as items, but not running prose", () => {
    expect(titles("Optimize cache eviction.\n\nScale the cache.")).toEqual([
      "Optimize cache eviction.",
      "Scale the cache.",
    ]);
    const prose =
      "We will be more careful. Every update can break something. So we make a backup first. Then we check what can fail.";
    const report = parseReport(section(prose));
    expect(report.items).toEqual([]);
    expect(report.warnings.map((w) => w.message)).toEqual([
      '"Action items" has no action items: write each measure as a list item ("- [ ] ...") so it can be tracked',
    ]);
  });

  it("reads raw HTML lists and <br>-separated lines", () => {
    expect(titles("<ol><li>Add <b>tests</b></li>\n<li>Add alerts</li></ol>")).toEqual([
      "Add tests",
      "Add alerts",
    ]);
    expect(
      titles("<p>\n  Check health daily.<br>\n  <strong>TODO:</strong> Back up daily.<br>\n</p>"),
    ).toEqual(["Check health daily.", "TODO: Back up daily."]);
  });

  it("keeps link text and drops images and markup", () => {
    expect(
      titles("- Enable **SMTP** for `grafana` [GitHub Issue](https://example.com/x) ![pic](a.png) :rocket:"),
    ).toEqual(["Enable SMTP for grafana GitHub Issue"]);
  });

  it("warns when there is no corrective section", () => {
    const report = parseReport("# Outage\n\n## Timeline\n\n- 10:00 paged\n");
    expect(report.items).toEqual([]);
    expect(report.warnings[0]?.message).toMatch(/^no "Corrective and Preventative Measures" section/);
  });

  it("takes explicit action points from the lessons when there is no corrective section", () => {
    const md =
      "# Outage\n\n## Lessons learned\n\nWe were slow.\n\nAction point: create an announce list.\n\n- Valuable insights.\n- Never deploy on Fridays.\n";
    const report = parseReport(md);
    expect(report.items.map((i) => i.title)).toEqual([
      "Action point: create an announce list.",
      "Never deploy on Fridays.",
    ]);
    expect(report.warnings[0]?.message).toContain('taken from "Lessons learned"');
  });
});
