import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/report/index.ts";

const item = (line: string) => {
  const report = parseReport(`## Action items\n\n- [ ] ${line}\n`, { path: "postmortems/x.md" });
  const [first] = report.items;
  if (!first) throw new Error(`no item in: ${line}`);
  return { ...first, warnings: report.warnings };
};

describe("inline metadata", () => {
  it("reads owners: logins, teams, owner: and a trailing [Name]", () => {
    expect(item("Add an alert @alice @acme/sre").owners).toEqual(["@alice", "@acme/sre"]);
    expect(item("Add an alert (owner: Dana Lee)").owners).toEqual(["Dana Lee"]);
    expect(item("Debrief the house first [Rick]").owners).toEqual(["Rick"]);
    expect(item("Mail ops@example.com about it").owners).toEqual([]);
  });

  it("takes owners out of the title but keeps a mention inside the sentence", () => {
    expect(item("Add an alert @alice").title).toBe("Add an alert");
    expect(item("Ask @bob to review the runbook").title).toBe("Ask @bob to review the runbook");
  });

  const dues: [string, string][] = [
    ["Add an alert due: 2026-12-15", "2026-12-15"],
    ["Add an alert (due 2026-12-15)", "2026-12-15"],
    ["Add an alert by 2026-12-15", "2026-12-15"],
    ["Add an alert 📅 2026-12-15", "2026-12-15"],
    ["Add an alert 2026-12-15", "2026-12-15"],
    ["Add an alert, deadline: April 10, 2026", "2026-04-10"],
    ["Add an alert, complete by Nov 15th, 2026", "2026-11-15"],
    ["Add an alert before 3 March 2027", "2027-03-03"],
  ];
  for (const [text, due] of dues) {
    it(`reads the due date in "${text}"`, () => expect(item(text).due).toBe(due));
  }

  it("takes tag-like due dates out of the title, keeps written-out ones", () => {
    expect(item("Add an alert due: 2026-12-15").title).toBe("Add an alert");
    expect(item("Add an alert 📅 2026-12-15").title).toBe("Add an alert");
    expect(item("Tune queries: complete by April 15, 2026.").title).toBe(
      "Tune queries: complete by April 15, 2026.",
    );
  });

  it("warns about an impossible date on its line, and leaves the due date empty", () => {
    const result = item("Add an alert due: 2026-02-30");
    expect(result.due).toBeNull();
    expect(result.warnings).toEqual([
      expect.objectContaining({
        file: "postmortems/x.md",
        line: 3,
        message: expect.stringContaining('"2026-02-30" is not a real date'),
      }),
    ]);
  });

  it("reads priorities", () => {
    expect(item("Add an alert P1").priority).toBe("P1");
    expect(item("Add an alert [p0]").priority).toBe("P0");
    expect(item("Add an alert, priority: high").priority).toBe("P1");
    expect(item("Add an alert (low priority)").priority).toBe("P3");
    expect(item("Add an alert P1").title).toBe("Add an alert");
    expect(item("Add an alert for HTTP500 spikes").priority).toBeNull();
  });

  it("reads types", () => {
    expect(item("Add an alert type: detect").type).toBe("detect");
    expect(item("Add an alert [mitigation]").type).toBe("mitigate");
    expect(item("Add an alert type: detect").title).toBe("Add an alert");
    expect(item("Prevent the process from running twice").type).toBeNull();
  });

  it("reads an existing issue as #123, owner/repo#123 or a URL", () => {
    expect(item("Add an alert #123").ref).toEqual({ number: 123 });
    expect(item("Add an alert acme/infra#45").ref).toEqual({ owner: "acme", repo: "infra", number: 45 });
    expect(item("Add an alert [issue](https://github.com/acme/infra/issues/9)").ref).toEqual({
      owner: "acme",
      repo: "infra",
      number: 9,
    });
    expect(item("Add an alert https://ghe.example.com/acme/infra/issues/7").ref).toEqual({
      owner: "acme",
      repo: "infra",
      number: 7,
    });
    expect(item("Add an alert (tracked in #123)").title).toBe("Add an alert");
    expect(item("Add an alert https://github.com/acme/infra/issues/7").title).toBe("Add an alert");
    expect(item("Escape &#35; in the template").ref).toBeNull();
  });

  it("does not read ordinary prose as metadata", () => {
    expect(item("Make pool alerts the #1 priority for on-call @lee P1")).toMatchObject({
      ref: null,
      title: "Make pool alerts the #1 priority for on-call",
    });
    expect(item("Update https://wiki.example.com/Runbooks#3 with the pool steps")).toMatchObject({
      ref: null,
    });
    expect(item("Backfill orders from 2025-11-01 to 2025-11-30")).toMatchObject({
      due: null,
      title: "Backfill orders from 2025-11-01 to 2025-11-30",
    });
    expect(item("Add a CI check that the owner: field is set")).toMatchObject({
      owners: [],
      title: "Add a CI check that the owner: field is set",
    });
    expect(item("Add alert (owner: @acme/platform)").owners).toEqual(["@acme/platform"]);
    expect(item("Add alert — owner: Dana / Lee").owners).toEqual(["Dana", "Lee"]);
  });

  it("warns about a due date column it cannot read", () => {
    const report = parseReport("## Action items\n\n| Task | Due |\n|---|---|\n| Rotate keys | Q3 2026 |\n", {
      path: "x.md",
    });
    expect(report.warnings[0]).toMatchObject({
      line: 5,
      message: 'due date "Q3 2026" could not be read: write it as YYYY-MM-DD',
    });
  });

  it("keeps an explicit id as the key, so the key survives a reworded title", () => {
    const before = item("Add an alert on lag id: lag-alert");
    const after = item("Alert when consumer lag passes 10k <!-- id: lag-alert -->");
    expect(before.key).toBe("lag-alert");
    expect(after.key).toBe("lag-alert");
    expect(before.title).toBe("Add an alert on lag");
  });

  it("derives the same key from the same title whatever the metadata and markup", () => {
    expect(item("Add an **alert** on lag @bob due: 2026-01-01 P2").key).toBe(item("add an alert on lag").key);
    expect(item("Add an alert on lag").key).not.toBe(item("Add an alert on disk").key);
  });

  it("gives repeated items distinct keys and warns", () => {
    const report = parseReport("## Action items\n\n- Add an alert\n- Add an alert\n");
    const [a, b] = report.items;
    expect(a?.key).not.toBe(b?.key);
    expect(report.warnings[0]).toMatchObject({
      line: 4,
      message: "action item repeats the one on line 3; it gets its own key",
    });
  });
});
