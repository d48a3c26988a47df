import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/report/index.ts";

// The layouts real reports use where no vocabulary names them, each written here from scratch.
const texts = (md: string) => parseReport(md, { path: "r.md" }).items.map((i) => i.text);

describe("sections found by evidence", () => {
  it("reads a heading with a family word anywhere in it", () => {
    const md =
      "# Cache outage\n\n## Timeline\n\n- 09:00 paged\n\n## Measures against this in future\n\n1) Add a cache alert\n2) Cap the key size\n";
    expect(texts(md)).toEqual(["Add a cache alert", "Cap the key size"]);
    expect(texts("## Steps to remediate\n\n- Rotate the token\n")).toEqual(["Rotate the token"]);
  });

  it("reads tiered action headings and leaves an acknowledgement checklist out", () => {
    const md = [
      "# Leaked key",
      "## Required Platform Team Actions",
      "### 1. NOW (First 30 Minutes)",
      "- [ ] Revoke the key",
      "- [ ] Audit the logs",
      "### 2. LATER (Next 3 Days)",
      "- [ ] Add secret scanning",
      "## Sign-off Required",
      "- [ ] I have read this note",
    ].join("\n\n");
    expect(texts(md)).toEqual(["Revoke the key", "Audit the logs", "Add secret scanning"]);
  });

  it("does not read a heading about what prevented recovery, or actions during it, as the measures", () => {
    const md =
      "# Outage\n\n## What prevented a faster recovery\n\n- The runbook was stale\n\n## Actions during the incident\n\n- Failed over\n\n## How to prevent it\n\n- Refresh the runbook\n";
    expect(texts(md)).toEqual(["Refresh the runbook"]);
  });

  it("does not take actions already taken for the ones to do", () => {
    const md =
      "# Outage\n\n## Actions taken\n\n- Restarted the pod\n\n## Next steps\n\n- Add a liveness probe\n";
    expect(texts(md)).toEqual(["Add a liveness probe"]);
  });

  it("reads action tables wherever they stand, with the team as owner", () => {
    const md = [
      "# Review of the queue incident",
      "# Soon",
      "| Team | What |\n|---|---|\n| Infra | Alert on queue depth |\n| Web | Retry on 503 |",
      "# Later",
      "| **Team** | **Focus** | Metric |\n|---|---|---|\n| Infra | Faster rollbacks | MTTR |",
      "# Notes",
      "The teams retold these actions in prose.",
    ].join("\n\n");
    const report = parseReport(md);
    expect(report.items.map((i) => [i.text, i.owners])).toEqual([
      ["Alert on queue depth", ["Infra"]],
      ["Retry on 503", ["Web"]],
      ["Faster rollbacks", ["Infra"]],
    ]);
    expect(report.itemsFrom?.certainty).toBe("guess");
    const titled = parseReport(`## Action items table\n\n${md}`);
    expect(titled.items).toHaveLength(3);
    expect(titled.warnings[0]?.message).toBe(
      '"Action items table" has no action items; 3 action item(s) were taken from the table under "Soon", whose columns name an action and an owner',
    );
  });

  it("reads a task list anywhere when no section names the measures, but not a sign-off checklist", () => {
    const md = [
      "# Leaked key",
      "## Timeline",
      "- [x] 10:00 key revoked",
      "## For the security team",
      "- [ ] Rotate the deploy keys\n- [ ] Audit the access logs",
      "## Acknowledgement checklist",
      "- [ ] I have read this",
    ].join("\n\n");
    const report = parseReport(md);
    expect(report.items.map((i) => i.text)).toEqual(["Rotate the deploy keys", "Audit the access logs"]);
    expect(report.itemsFrom).toMatchObject({
      certainty: "guess",
      evidence: 'the task list under "For the security team"',
    });
  });

  it("takes the list a lessons section announces as the actions", () => {
    const md = [
      "# Outage",
      "## What we learned (the hard way)",
      "It was rough. Here's what we're doing to prevent it from happening again:",
      "* **Review drills:** We're practising reviews on risky diffs.\n* **Chaos days:** We're breaking staging on purpose.",
      "## The end",
      "Thanks for reading.",
    ].join("\n\n");
    expect(texts(md)).toEqual([
      "Review drills: We're practising reviews on risky diffs.",
      "Chaos days: We're breaking staging on purpose.",
    ]);
  });

  it("takes bold-labelled improvement bullets from the lessons, not plain observations", () => {
    const md =
      "# Outage\n\n## Lessons learned\n\n- **Fuzz the parser**: our tests missed long inputs.\n- The pager worked.\n";
    expect(texts(md)).toEqual(["Fuzz the parser: our tests missed long inputs."]);
  });

  it("reads plain lines ending in a colon as headings, even inside a list above them", () => {
    const md = [
      "Summary:",
      "- Impact: the API was down for an hour.",
      "Timeline:",
      "- 10:00: paged",
      "Corrective measures:",
      "- Improvements: add a canary stage to the deploy.",
      "- Tasks for the team:",
      "- Write the canary runbook.",
      "- Page on canary errors.",
    ].join("\n");
    expect(parseReport(md).items.map((i) => [i.text, i.group])).toEqual([
      ["Improvements: add a canary stage to the deploy.", "improvements"],
      ["Write the canary runbook.", "tasks"],
      ["Page on canary errors.", "tasks"],
    ]);
  });

  it("reads a flush-left line after a finished entry as an entry of its own", () => {
    const md =
      "## Follow-ups\n\n+ Patched the host: done on Monday.\nDisk alerts: page at 85% usage.\n+ Rotate the logs\n";
    expect(texts(md)).toEqual([
      "Patched the host: done on Monday.",
      "Disk alerts: page at 85% usage.",
      "Rotate the logs",
    ]);
  });

  it("keeps a flush-left wrapped sentence in its entry", () => {
    const md =
      "## Follow-ups\n\n- Add a disk alert. It pages at 85%.\nThe alert goes to the on-call rota.\n- Rotate the logs\n";
    expect(texts(md)).toEqual([
      "Add a disk alert. It pages at 85%. The alert goes to the on-call rota.",
      "Rotate the logs",
    ]);
  });

  it("reads 'Label: sentence' lines indented four spaces as lines, not code", () => {
    const md =
      "## Preventive measures\n\nWe will take the following measures:\n\n    Query reviews: Review slow queries every sprint.\n    Index checks: Check the indexes before each release.\n";
    expect(texts(md)).toEqual([
      "Query reviews: Review slow queries every sprint.",
      "Index checks: Check the indexes before each release.",
    ]);
    expect(texts("## Action items\n\n    const a = 1;\n    run(a);\n")).toEqual([]);
  });
});

