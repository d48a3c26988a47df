import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeGitHub } from "../support/fake-github.ts";
import { serveGitHub } from "../support/http-github.ts";
import { BOT, REPO, runAction } from "./helpers.ts";

let fake: FakeGitHub;
let server: { url: string; close: () => Promise<void> };
beforeEach(async () => {
  fake = new FakeGitHub();
  fake.tokenLogin = BOT;
  fake.repo(REPO);
  server = await serveGitHub(fake);
});
afterEach(async () => {
  await server.close();
  expect(fake.problems).toEqual([]);
});

const REPORT = "postmortems/2026-11-10-dns.md";
const event = {
  action: "opened",
  pull_request: { number: 301, head: { sha: "h1" } },
  repository: { full_name: REPO },
};

describe("the review in Actions-only mode", () => {
  it("annotates the report with workflow commands and writes the summary", async () => {
    const repo = fake.repo(REPO);
    repo.commits.set(
      "h1",
      new Map([
        [
          REPORT,
          "# DNS outage\n\n## Action items\n\n- [ ] Look into DNS\n\nThe on-call engineer should have known.\n",
        ],
      ]),
    );
    repo.pulls.set(301, { mergeSha: "", files: [{ filename: REPORT, status: "added" }] });
    const run = await runAction(server.url, "pull_request", event);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `::warning title=postmortem item-vague,file=${REPORT},line=5::"Look into DNS" is not actionable as written`,
    );
    expect(run.stdout).toContain(
      `::warning title=postmortem blameless,file=${REPORT},line=7::"should have" puts the fault on people`,
    );
    expect(run.summary).toContain("## Postmortem review");
    expect(run.summary).toContain("| Look into DNS | new issue |");
    expect(fake.writes()).toEqual([]);
  });

  it("fails the step when the review finds errors", async () => {
    const repo = fake.repo(REPO);
    repo.commits.set(
      "h1",
      new Map([
        [
          REPORT,
          "# DNS outage\n\n## Action items\n\nWe will do better. We will try. We will see. We will.\n",
        ],
      ]),
    );
    repo.pulls.set(301, { mergeSha: "", files: [{ filename: REPORT, status: "added" }] });
    const run = await runAction(server.url, "pull_request", event);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error title=postmortem corrective-tasks,file=${REPORT},line=3::`);
    expect(run.stdout).toContain(
      '::error::the postmortem review found problems at the "error" level or worse',
    );
  });
});
