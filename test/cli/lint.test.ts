import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { parseReport } from "../../src/report/index.ts";
import { runCli } from "../helpers.ts";

async function run(args: string[], env: NodeJS.ProcessEnv = {}, now?: DateTime) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env,
    ...(now ? { now: () => now } : {}),
  });
  return { code, stdout, stderr };
}

const bad =
  "# T\n\nIt was human error.\n\n## Corrective and Preventative Measures\n\nWe will be careful. We will think. We will talk. We will.\n";

describe("postmortem-tracker lint", () => {
  it("passes the shipped example", async () => {
    const { code, stdout } = await runCli(["lint", "examples/postmortem.md"]);
    expect(code).toBe(0);
    expect(stdout).toBe("examples/postmortem.md: no findings\n0 error(s), 0 warning(s), 0 notice(s)\n");
  });

  it("exits 1 on errors, naming file, line, level and rule, with the suggestion", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "pmt-lint-")), "bad.md");
    writeFileSync(file, bad);
    const { code, stdout } = await run(["lint", file]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      `${file}:5: error [corrective-tasks] the corrective section has no action items`,
    );
    expect(stdout).toContain(
      `${file}:3: warning [blameless] "human error" puts the fault on people\n    name the gap in tooling or process`,
    );
  });

  it("prints JSON, and GitHub annotations inside Actions", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "pmt-lint-")), "bad.md");
    writeFileSync(file, bad);
    const json = await run(["lint", "--json", file]);
    expect(JSON.parse(json.stdout).findings.map((f: { rule: string }) => f.rule)).toContain("blameless");
    const jsonInActions = await run(["lint", "--json", file], { GITHUB_ACTIONS: "true" });
    expect(() => JSON.parse(jsonInActions.stdout)).not.toThrow();
    const actions = await run(["lint", file], { GITHUB_ACTIONS: "true" });
    expect(actions.stdout).toContain(
      `::error file=${file},line=5,title=postmortem corrective-tasks::the corrective section has no action items%0AList each measure`,
    );
  });
});

describe("postmortem-tracker new", () => {
  it("writes a report from the template that the parser and the review understand", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pmt-new-"));
    const now = DateTime.fromISO("2026-11-27T10:15:00", { zone: "Europe/Paris" });
    const { code, stdout } = await run(["new", "Checkout API outage", "--dir", dir], {}, now);
    expect(code).toBe(0);
    const file = join(dir, "2026-11-27-checkout-api-outage.md");
    expect(stdout).toBe(`${file}\n`);
    const report = parseReport(readFileSync(file, "utf8"), { path: file });
    expect(report.frontMatter).toMatchObject({
      title: "Checkout API outage",
      date: "2026-11-27T10:15:00+01:00",
      status: "draft",
      timezone: "Europe/Paris",
    });
    // "Next Steps" under the lessons holds follow-up actions, like the corrective section.
    expect(report.sections.map((s) => s.kind)).toEqual([
      "summary",
      "timeline",
      "rootCause",
      "corrective",
      "lessons",
      "corrective",
    ]);
    expect(report.errors).toEqual([]);
    const again = await run(["new", "Checkout API outage", "--dir", dir], {}, now);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("exists already; nothing was written");
  });

  it("asks for a title", async () => {
    expect((await run(["new"])).code).toBe(2);
  });
});

describe("the configuration file", () => {
  it("is read by plan and lint, from --config or .github/postmortem-tracker.yml", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pmt-cfg-"));
    const report = join(dir, "r.md");
    writeFileSync(report, "# T\n\n## Maßnahmen\n\n- [ ] Alarm einrichten\n");
    const config = join(dir, "config.yml");
    writeFileSync(config, "sections:\n  corrective: [Maßnahmen]\nreview:\n  rules:\n    item-owner: error\n");
    const planned = await run(["plan", "--json", "--config", config, report]);
    expect(JSON.parse(planned.stdout).items.map((i: { title: string }) => i.title)).toEqual([
      "Alarm einrichten",
    ]);
    const linted = await run(["lint", "--config", config, report]);
    expect(linted.code).toBe(1);
    expect(linted.stdout).toContain("error [item-owner]");
  });

  it("names the key at fault in a bad configuration", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pmt-cfg-"));
    const config = join(dir, "config.yml");
    writeFileSync(config, "review:\n  rules:\n    no-such-rule: error\n");
    const { code, stderr } = await run(["lint", "--config", config, "examples/postmortem.md"]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${config} is not valid: review.rules: Unrecognized key: "no-such-rule"`);
  });
});
