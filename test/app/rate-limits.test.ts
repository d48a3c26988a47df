import { describe, expect, it } from "vitest";
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
