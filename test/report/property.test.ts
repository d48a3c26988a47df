import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/report/index.ts";

// Lines that real reports are made of, in any order and nesting, plus arbitrary text.
const fragments = [
  "# Postmortem",
  "## Corrective and Preventative Measures",
  "### Tasks:",
  "**Improvements:**",
  "## Action items",
  "Next steps",
  "## Timeline",
  "## Lessons Learned",
  "Action point: do it",
  "- [ ] Add an alert @alice due: 2026-02-30 P1",
  "- [x] Roll back #12",
  "  - nested detail",
  "    - deeper",
  "1. First",
  "2) Second",
  "* Monitoring:",
  "| Action Item | Owner |",
  "|---|---|",
  "| Fix it | @bob |",
  "```",
  "~~~",
  "<ul><li>html item",
  "</li></ul>",
  "<!-- comment",
  "-->",
  "<p>line<br>line</p>",
  "---",
  "===",
  "> quoted",
  "[ref]: https://example.com",
  "",
  "\t- tabbed",
  "##NoSpace",
  "\r",
  "<!-- postmortem-tracker: action-items -->",
  "| Team | What |",
  "| Infra | Alert on lag |",
  "Corrective measures:",
  "    Disk checks: Check the disks every week.",
  "Regards.",
  "- **Fuzzing**: our tests missed it.",
  "Here's what we're doing to prevent it:",
];

const line = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...fragments) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
);
const body = fc.array(line, { maxLength: 60 }).map((lines) => lines.join("\n"));
// Half the documents open with a corrective heading, so that items are found often.
const markdown = fc.oneof(
  body,
  body.map((text) => `## Action items\n${text}`),
);

describe("any Markdown", () => {
  it("never throws, and every item lies inside the section it came from", () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const report = parseReport(text);
        const corrective = report.sections.filter((s) => s.kind === "corrective");
        const sources =
          corrective.length > 0 ? corrective : report.sections.filter((s) => s.kind === "lessons");
        for (const item of report.items) {
          const inside = sources.some((s) => item.line >= s.line && item.line <= s.endLine);
          expect(
            inside,
            `item "${item.title}" on line ${item.line} is outside ${JSON.stringify(sources)}`,
          ).toBe(true);
          expect(item.title.length).toBeGreaterThan(0);
        }
        expect(new Set(report.items.map((i) => i.key)).size).toBe(report.items.length);
      }),
      { numRuns: 400 },
    );
  });
});
