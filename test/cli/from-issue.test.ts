import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { FakeGitHub, type FakeIssue } from "../support/fake-github.ts";
import { type ServedGitHub, serveGitHub } from "../support/http-github.ts";
import { seedIncident } from "../support/incident.ts";

const REPO = "acme/platform";
let fake: FakeGitHub;
let server: ServedGitHub;
let incident: FakeIssue;

beforeEach(async () => {
  fake = new FakeGitHub();
  incident = seedIncident(fake, REPO);
  server = await serveGitHub(fake);
});
afterEach(async () => {
  await server.close();
  expect(fake.problems).toEqual([]);
});

async function run(args: string[]) {
  let out = "";
  let err = "";
  const code = await main(args, {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    env: { GITHUB_TOKEN: "ghp_test", GITHUB_API_URL: server.url },
  });
  return { code, stdout: out, stderr: err };
}

describe("new --from-issue", () => {
  it("writes the issue's draft, with its timeline, reading the issue and its timeline only", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pmt-draft-"));
    const { code, stdout } = await run(["new", "--from-issue", `${REPO}#${incident.number}`, "--dir", dir]);
    const file = join(dir, "2026-11-03-checkout-latency-spike.md");
    expect([code, stdout]).toEqual([0, `${file}\n`]);
    const text = readFileSync(file, "utf8");
    expect(text).toContain('status: draft\nowners: ["@lee"]\n');
    expect(text).toContain("- **13:21** @dana assigned @lee\n");
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /repos/${REPO}/issues/${incident.number}`,
      `GET /repos/${REPO}/issues/${incident.number}/timeline`,
    ]);
    expect(fake.writes()).toEqual([]);
  });

  it("never overwrites a report someone started, and names a bad reference", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pmt-draft-"));
    const file = join(dir, "2026-11-03-checkout-latency-spike.md");
    writeFileSync(file, "# mine\n");
    const again = await run([
      "new",
      "--from-issue",
      `https://github.com/${REPO}/issues/${incident.number}`,
      "--dir",
      dir,
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("exists already; nothing was written");
    expect(readFileSync(file, "utf8")).toBe("# mine\n");
    const bad = await run(["new", "--from-issue", "platform#1"]);
    expect([bad.code, bad.stderr]).toEqual([
      2,
      'postmortem-tracker new: --from-issue takes OWNER/REPO#NUMBER, not "platform#1"\n',
    ]);
    const missing = await run(["new", "--from-issue", `${REPO}#999`, "--dir", dir]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`cannot read ${REPO}#999`);
  });
});
