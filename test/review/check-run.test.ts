import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, example, type Harness, REPO, REPORT } from "../support/app-harness.ts";

// The author hears about a guessed or missing action-item section in the check run, and a draft's
// merge files nothing and says why on the pull request.
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

function opened(pr: number, sha: string, text: string) {
  const repo = h.fake.repo(REPO);
  repo.commits.set(sha, new Map([[REPORT, text]]));
  repo.pulls.set(pr, { mergeSha: "", files: [{ filename: REPORT, status: "added" }] });
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

const runOf = (sha: string) => h.fake.repo(REPO).checkRuns.find((r) => r.head_sha === sha);

describe("the check run's messages about the action items", () => {
  it("warns on the line of a guessed section and previews what will be filed", async () => {
    await opened(301, "g-1", "# Checkout outage\n\n**Next steps:**\n\n- [ ] Add a lag alert @dana P1\n");
    const run = runOf("g-1");
    expect(run?.output.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ start_line: 3, annotation_level: "warning", title: "corrective-guess" }),
      ]),
    );
    expect(run?.output.summary).toContain("| Add a lag alert | new issue |");
  });

  it("fails when the report yields no action item, and passes that rule with action-items: none", async () => {
    await opened(302, "n-1", "# Checkout outage\n\n## Ideas\n\nWe talked.\n");
    expect(runOf("n-1")?.conclusion).toBe("failure");
    expect(runOf("n-1")?.output.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ start_line: 1, annotation_level: "failure", title: "corrective-tasks" }),
      ]),
    );
    await opened(303, "n-2", "---\naction-items: none\n---\n# Checkout outage\n\n## Ideas\n\nWe talked.\n");
    const titles = (runOf("n-2")?.output.annotations ?? []).map((a) => a.title);
    expect(titles).not.toContain("corrective-tasks");
  });

  it("says a draft files nothing, in the preview and on the merged pull request", async () => {
    const draft =
      "---\nstatus: draft\n---\n# Checkout outage\n\n## Action items\n\n- [ ] Add a lag alert @dana P1\n";
    await opened(304, "d-1", draft);
    expect(runOf("d-1")?.output.summary).toContain("On merge, nothing will be filed");
    expect(runOf("d-1")?.output.summary).toContain("status: draft");
    await h.merge({ pr: 305, sha: "d-2", files: { [REPORT]: draft } });
    expect(h.fake.repo(REPO).issues).toEqual([]);
    const comments = h.fake.repo(REPO).pullIssues.get(305)?.comments ?? [];
    expect(comments.map((c) => c.body).join("\n")).toContain(
      "is marked `status: draft` in its front matter, so nothing was filed",
    );
  });
});
