import nock from "nock";
import { describe, expect, it, vi } from "vitest";
import { rateLimitPolicy } from "../../src/app/octokit.ts";

// What the App does when GitHub limits it: decided by a policy Octokit's throttling asks, tested here
// as such (the waits themselves are the plugin's).

describe("the App's rate-limit policy", () => {
  const warnings: string[] = [];
  const policy = rateLimitPolicy({ warn: (m) => warnings.push(m) }, () => new Date("2026-11-04T10:00:00Z"));
  const request = { method: "POST", url: "/repos/acme/platform/issues" };

  it("waits out a secondary limit twice, as GitHub asks, then gives up and says so", () => {
    expect([0, 1, 2].map((n) => policy.onSecondaryRateLimit(60, request, null, n))).toEqual([
      true,
      true,
      false,
    ]);
    expect(warnings.at(-1)).toContain(
      "secondary rate limit refused POST /repos/acme/platform/issues three times",
    );
  });

  it("waits for a primary limit that resets within a minute, and never holds on for longer", () => {
    expect(policy.onRateLimit(30, request, null, 0)).toBe(true);
    expect(policy.onRateLimit(30, request, null, 1)).toBe(false);
    expect(policy.onRateLimit(3000, request, null, 0)).toBe(false);
    expect(warnings.at(-1)).toContain("requests are accepted again at 2026-11-04T10:50:00.000Z");
  });
});

describe("the Octokit the App exports for serverless functions", () => {
  const quiet = { warn() {}, info() {}, debug() {}, error() {} };

  it("does not wait an hour for a primary limit: the delivery fails at once, saying until when", async () => {
    const { AppOctokit } = await import("../../src/app/app.ts");
    nock.disableNetConnect();
    const reset = Math.floor(Date.now() / 1000) + 3600;
    nock("https://api.github.com")
      .get("/repos/acme/platform")
      .reply(
        403,
        { message: "API rate limit exceeded" },
        { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) },
      );
    const warnings: string[] = [];
    const octokit = new AppOctokit({ auth: "t", log: { ...quiet, warn: (m: string) => warnings.push(m) } });
    try {
      await expect(
        octokit.request("GET /repos/{owner}/{repo}", { owner: "acme", repo: "platform" }),
      ).rejects.toMatchObject({ status: 403 });
      expect(warnings.join("\n")).toContain("requests are accepted again at");
    } finally {
      nock.cleanAll();
      nock.enableNetConnect();
    }
  });

  it("waits out a secondary rate limit and retries, instead of failing the delivery", async () => {
    const { AppOctokit } = await import("../../src/app/app.ts");
    nock.disableNetConnect();
    const scope = nock("https://api.github.com")
      .get("/repos/acme/platform")
      .reply(403, { message: "You have exceeded a secondary rate limit." }, { "retry-after": "30" })
      .get("/repos/acme/platform")
      .reply(200, { full_name: "acme/platform" });
    // Probot hands every Octokit it makes throttle options that give up on a secondary limit.
    const fromProbot = { enabled: true, onSecondaryRateLimit: () => false, onRateLimit: () => true };
    const octokit = new AppOctokit({ auth: "t", log: quiet, throttle: fromProbot });
    // The wait is the throttling plugin's: the clock is moved on, not waited for.
    vi.useFakeTimers({ toFake: ["setTimeout", "Date"] });
    try {
      const answer = octokit.request("GET /repos/{owner}/{repo}", { owner: "acme", repo: "platform" });
      await vi.advanceTimersByTimeAsync(31_000);
      expect((await answer).data).toMatchObject({ full_name: "acme/platform" });
      expect(scope.isDone()).toBe(true);
    } finally {
      vi.useRealTimers();
      nock.cleanAll();
      nock.enableNetConnect();
    }
  });
});
