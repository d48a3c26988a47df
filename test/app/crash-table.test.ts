import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { createHarness, type Harness, mergedPullRequest, REPO, REPORT } from "../support/app-harness.ts";

// An instance can die after any write GitHub applied, before it hears the answer. Whichever write it
// was, one redelivery of the same merge ends in the same state as a run that never stopped.

const report = [
  "# Checkout outage",
  "",
  "## Action items",
  "",
  "- [ ] Add an alert @dana",
  "- [ ] Write a runbook",
  "- [x] Roll back the config",
  "- [ ] Validate pool sizes #999",
  "",
].join("\n");

type Request = { method: string; path: string; body: unknown };
const isWrite = (r: Request) =>
  r.method !== "GET" &&
  !r.path.startsWith("/app") &&
  !(r.path === "/graphql" && !/^\s*mutation/.test(String((r.body as { query?: string })?.query)));

/** What a person sees once the merge is done: the issues, the tracker, the sub-issues, the comments. */
function finalState(h: Harness) {
  const repo = h.fake.repo(REPO);
  const [tracker, ...items] = repo.issues;
  return {
    issues: repo.issues.map((i) => `${i.title} (${i.state})`),
    tracker: tracker?.body.replace(/<!--[\s\S]*?-->/g, "").replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, "T"),
    subIssues: tracker?.subIssues.length,
    items: items.length,
    prComments: repo.pullIssues.get(101)?.comments.length,
    labels: [...repo.labels.keys()].sort(),
  };
}

async function cleanRun() {
  const h = createHarness();
  await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report } });
  return { writes: h.fake.writes().length, state: finalState(h) };
}

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe("a sync whose instance died after a write", async () => {
  nock.disableNetConnect();
  const clean = await cleanRun();
  nock.cleanAll();

  it("has writes to die after", () => {
    // Labels, the tracker, two item issues, the referenced issue's comment and label, the sub-issues,
    // the PR comment, the tracker's list. The item done before the merge has no issue of its own.
    expect(clean.writes).toBe(11);
    expect(clean.state.items).toBe(2);
    expect(clean.state.subIssues).toBe(2);
    expect(clean.state.prComments).toBe(1);
  });

  it.each(Array.from({ length: clean.writes }, (_, k) => k + 1))(
    "converges after dying at write %i, with one redelivery",
    async (k) => {
      nock.disableNetConnect();
      const h = createHarness();
      let writes = 0;
      // Applied, then no answer that the job can go on from: as if the process died there.
      h.fake.fail({ when: (r) => isWrite(r) && ++writes === k, status: 400, applied: true });
      // Writes whose failure the sync goes on from (the referenced issue, the sub-issues) do not stop it.
      await h.merge({ pr: 101, sha: "s1", files: { [REPORT]: report } }).catch(() => {});
      await h.deliver("pull_request", mergedPullRequest(101, "s1"));
      expect(finalState(h)).toEqual(clean.state);
      expect(h.fake.problems).toEqual([]);
    },
  );
});
