import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseMarker, renderMarker, type TrackerMarker } from "../../src/tracking/marker.ts";
import { createHarness, type Harness, REPO, REPORT } from "../support/app-harness.ts";

const report = (items: string[]) => `---
title: Payments outage
severity: SEV-1
owners: [ "@dana", "@acme/sre" ]
---
# Payments outage

## Corrective and Preventative Measures

${items.join("\n")}
`;

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

const ofKind = (kind: string) => h.fake.repo(REPO).issues.filter((i) => parseMarker(i.body)?.kind === kind);

describe("deadlines and owners from the report", () => {
  it("writes the policy's due date and its source on the item and in the tracker; the report's owners are the tracker's", async () => {
    await h.merge({
      pr: 7,
      sha: "s1",
      files: { [REPORT]: report(["- [ ] Add a CI check @lee P3", "- [ ] Rotate keys @lee due: 2026-12-01"]) },
    });
    const [policy, explicit] = ofKind("action");
    const [tracker] = ofKind("tracker");
    // Merged on 4 November: a SEV-1 report's items are due in 15 days, tighter than P3's 90.
    expect(policy?.body).toContain("| Due | 2026-11-19, from the SEV-1 policy |");
    expect(explicit?.body).toContain("| Due | 2026-12-01 |");
    expect(tracker?.body).toContain(
      `- [ ] #${policy?.number} Add a CI check (@lee · due 2026-11-19, from the SEV-1 policy · P3)`,
    );
    expect(tracker?.body).toContain(`- [ ] #${explicit?.number} Rotate keys (@lee · due 2026-12-01)`);
    // People are assigned; a team cannot be, and stays in the marker for mentions.
    expect(tracker?.assignees).toEqual(["dana"]);
    expect((parseMarker(tracker?.body) as TrackerMarker).owners).toEqual(["@dana", "@acme/sre"]);
  });

  it("keeps what the sweep has sent when a later merge rewrites the tracker", async () => {
    await h.merge({ pr: 7, sha: "s1", files: { [REPORT]: report(["- [ ] Add a CI check @lee"]) } });
    const [tracker] = ofKind("tracker");
    if (!tracker) throw new Error("no tracker");
    const marker = parseMarker(tracker.body) as TrackerMarker;
    const sweep = {
      reminded: {
        [marker.items[0]?.key ?? ""]: {
          kind: "before" as const,
          at: "2026-11-17T09:00:00.000Z",
          due: "2026-11-19",
        },
      },
    };
    tracker.body = tracker.body.replace(renderMarker(marker), renderMarker({ ...marker, sweep }));
    await h.merge({
      pr: 8,
      sha: "s2",
      files: { [REPORT]: report(["- [ ] Add a CI check @lee", "- [ ] Write a runbook"]) },
    });
    const after = parseMarker(ofKind("tracker")[0]?.body) as TrackerMarker;
    expect(after.sha).toBe("s2");
    expect(after.items).toHaveLength(2);
    expect(after.sweep).toEqual(sweep);
  });
});
