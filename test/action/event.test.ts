import { expect, it } from "vitest";
import { jobFor } from "../../src/action/event.ts";

it.each([
  ["schedule", false, "sweep"],
  ["workflow_dispatch", false, "sweep"],
  ["schedule", true, "report"],
  ["workflow_dispatch", true, "report"],
])("%s with report: %s runs the %s", (event, report, job) => {
  expect(jobFor(event, {}, "github-actions[bot]", report)).toBe(job);
});

it("syncs a push to the default branch whether or not the report is on", () => {
  const push = { ref: "refs/heads/main", repository: { default_branch: "main" } };
  expect(jobFor("push", push, "github-actions[bot]", true)).toBe("sync");
});