describe("entries that are not items", () => {
  it("leaves out a sign-off, a closing paragraph and diagram names", () => {
    const md = [
      "## Preventive measures",
      "A staging database to be created for every schema change.",
      "A rollback script to be kept next to each migration",
      "By implementing these measures we aim to avoid a repeat.",
      "Regards.",
      "The Data team",
    ].join("\n\n");
    expect(texts(md)).toEqual([
      "A staging database to be created for every schema change.",
      "A rollback script to be kept next to each migration",
    ]);
    const diagrams =
      "## Action items\n\n- Add a disk alert\n\n1. **Flowchart:**\n\n   ```\n   a --> b\n   ```\n2. **State diagram:**\n";
    expect(texts(diagrams)).toEqual(["Add a disk alert"]);
  });

  it("gives a prose-only section no items", () => {
    const md =
      "## Preventative measures\n\nIt is always important to test a deploy before an event like this one.\n\nAdditionally, we should watch the site from outside while it runs.\n";
    expect(texts(md)).toEqual([]);
    const long = `## Action items\n\n${"We would do well to consider many things here and there ".repeat(3)}in the future.\n`;
    expect(texts(long)).toEqual([]);
  });

  it("keeps footnote marks and shortcodes out of the text", () => {
    const md = "## Action items\n\n- :small_orange_diamond:Add a lag alert[^1]\n\n[^1]: see the dashboard\n";
    expect(texts(md)).toEqual(["Add a lag alert"]);
  });
});

