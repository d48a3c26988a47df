import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { linkBranch } from "../../src/jobs/link-back.ts";
import { parseMarker } from "../../src/tracking/marker.ts";
import { createHarness, type Harness, REPO, REPORT } from "../support/app-harness.ts";

const report = (items: string[]) => `# Checkout outage\n\n## Action items\n\n${items.join("\n")}\n`;

let h: Harness;
beforeEach(() => {
  nock.disableNetConnect();
  h = createHarness();
  h.setConfig("link-back: pull-request\n");
});
afterEach(() => {
  expect(h.fake.problems).toEqual([]);
  nock.cleanAll();
  nock.enableNetConnect();
});

const repo = () => h.fake.repo(REPO);
const kind = (k: string) => repo().issues.filter((i) => parseMarker(i.body)?.kind === k);
const linked = () => repo().commits.get(linkBranch(REPORT))?.get(REPORT) ?? "";
const url = (n: number | undefined) => `https://github.com/${REPO}/issues/${n}`;

describe("links back into the report (link-back: pull-request)", () => {
  it("opens one pull request that writes each item's issue link into the report", async () => {
    const table = "| Action | Owner |\n| --- | --- |\n| Write a runbook | @dana |";
    await h.merge({
      pr: 101,
      sha: "s1",
      files: {
        [REPORT]: `${report(["- [ ] Add an alert @lee", "- [x] Roll back"])}\n## Tasks\n\n${table}\n`,
      },
    });
    const [alert, runbook] = kind("action");
    expect(repo().branchPulls).toMatchObject([
      {
        head: linkBranch(REPORT),
        base: "main",
        state: "open",
        title: 'Link the action items of "Checkout outage" to their issues',
      },
    ]);
    expect(linked()).toContain(
      `- [ ] Add an alert @lee ([#${alert?.number}](${url(alert?.number)}))\n- [x] Roll back\n`,
    );
    expect(linked()).toContain(`| Write a runbook | @dana [#${runbook?.number}](${url(runbook?.number)}) |`);
  });

  it("updates the same pull request on a later merge, and keeps every item's issue once it is merged", async () => {
    await h.merge({
      pr: 101,
      sha: "s1",
      files: { [REPORT]: report(["- [ ] Add an alert", "- [ ] Write a runbook"]) },
    });
    await h.merge({
      pr: 102,
      sha: "s2",
      files: {
        [REPORT]: report(["- [ ] Add an alert", "- [ ] Write a runbook", "- [ ] Load-test checkout"]),
      },
    });
    expect(repo().branchPulls).toHaveLength(1);
    const numbers = kind("action").map((i) => i.number);
    expect(numbers).toHaveLength(3);
    for (const n of numbers) expect(linked()).toContain(`[#${n}](${url(n)})`);
    // The link-back pull request is merged, then an item is reworded: the link keeps its issue.
    await h.merge({ pr: repo().branchPulls[0]?.number ?? 0, sha: "s3", files: { [REPORT]: linked() } });
    const reworded = linked().replace("Write a runbook", "Write and rehearse a completely new runbook");
    await h.merge({ pr: 104, sha: "s4", files: { [REPORT]: reworded } });
    expect(kind("action").map((i) => i.number)).toEqual(numbers);
    expect(kind("action").every((i) => i.state === "open" && i.comments.length === 0)).toBe(true);
    expect(kind("action")[1]?.title).toBe("Write and rehearse a completely new runbook");
    // Every item links its issue: nothing more is opened.
    expect(repo().branchPulls).toHaveLength(1);
  });

  it("stays off by default", async () => {
    h.setConfig("");
    await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report(["- [ ] Add an alert"]) } });
    expect(repo().branchPulls).toEqual([]);
    expect(h.fake.requests.some((r) => r.path.includes("/git/refs"))).toBe(false);
  });
});
