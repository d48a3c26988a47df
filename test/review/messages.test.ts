import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { defaultConfig } from "../../src/config/load.ts";
import { parseReport } from "../../src/report/index.ts";
import { reviewReport } from "../../src/review/index.ts";
import { planSync } from "../../src/tracking/sync/plan.ts";

// What the author hears before the merge about where the action items were (or were not) found.
const review = (md: string, rule: string) =>
  reviewReport(parseReport(md, { path: "pm.md" })).filter((f) => f.rule === rule);

const MARKER = "<!-- postmortem-tracker: action-items -->";

describe("no action item", () => {
  it("is an error naming the line, the heading words, sections.corrective and the marker", () => {
    const md = "# Outage\n\n## Timeline\n\n- 10:00 paged\n\n## Ideas\n\n- Add an alert\n";
    const [f] = review(md, "corrective-tasks");
    expect(f).toMatchObject({
      severity: "error",
      line: 1,
      message: "the report has no action item, so its merge will file nothing",
    });
    expect(f?.suggestion).toContain('"Action items"');
    expect(f?.suggestion).toContain("`sections.corrective`");
    expect(f?.suggestion).toContain(MARKER);
    expect(f?.suggestion).toContain("`action-items: none`");
  });

  it("is an error at the corrective heading when its section holds none", () => {
    const md =
      "# Outage\n\n## Action items\n\nWe talked about it at length. Nothing came of it. It was a long talk.\n";
    const [f] = review(md, "corrective-tasks");
    expect(f).toMatchObject({
      severity: "error",
      line: 3,
      message: "the corrective section has no action items",
    });
    expect(f?.suggestion).toContain(MARKER);
  });

  it("is silent when the front matter says the report has none", () => {
    const md = "---\naction-items: none\n---\n# Outage\n\n## Timeline\n\n- 10:00 paged\n";
    expect(parseReport(md).declaresNoItems).toBe(true);
    expect(review(md, "corrective-tasks")).toEqual([]);
    expect(review("---\naction_items: false\n---\n# Outage\n", "corrective-tasks")).toEqual([]);
  });
});

describe("a guessed section", () => {
  it("warns when the heading is only a bold line, naming its line and the fixes", () => {
    const md = "# Outage\n\n**Corrective and preventative measures**\n\n- Add an alert\n";
    const [f] = review(md, "corrective-guess");
    expect(f).toMatchObject({ severity: "warning", line: 3 });
    expect(f?.message).toBe(
      'the 1 action item(s) to be filed were taken from the line "Corrective and preventative measures", which only looks like a heading: a guess',
    );
    expect(f?.suggestion).toContain("`sections.corrective`");
    expect(f?.suggestion).toContain(MARKER);
  });

  it("warns when the items come from the lessons or from a table outside any section", () => {
    const lessons = "# Outage\n\n## Lessons learned\n\n- Never deploy on Fridays.\n";
    expect(review(lessons, "corrective-guess")[0]?.message).toContain(
      'the entries of "Lessons learned" that read as actions',
    );
    const table = "# Outage\n\n## Later\n\n| What | Owner |\n|---|---|\n| Add an alert | @a |\n";
    expect(review(table, "corrective-guess")[0]).toMatchObject({ line: 3 });
  });

  it("is silent for a real heading, and for the marker", () => {
    expect(review("# Outage\n\n## Action items\n\n- Add an alert\n", "corrective-guess")).toEqual([]);
    const marked = `# Outage\n\n**Ideas**\n\n${MARKER}\n\n- Add an alert\n`;
    expect(review(marked, "corrective-guess")).toEqual([]);
    expect(parseReport(marked).items.map((i) => i.text)).toEqual(["Add an alert"]);
  });
});

describe("the messages in lint", () => {
  it("prints both, with the file, line and fix", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "pmt-msg-")), "guess.md");
    writeFileSync(file, "# Outage\n\n**Next steps:**\n\n- Add an alert\n");
    let stdout = "";
    const code = await main(["lint", file], {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: () => undefined },
      env: {},
    });
    expect(code).toBe(0);
    expect(stdout).toContain(
      `${file}:3: warning [corrective-guess] the 1 action item(s) to be filed were taken from`,
    );
    expect(stdout).toContain(MARKER);
    const empty = join(mkdtempSync(join(tmpdir(), "pmt-msg-")), "empty.md");
    writeFileSync(empty, "# Outage\n\nNothing to see.\n");
    stdout = "";
    const failed = await main(["lint", empty], {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: () => undefined },
      env: {},
    });
    expect(failed).toBe(1);
    expect(stdout).toContain(`${empty}:1: error [corrective-tasks] the report has no action item`);
  });
});

describe("a draft", () => {
  it("files nothing at merge, and says why", () => {
    const md = "---\nstatus: draft\n---\n# DB outage\n\n## Action items\n\n- [ ] Add an alert\n";
    const report = parseReport(md, { path: "postmortems/db.md" });
    expect(report.draft).toBe(true);
    const repo = { owner: "acme", repo: "platform" };
    const plan = planSync({
      ctx: {
        report,
        path: "postmortems/db.md",
        source: { ...repo, sha: "s1", serverUrl: "https://github.com" },
        pullRequest: 7,
        target: repo,
      },
      existing: [],
      botLogin: "pmt[bot]",
      config: defaultConfig,
      now: "2026-11-04T10:00:00.000Z",
    });
    expect(plan.kind).toBe("blocked");
    expect(plan.kind === "blocked" ? plan.reason : "").toContain(
      "is marked `status: draft` in its front matter, so nothing was filed",
    );
    expect(parseReport(md.replace("draft", "final")).draft).toBe(false);
  });
});
