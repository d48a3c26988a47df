import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers.ts";

function tempReport(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "pmt-cli-"));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe("postmortem-tracker plan", () => {
  it("prints the example's items as a table with their metadata and lines", async () => {
    const { code, stdout } = await runCli(["plan", "examples/postmortem.md"]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      "examples/postmortem.md: Checkout API returned 503s after a connection-pool change",
    );
    const row = stdout.split("\n").find((l) => l.includes("Alert when pool wait time exceeds 50 ms"));
    expect(row).toMatch(/^\s+56\s+open\s+@lee\s+2026-12-01\s+P1\s+detect\s+-\s+tasks\s+Alert when/);
  });

  it("prints the documented JSON shape", async () => {
    const { code, stdout } = await runCli(["plan", "--json", "examples/postmortem.md"]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(["file", "title", "items", "warnings", "errors"]);
    const done = out.items.find((i: { checked: boolean }) => i.checked);
    expect(done).toMatchObject({
      title: "Roll back the pool size to 200 in the production overlay",
      owners: ["@dana"],
    });
    expect(out.items.find((i: { ref: string | null }) => i.ref)).toMatchObject({
      ref: "#4420",
      priority: "P2",
    });
    for (const item of out.items) {
      expect(Object.keys(item)).toEqual(
        expect.arrayContaining([
          "key",
          "title",
          "line",
          "checked",
          "owners",
          "due",
          "priority",
          "type",
          "ref",
          "group",
        ]),
      );
    }
  });

  it("prints an array when several files are given", async () => {
    const other = tempReport("b.md", "# B\n\n## Action items\n\n- [ ] Add an alert\n");
    const { code, stdout } = await runCli(["plan", "--json", "examples/postmortem.md", other]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toHaveLength(2);
    expect(out[1].items.map((i: { title: string }) => i.title)).toEqual(["Add an alert"]);
  });

  it("exits 1 and names the file and line when the front matter is broken", async () => {
    const file = tempReport(
      "broken.md",
      "---\ntitle: [unclosed\nseverity: 2\n---\n# T\n\n## Action items\n\n- Fix it\n",
    );
    const { code, stdout } = await runCli(["plan", file]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${file}:3: error: front matter is not valid YAML`);
  });

  it("exits 1 for a file that does not exist", async () => {
    const { code, stdout } = await runCli(["plan", "--json", "no/such/report.md"]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).errors[0].message).toBe("cannot read the file: no such file");
  });

  it("exits 2 with usage on bad usage", async () => {
    for (const args of [[], ["plan"], ["frobnicate", "x.md"], ["plan", "--nope", "x.md"]]) {
      const { code, stderr } = await runCli(args);
      expect(code).toBe(2);
      expect(stderr).toContain("Usage: postmortem-tracker");
    }
  });

  it("gives each item's due date if merged now, and whether it comes from the report or a policy", async () => {
    const file = tempReport(
      "sev1.md",
      "---\nseverity: SEV-1\n---\n# Payments outage\n\n## Action items\n\n- [ ] Add an alert P3\n- [ ] Rotate keys due: 2027-01-15\n",
    );
    const { code, stdout } = await runCli(["plan", "--json", file]);
    expect(code).toBe(0);
    const [policy, explicit] = JSON.parse(stdout).items;
    const in15 = DateTime.local().plus({ days: 15 }).toUTC().toISODate();
    expect(policy).toMatchObject({ due: null, dueDate: in15, dueSource: "policy", duePolicy: "SEV-1" });
    expect(explicit).toMatchObject({
      due: "2027-01-15",
      dueDate: "2027-01-15",
      dueSource: "report",
      duePolicy: null,
    });
  });
});
