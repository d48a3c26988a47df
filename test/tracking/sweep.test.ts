import { DateTime } from "luxon";
import nock from "nock";
import { afterEach, beforeEach, expect, it } from "vitest";
import { actionOctokit } from "../../src/action/octokit.ts";
import { defaultConfig } from "../../src/config/load.ts";
import { GitHubClient } from "../../src/github/client.ts";
import { Gateway } from "../../src/github/gateway.ts";
import { sweep } from "../../src/jobs/sweep.ts";
import { parseMarker, renderMarker, type TrackerMarker } from "../../src/tracking/marker.ts";
import { sweepSettings } from "../../src/tracking/reminders.ts";
import { BOT, REPO, seedTracker } from "../action/helpers.ts";
import { FakeGitHub } from "../support/fake-github.ts";
import { interceptGitHub } from "../support/nock-github.ts";

let fake: FakeGitHub;
beforeEach(() => {
  nock.disableNetConnect();
  fake = new FakeGitHub();
  fake.tokenLogin = BOT;
  interceptGitHub(fake);
});
afterEach(() => {
  expect(fake.problems).toEqual([]);
  nock.cleanAll();
  nock.enableNetConnect();
});

/** The repository's sweep as of `now`, run in process against the fake, with the default config. */
function sweepAt(now: string) {
  const log = { info: () => {}, warn: () => {} };
  const client = new GitHubClient({ octokit: actionOctokit("t", {}, { throttle: false }) });
  const deps = {
    client,
    gateway: new Gateway({ client, log }),
    config: defaultConfig,
    botLogin: BOT,
    log,
    now: () => new Date(),
  };
  const input = {
    repo: { owner: "acme", repo: "platform" },
    settings: sweepSettings(defaultConfig),
    now: DateTime.fromISO(now),
    serverUrl: "https://github.com",
  };
  return sweep(input, deps);
}

it("does not undo a sync that rewrote the tracker while the sweep was reading", async () => {
  const { tracker } = seedTracker(fake, {
    title: "DB outage",
    merged: "2026-10-01T10:00:00Z",
    items: [{ title: "Add alert", state: "open" }],
  });
  const added = fake.addIssue(REPO, { title: "Load-test", labels: ["postmortem-action"], user: BOT });
  // Between the sweep's listing and its writes, a merge adds an item to the tracker.
  fake.fail({
    when: (r) => {
      if (r.path === "/graphql") {
        const marker = parseMarker(tracker.body) as TrackerMarker;
        const grown = {
          ...marker,
          sha: "s2",
          items: [...marker.items, { key: "Load-test", title: "Load-test", issue: added.number }],
        };
        tracker.body = `Tracker\n\n${renderMarker(grown)}`;
      }
      return false;
    },
    status: 500,
    times: 100,
  });
  const result = await sweepAt("2026-11-20T09:00:00Z");
  expect(result.remindersPosted).toBe(1);
  const after = parseMarker(tracker.body) as TrackerMarker;
  expect(after.sha).toBe("s2");
  expect(after.items.map((e) => e.title)).toEqual(["Add alert", "Load-test"]);
  expect(after.followUp).toBe("2026-11-20T09:00:00.000Z");
});

it("names a tracker whose marker a person removed, instead of skipping it silently", async () => {
  const { tracker } = seedTracker(fake, {
    title: "DB outage",
    merged: "2026-10-01T10:00:00Z",
    items: [{ title: "Add alert", state: "open" }],
  });
  tracker.body = "Tracked elsewhere now.";
  const result = await sweepAt("2026-11-20T09:00:00Z");
  expect(result.errors).toEqual([
    { tracker: tracker.number, message: expect.stringContaining("its hidden marker is gone") },
  ]);
  expect(fake.writes()).toEqual([]);
});
