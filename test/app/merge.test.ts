import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseMarker } from "../../src/tracking/marker.ts";
import { createHarness, type Harness, REPO, REPORT } from "../support/app-harness.ts";

const report = (items: string) => `---
title: Checkout outage
severity: SEV-2
date: 2026-11-03
---
# Checkout outage

## Corrective and Preventative Measures

${items}

## Lessons Learned

- Alerts work.
`;

const threeItems = [
  "- [ ] Add a CI check for pool sizes @dana due: 2026-12-15 P1 type: prevent",
  "- [ ] Alert on pool wait time @lee @acme/sre P1 type: detect",
  "- [x] Roll back the pool size @dana",
].join("\n");

let h: Harness;
beforeEach(() => {
  nock.disableNetConnect();
  h = createHarness();
});
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

const issues = () => h.fake.repo(REPO).issues;
const ofKind = (kind: string) => issues().filter((i) => parseMarker(i.body)?.kind === kind);

describe("a merged postmortem", () => {
  it("files one issue per open item and one tracker, linked both ways", async () => {
    await h.merge({ pr: 7, sha: "sha-1", files: { [REPORT]: report(threeItems) } });
    expect(h.fake.problems).toEqual([]);
    const actions = ofKind("action");
    const [tracker] = ofKind("tracker");
    expect(actions.map((i) => i.title)).toEqual(["Add a CI check for pool sizes", "Alert on pool wait time"]);
    expect(tracker?.title).toBe("Postmortem follow-up: Checkout outage");
    // Item -> report (permalink at the merge commit, with its line), pull request and tracker.
    expect(actions[0]?.body).toContain(`https://github.com/${REPO}/blob/sha-1/${REPORT}#L10`);
    expect(actions[0]?.body).toContain("merged in #7");
    expect(actions[0]?.body).toContain(`Tracked by #${tracker?.number}.`);
    // Tracker -> items, with the checked item recorded as done and a progress count.
    expect(tracker?.body).toContain(
      `- [ ] #${actions[0]?.number} Add a CI check for pool sizes (@dana · due 2026-12-15 · P1)`,
    );
    expect(tracker?.body).toContain("- [x] Roll back the pool size (@dana · done in the report)");
    expect(tracker?.body).toContain("**Progress: 1 of 3 resolved**");
    expect(tracker?.body).toContain("Severity: SEV-2 · Date: 2026-11-03");
    expect(tracker?.subIssues).toEqual(actions.map((a) => a.number));
    // Labels, assignees and the owners who cannot be assigned.
    expect(actions[0]?.labels).toEqual([
      "postmortem-action",
      "pm:2026-11-03-checkout",
      "priority: P1",
      "type: prevent",
    ]);
    expect(actions[0]?.assignees).toEqual(["dana"]);
    expect(actions[1]?.assignees).toEqual(["lee"]);
    expect(actions[1]?.body).toContain(
      "@acme/sre: named as owner in the report, but cannot be assigned here",
    );
    expect(h.fake.repo(REPO).labels.get("priority: P1")).toMatchObject({ color: "d93f0b" });
    // One comment on the pull request with what was done.
    const comments = h.fake.repo(REPO).pullIssues.get(7)?.comments ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain(`are tracked in #${tracker?.number} (3 items)`);
    expect(comments[0]?.body).toContain(
      `| #${actions[0]?.number} | Add a CI check for pool sizes | created |`,
    );
  });
});
