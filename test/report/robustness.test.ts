import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/report/index.ts";

describe("bad and unusual input", () => {
  it("reads CRLF files and a BOM with the right lines", () => {
    const md = "\uFEFF# T\r\n\r\n## Action items\r\n\r\n- [ ] Add an alert\r\n- [x] Fix it\r\n";
    const report = parseReport(md);
    expect(report.title).toBe("T");
    expect(report.items.map((i) => [i.title, i.line])).toEqual([
      ["Add an alert", 5],
      ["Fix it", 6],
    ]);
  });

  it("reads front matter and keeps the file's line numbers", () => {
    const md =
      "---\ntitle: Cache outage\ndate: 2026-11-03\nseverity: SEV-2\n---\n\n## Action items\n\n- [ ] Add an alert\n";
    const report = parseReport(md);
    expect(report.title).toBe("Cache outage");
    expect(report.frontMatter).toEqual({ title: "Cache outage", date: "2026-11-03", severity: "SEV-2" });
    expect(report.items[0]?.line).toBe(9);
    expect(report.errors).toEqual([]);
  });

  it("turns malformed front matter into an error with its line, and still reads the items", () => {
    const md = "---\ntitle: ok\nservices: [a, b\nseverity: 1\n---\n## Action items\n- [ ] Add an alert\n";
    const report = parseReport(md, { path: "postmortems/bad.md" });
    expect(report.errors).toEqual([
      expect.objectContaining({
        file: "postmortems/bad.md",
        line: 4,
        message: expect.stringMatching(/^front matter is not valid YAML/),
      }),
    ]);
    expect(report.items.map((i) => [i.title, i.line])).toEqual([["Add an alert", 7]]);
  });

  it("keeps emoji", () => {
    expect(parseReport("## ✅ Action items\n\n- 🔥 Add a fire alarm 🚒\n").items[0]?.title).toBe(
      "🔥 Add a fire alarm 🚒",
    );
  });

  it("never throws on odd input", () => {
    const odd = [
      "",
      "\n\n",
      "---",
      "---\n---",
      "- [ ]",
      "| a |\n|---|",
      "<ul><li>",
      "## Action items\n\n<",
      "\u0000\u0001",
      "#".repeat(10_000),
    ];
    for (const text of odd) expect(() => parseReport(text)).not.toThrow();
    expect(() => parseReport(undefined as unknown as string)).not.toThrow();
  });

  it("reads a 1 MB report", () => {
    const lines = Array.from(
      { length: 5_000 },
      (_, i) =>
        `- [ ] Action number ${i} @owner${i % 7} due: 2027-01-${String((i % 28) + 1).padStart(2, "0")} P${i % 4} ${"padding ".repeat(22)}`,
    );
    const md = `# Big\n\n## Action items\n\n${lines.join("\n")}\n`;
    expect(md.length).toBeGreaterThan(1_000_000);
    const report = parseReport(md);
    expect(report.items).toHaveLength(5_000);
    expect(report.items[4_999]).toMatchObject({ line: 5_004, due: "2027-01-16", priority: "P3" });
  });
});
