import { describe, expect, it } from "vitest";
import type { ExistingIssue } from "../../src/tracking/model.ts";
import { wantsParent } from "../../src/tracking/sync/sub-issue.ts";

const issue = (parent?: string | null): ExistingIssue => ({
  repo: { owner: "acme", repo: "platform" },
  number: 5,
  nodeId: "I_5",
  title: "Add an alert",
  body: "",
  state: "open",
  stateReason: null,
  labels: [],
  assignees: [],
  author: "postmortem-tracker[bot]",
  ...(parent === undefined ? {} : { parent }),
});

describe("whether an issue of ours is still to be made a sub-issue of its tracker", () => {
  it.each([
    { parent: null, newToTracker: false, wanted: true, why: "not one yet: an earlier addition failed" },
    { parent: null, newToTracker: true, wanted: true, why: "a new item" },
    { parent: "acme/platform#1", newToTracker: false, wanted: false, why: "already one" },
    {
      parent: "acme/roadmap#7",
      newToTracker: true,
      wanted: false,
      why: "a person moved it under another issue",
    },
    { parent: undefined, newToTracker: true, wanted: true, why: "the API does not say: once, when new" },
    {
      parent: undefined,
      newToTracker: false,
      wanted: false,
      why: "the API does not say, and it was added before",
    },
  ])("$why", ({ parent, newToTracker, wanted }) => {
    expect(wantsParent(issue(parent), newToTracker)).toBe(wanted);
  });
});
