import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { defaultConfig } from "../../src/config/load.ts";
import { parseReport } from "../../src/report/index.ts";
import { itemLabels } from "../../src/tracking/labels.ts";
import { BOT, REPO, runAction } from "../action/helpers.ts";
import { FakeGitHub } from "../support/fake-github.ts";
import { serveGitHub } from "../support/http-github.ts";

// What the sync says in its log, which labels it makes, and what a referenced issue is told; run
// through the Action (its log is the step's output), which shares the sync with the App.

let fake: FakeGitHub;
let server: { url: string; close: () => Promise<void> };
beforeEach(async () => {
  fake = new FakeGitHub();
  fake.tokenLogin = BOT;
  for (const login of ["dana", "lee"]) fake.repo(REPO).collaborators.add(login);
  server = await serveGitHub(fake);
});
afterEach(async () => {
  await server.close();
  expect(fake.problems).toEqual([]);
  vi.restoreAllMocks();
});

function push(sha: string, files: Record<string, string>) {
  fake.repo(REPO).commits.set(sha, new Map(Object.entries(files)));
  return {
    ref: "refs/heads/main",
    after: sha,
    deleted: false,
    repository: { default_branch: "main", full_name: REPO },
    commits: [{ id: sha, added: Object.keys(files), removed: [], modified: [] }],
    sender: { login: "dana" },
  };
}

const REPORT = "postmortems/2026-11-03-checkout.md";
const info = (stdout: string) => stdout.split("\n").filter((l) => l !== "" && !l.startsWith("::"));

describe("the sync's log", () => {
  it("says at info level why a changed Markdown file outside the configured paths is not synced", async () => {
    const run = await runAction(
      server.url,
      "push",
      push("m1", {
        "docs/incidents/2026-11-03-checkout.md": "# Checkout\n\n## Action items\n\n- [ ] Add an alert\n",
        "postmortems/README.md": "# Postmortems\n",
        "src/pool.ts": "export {};\n",
      }),
    );
    expect(run.code).toBe(0);
    expect(info(run.stdout)).toEqual(
      expect.arrayContaining([
        "docs/incidents/2026-11-03-checkout.md: not synced, it matches none of paths (postmortems/**/*.md, docs/postmortems/**/*.md)",
        "postmortems/README.md: not synced, it matches exclude (**/README.md)",
      ]),
    );
    expect(run.stdout).not.toContain("src/pool.ts");
    expect(fake.repo(REPO).issues).toEqual([]);
  });

  it("does not call a report without action items 'already in sync'", async () => {
    const run = await runAction(
      server.url,
      "push",
      push("m1", { [REPORT]: "# Checkout\n\nWe will be careful.\n" }),
    );
    expect(run.code).toBe(0);
    expect(info(run.stdout)).toContain(`${REPORT}: has no action items; nothing to file`);
    expect(run.stdout).not.toContain("already in sync");
  });

  it("says a missing config file means the defaults, and logs no error for its 404", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => {});
    const run = await runAction(
      server.url,
      "push",
      push("m1", { [REPORT]: "# C\n\n## Action items\n\n- [ ] Add an alert\n" }),
    );
    expect(run.code).toBe(0);
    expect(info(run.stdout)).toContain(
      ".github/postmortem-tracker.yml: not in the repository; using the defaults",
    );
    expect(run.stdout).not.toMatch(/^::error::/m);
    expect([...errors.mock.calls, ...warnings.mock.calls]).toEqual([]);
  });
});

describe("labels", () => {
  it("the first merge creates only labels that its issues carry", async () => {
    fake.addIssue(REPO, { title: "Load-test checkout" });
    const example = readFileSync("examples/postmortem.md", "utf8").replace("#4420", "#1");
    await runAction(server.url, "push", push("m1", { [REPORT]: example }));
    const repo = fake.repo(REPO);
    const carried = new Set(repo.issues.flatMap((i) => i.labels));
    expect([...repo.labels.keys()].filter((name) => !carried.has(name))).toEqual([]);
  });

  it("describe what the item is for, in words that read as a sentence", () => {
    const report = parseReport(
      "# T\n\n## Action items\n\n- [ ] A P1 type: process\n- [ ] B type: investigate\n- [ ] C type: prevent\n",
      { path: REPORT },
    );
    const descriptions = report.items.flatMap((item) =>
      itemLabels(item, REPORT, defaultConfig).map((l) => `${l.name}: ${l.description}`),
    );
    expect(descriptions).toEqual(
      expect.arrayContaining([
        "priority: P1: Postmortem action item of priority P1 (P0 is the most urgent)",
        "type: process: Postmortem action item that changes how the team works",
        "type: investigate: Postmortem action item that finds out more about the cause",
        "type: prevent: Postmortem action item that keeps the incident from happening again",
      ]),
    );
    for (const d of descriptions) expect(d.split(": ").at(-1)?.length).toBeLessThanOrEqual(100);
  });
});

describe("an existing issue that a report names", () => {
  it("is told its due date, priority, owners and the report's line, as an item issue would be", async () => {
    const existing = fake.addIssue(REPO, { title: "Load-test checkout" });
    const text = `# Checkout\n\n## Action items\n\n- [ ] Load-test checkout #${existing.number} @lee due: 2026-12-15 P1 type: detect\n`;
    await runAction(server.url, "push", push("m1", { [REPORT]: text }));
    const body = existing.comments[0]?.body ?? "";
    expect(body).toContain(`(https://github.com/${REPO}/blob/m1/${REPORT}#L5) (line 5)`);
    expect(body).toContain("lists this issue as an action item, tracked by #");
    for (const row of ["| Owners | @lee |", "| Due | 2026-12-15 |", "| Priority | P1 |", "| Type | detect |"])
      expect(body).toContain(row);
  });
});