describe("the author's marker comment", () => {
  it("makes the list after it the action items, whatever the heading says", () => {
    const md = [
      "# Outage",
      "## Action items",
      "- Not these",
      "## What we will change",
      "<!-- postmortem-tracker: action-items -->",
      "- Add a disk alert",
      "- Rotate the logs",
      "## Appendix",
      "- Not this either",
    ].join("\n\n");
    const report = parseReport(md);
    expect(report.items.map((i) => i.text)).toEqual(["Add a disk alert", "Rotate the logs"]);
    expect(report.itemsFrom).toMatchObject({ certainty: "marker", line: 9 });
  });
});

describe("reading with markdown-it", () => {
  it("keeps the whole report past 50 nesting levels, and warns past 2000", () => {
    const deep = Array.from({ length: 60 }, (_, i) => `${"  ".repeat(i)}- level ${i}`).join("\n");
    const report = parseReport(`## Action items\n\n${deep}\n\n## Lessons learned\n\n- Keep lists flat\n`);
    expect(report.sections.map((s) => s.kind)).toEqual(["corrective", "lessons"]);
    const hostile = parseReport(`## Action items\n\n${"- ".repeat(1100)}x\n`);
    expect(hostile.warnings.map((w) => w.message)).toContain(
      "the Markdown nests deeper than 2000 levels here; what lies deeper was not read",
    );
    // Block quotes recurse in the parser: past what the stack holds they are read to 400 levels.
    const quotes = parseReport(`## Action items\n\n- Add an alert\n\n${"> ".repeat(3000)}x\n`);
    expect(quotes.errors).toEqual([]);
    expect(quotes.items.map((i) => i.text)).toEqual(["Add an alert"]);
    expect(quotes.warnings.map((w) => w.message)).toContain(
      "the Markdown nests deeper than 400 levels here; what lies deeper was not read",
    );
  });

  it("ends a list's section at its last written line", () => {
    const report = parseReport("## Action items\n\n- Add an alert\n\n\n\n## Lessons learned\n\n- x\n");
    expect(report.sections[0]).toMatchObject({ line: 1, endLine: 3 });
  });
});

describe("the report's title", () => {
  const title = (md: string) => parseReport(md, { path: "postmortems/2026-03-db.md" }).title;

  it("comes from the front matter, else the first H1, else a heading that names no section", () => {
    expect(title('---\ntitle: "Disk full &amp; :fire: on db-1"\n---\n# Other\n')).toBe("Disk full & on db-1");
    expect(title("## Issue Summary\n\n# Disk full\n")).toBe("Disk full");
    expect(title("## Issue Summary\n\n## Disk&emsp;full :small_orange_diamond:\n")).toBe("Disk full");
  });

  it("falls back to the file name", () => {
    expect(title("## Issue Summary\n\nText.\n\n## Timeline\n")).toBe("2026-03-db");
  });
});

describe("items made of markup alone", () => {
  it("are not tracked, and the author is told on their line", () => {
    const report = parseReport("# Outage\n\n## Action items\n\n- [ ] __\n- [ ] Add an alert\n", {
      path: "p.md",
    });
    expect(report.items.map((i) => i.title)).toEqual(["Add an alert"]);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        line: 5,
        message: expect.stringContaining('only "__" once its formatting is taken out'),
      }),
    );
  });

  it.each([
    ["an empty link", "- [](https://example.com/runbook)"],
    ["an empty code span", "- ` `"],
    ["empty HTML", "- <b></b>"],
    ["a numbered entry of empty HTML", "1. <i></i>"],
  ])("%s is named on its line, not dropped without a word", (_, line) => {
    const report = parseReport(`# Outage\n\n## Action items\n\n- Add an alert\n\n${line}\n`, {
      path: "p.md",
    });
    expect(report.items.map((i) => i.title)).toEqual(["Add an alert"]);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        file: "p.md",
        line: 7,
        message: expect.stringContaining("nothing but markup"),
      }),
    );
  });

  it("a table row whose item is markup alone is named; an empty row still to be written is not", () => {
    const table = "| Action item | Owner |\n|---|---|\n| Add an alert | @a |\n| [](http://x) | @b |\n| | |\n";
    const report = parseReport(`# Outage\n\n## Action items\n\n${table}`, { path: "p.md" });
    expect(report.items.map((i) => i.title)).toEqual(["Add an alert"]);
    expect(
      report.warnings.filter((w) => w.message.includes("nothing but markup")).map((w) => w.line),
    ).toEqual([8]);
  });
});
