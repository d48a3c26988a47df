import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, example, type Harness, REPO, REPORT } from "../support/app-harness.ts";

let h: Harness;
beforeEach(() => {
  nock.disableNetConnect();
  h = createHarness();
});
afterEach(() => {
  expect(h.fake.problems).toEqual([]);
  nock.cleanAll();
  nock.enableNetConnect();
});

function opened(pr: number, sha: string, files: Record<string, string>) {
  const repo = h.fake.repo(REPO);
  repo.commits.set(sha, new Map(Object.entries(files)));
  repo.pulls.set(pr, {
    mergeSha: "",
    files: Object.keys(files).map((filename) => ({ filename, status: "added" })),
  });
  const payload = example("pull_request", "opened");
  payload.number = pr;
  payload.pull_request.number = pr;
  payload.pull_request.head.sha = sha;
  Object.assign(payload.repository, {
    name: "platform",
    full_name: REPO,
    default_branch: "main",
    html_url: `https://github.com/${REPO}`,
  });
  payload.repository.owner.login = "acme";
  payload.installation = { id: 1 };
  return h.deliver("pull_request", payload);
}

const report = (items: string[]) =>
  `# Checkout outage\n\n## Corrective and Preventative Measures\n\n${items.join("\n")}\n`;

describe("the Postmortem review check run", () => {
  it("previews each new item's due date, and where a policy set it", async () => {
    await opened(202, "head-2", {
      [REPORT]: `---\nseverity: SEV-1\n---\n${report(["- [ ] Investigate the cache P3", "- [ ] Add a lag alert @dana due: 2026-12-01"])}`,
    });
    const [run] = h.fake.repo(REPO).checkRuns;
    expect(run?.output.summary).toContain(
      "| Investigate the cache | new issue | 2026-11-19, from the SEV-1 policy |",
    );
    expect(run?.output.summary).toContain("| Add a lag alert | new issue | 2026-12-01 |");
  });

  it("annotates the report's lines and previews the issues the merge will file", async () => {
    await opened(201, "head-1", {
      [REPORT]: report([
        "- [ ] Investigate the cache",
        "- [ ] Add a lag alert @dana due: 2026-12-01",
        "",
        "It was human error.",
      ]),
    });
    const [run] = h.fake.repo(REPO).checkRuns;
    expect(run).toMatchObject({ name: "Postmortem review", head_sha: "head-1", conclusion: "neutral" });
    expect(run?.output.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: REPORT,
          start_line: 5,
          annotation_level: "warning",
          title: "item-vague",
        }),
        expect.objectContaining({
          path: REPORT,
          start_line: 1,
          annotation_level: "warning",
          title: "sections",
        }),
        expect.objectContaining({
          path: REPORT,
          start_line: 8,
          annotation_level: "warning",
          title: "blameless",
        }),
      ]),
    );
    expect(run?.output.summary).toContain("| Investigate the cache | new issue |");
    expect(run?.output.summary).toContain("| Add a lag alert | new issue |");
    // Nothing is filed before the merge.
    expect(h.fake.repo(REPO).issues).toEqual([]);
  });

  it("fails on errors, and sends more than 50 annotations 50 at a time", async () => {
    const many = Array.from(
      { length: 40 },
      (_, i) => `- [ ] Investigate problem ${String.fromCharCode(97 + (i % 26))}${i}x`,
    );
    await opened(202, "head-2", {
      [REPORT]: report(many).replace("## Corrective", "It was all human error.\n\n## Corrective"),
    });
    h.setConfig("review:\n  rules:\n    item-owner: error\n");
    await opened(203, "head-3", { [REPORT]: report(many) });
    const runs = h.fake.repo(REPO).checkRuns;
    const third = runs.find((r) => r.head_sha === "head-3");
    expect(third?.conclusion).toBe("failure");
    expect(third?.output.annotations.length).toBeGreaterThan(50);
    const sends = h.fake.requests.filter((r) => r.path.includes("/check-runs") && r.method !== "GET");
    for (const send of sends)
      expect(
        ((send.body as { output: { annotations: unknown[] } }).output.annotations ?? []).length,
      ).toBeLessThanOrEqual(50);
  });

  it("publishes one check run per commit, however often the event arrives", async () => {
    await opened(204, "head-4", { [REPORT]: report(["- [ ] Add an alert @dana P1"]) });
    await opened(204, "head-4", { [REPORT]: report(["- [ ] Add an alert @dana P1"]) });
    expect(h.fake.repo(REPO).checkRuns.filter((r) => r.head_sha === "head-4")).toHaveLength(1);
  });

  it("stays out of pull requests that change no report", async () => {
    await opened(205, "head-5", { "src/index.ts": "x" });
    expect(h.fake.repo(REPO).checkRuns).toEqual([]);
  });
});
