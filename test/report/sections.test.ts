import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/report/index.ts";

const titles = (md: string) => parseReport(md).items.map((i) => i.title);

describe("finding the corrective section", () => {
  const headings = [
    "## Corrective and Preventative Measures",
    "## CORRECTIVE AND PREVENTIVE MEASURES",
    "## Corrective actions",
    "## Action Items",
    "## Follow-ups",
    "## Follow up actions",
    "## Remediation",
    "## Next steps",
    "## 4. Corrective and Preventative Measures",
    "## IV. Prevention",
    "#### Preventive measures:",
    "# 🛠️ Corrective & Preventative Measures ☑️",
    "**Action items:**",
    "__Corrective and Preventative Measures__",
    "<h3>Corrective Measures</h3>",
    "##Corrective and Preventative Measures",
  ];
  for (const heading of headings) {
    it(`reads the items under "${heading}"`, () => {
      const md = `# Outage\n\n## Timeline\n\n- 10:00 paged\n\n${heading}\n\n- Add an alert on queue depth\n- Document the failover\n\n## Lessons Learned\n\n- Alerts work\n`;
      expect(titles(md)).toEqual(["Add an alert on queue depth", "Document the failover"]);
    });
  }

  it("reads setext headings", () => {
    const md =
      "Outage\n======\n\nAction items\n------------\n\n* Add an alert\n\nLessons\n-------\n\n* Good\n";
    expect(titles(md)).toEqual(["Add an alert"]);
  });

  it("gives each of the five sections its kind and line range", () => {
    const md = [
      "# Outage", // 1
      "",
      "## Issue Summary", // 3
      "It broke.",
      "",
      "## Timeline", // 6
      "- 10:00 paged",
      "",
      "## Root Cause and Resolution", // 9
      "A typo.",
      "",
      "## Corrective and Preventative Measures", // 12
      "- [ ] Lint the config",
      "",
      "## Lessons Learned", // 15
      "### What went well",
      "- Paging",
    ].join("\n");
    const { sections } = parseReport(md);
    expect(sections.map((s) => [s.kind, s.line, s.endLine])).toEqual([
      ["summary", 3, 4],
      ["timeline", 6, 7],
      ["rootCause", 9, 10],
      ["corrective", 12, 13],
      ["lessons", 15, 17],
    ]);
  });

  it("ends the section at the next heading of the same depth, and keeps deeper sub-headings", () => {
    const md =
      "## Action items\n\n### Process\n\n- Rotate the on-call\n\n### Tooling\n\n- Add a dashboard\n\n## Appendix\n\n- Not an item\n";
    expect(titles(md)).toEqual(["Rotate the on-call", "Add a dashboard"]);
  });

  it("reads sibling Improvements and Tasks sections together, each item with its group", () => {
    const md =
      "# Corrective and Preventative Measures:\n* Better tests for firewall rules\n\n# Tasks:\n* Add a firewall rule linter\n\n# Summary\n* no\n";
    const { items } = parseReport(md);
    expect(items.map((i) => [i.title, i.group])).toEqual([
      ["Better tests for firewall rules", "improvements"],
      ["Add a firewall rule linter", "tasks"],
    ]);
  });

  it("reads corrective sections split in two (Corrective actions, Preventive enhancements)", () => {
    const md =
      "## 6. Corrective Actions\n- Audit the network\n\n## 7. Preventive Enhancements\n- Add health checks\n\n## 8. Final Statement\n- no\n";
    expect(titles(md)).toEqual(["Audit the network", "Add health checks"]);
  });

  it("uses the section names given in the options", () => {
    const md = "## Maßnahmen\n\n- Alarm für die Warteschlange einrichten\n";
    expect(titles(md)).toEqual([]);
    const report = parseReport(md, { sectionNames: { corrective: ["Maßnahmen"] } });
    expect(report.items.map((i) => i.title)).toEqual(["Alarm für die Warteschlange einrichten"]);
  });

  it("ends a bold-line section at the next bold heading that names another part", () => {
    const md =
      "**Corrective and Preventative Measures:**\n\n**Corrective Measures:**\n1. Restart the server\n\n**Preventative Measures:**\n1. Review configs\n\n**Conclusion:**\n\nAll good now.\n";
    expect(titles(md)).toEqual(["Restart the server", "Review configs"]);
  });
});
