import nock from "nock";
import { Probot } from "probot";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { postmortemTracker } from "../../src/app/app.ts";
import {
  createHarness,
  type Harness,
  mergedPullRequest,
  REPO,
  REPORT,
  TestOctokit,
} from "../support/app-harness.ts";
import { interceptGitHub } from "../support/nock-github.ts";

// A failure to sign in as the App is said as such: never as a configuration file that cannot be read.

let h: Harness;
beforeEach(() => {
  nock.disableNetConnect();
  h = createHarness();
  const repo = h.fake.repo(REPO);
  repo.commits.set("s1", new Map([[REPORT, "# T\n\n## Action items\n\n- [ ] Add an alert\n"]]));
  repo.pulls.set(101, { mergeSha: "s1", files: [{ filename: REPORT, status: "added" }] });
});
afterEach(() => {
  expect(h.fake.problems).toEqual([]);
  nock.cleanAll();
  nock.enableNetConnect();
});

async function failure(probot: Probot): Promise<string> {
  const delivered = await probot
    .receive({ id: "d-1", name: "pull_request", payload: mergedPullRequest(101, "s1") } as never)
    .then(() => null)
    .catch((error: Error & { errors?: Error[] }) => error);
  expect(delivered).not.toBeNull();
  return (delivered?.errors ?? [delivered]).map((e) => e?.message).join("\n");
}

describe("signing in as the App", () => {
  it("names the private key, not the config, when the key cannot sign", async () => {
    nock.cleanAll();
    interceptGitHub(h.fake);
    // Probot's .env line as docker --env-file passes it on, handed to Probot as is: quotes and all.
    const quoted = '"-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEA\\n-----END RSA PRIVATE KEY-----\\n"';
    const probot = new Probot({ appId: 1, privateKey: quoted, Octokit: TestOctokit, logLevel: "fatal" });
    probot.load((app) => postmortemTracker(app));
    const message = await failure(probot);
    expect(message).toMatch(/^could not sign in to GitHub as the App: .*\(check APP_ID and the private key/);
    expect(message).not.toContain("postmortem-tracker.yml");
    expect(h.fake.writes()).toEqual([]);
  });

  it("says GitHub refused the installation token, and comments nothing", async () => {
    h.fake.fail({ when: (r) => r.path.endsWith("/access_tokens"), status: 401, times: 5 });
    const message = await failure(h.probot);
    expect(message).toMatch(/^could not sign in to GitHub as the App: /);
    expect(message).not.toContain("postmortem-tracker.yml");
    expect(h.fake.repo(REPO).issues).toEqual([]);
  });

  it("still calls a file that is not YAML a bad config, on the pull request, with its line", async () => {
    h.setConfig("dry-run: false\npaths: [unclosed\n");
    await h.merge({
      pr: 101,
      sha: "s1",
      files: { [REPORT]: "# T\n\n## Action items\n\n- [ ] Add an alert\n" },
    });
    const comments = h.fake.repo(REPO).pullIssues.get(101)?.comments ?? [];
    const said = comments.map((c) => c.body).join("\n");
    expect(said).toMatch(/\.github\/postmortem-tracker\.yml:[23] is not valid YAML: /);
    expect(said).not.toContain("api.github.com");
  });
});
