import { renderMarker, type TrackerEntry } from "../../src/tracking/marker.ts";
import { issueKey, parseRepoName } from "../../src/tracking/model.ts";
import { type LiveStates, planTrackerRefresh } from "../../src/tracking/refresh.ts";
import type { FakeGitHub } from "./fake-github.ts";

/** A tracker as the sync leaves it, with its items, written by `bot` in `repo`. */
export function seedRepoTracker(
  fake: FakeGitHub,
  options: {
    repo: string;
    bot: string;
    title: string;
    merged: string;
    state?: "open" | "closed";
    followUp?: string;
    items: {
      title: string;
      state: "open" | "closed";
      due?: string;
      owners?: string[];
      reason?: string;
      closedAt?: string;
    }[];
  },
) {
  const repoId = parseRepoName(options.repo);
  const label = `pm:${options.title.toLowerCase().replace(/\W+/g, "-")}`;
  const actions = options.items.map((item) => {
    const issue = fake.addIssue(options.repo, {
      title: item.title,
      body: renderMarker({ v: 1, kind: "action", report: `postmortems/${label}.md`, key: item.title }),
      labels: ["postmortem-action", label],
      state: item.state,
      state_reason: item.state === "closed" ? (item.reason ?? "completed") : null,
      user: options.bot,
    });
    if (item.closedAt) issue.closed_at = item.closedAt;
    return issue;
  });
  const entries: TrackerEntry[] = options.items.map((item, i) => ({
    key: item.title,
    title: item.title,
    issue: actions[i]?.number ?? null,
    ...(item.due ? { due: item.due } : {}),
    ...(item.owners ? { owners: item.owners } : {}),
  }));
  const marker = {
    v: 1 as const,
    kind: "tracker" as const,
    report: `postmortems/${label}.md`,
    source: options.repo,
    title: options.title,
    pr: null,
    sha: "abc1234",
    merged: options.merged,
    ...(options.followUp ? { followUp: options.followUp } : {}),
    items: entries,
  };
  const tracker = fake.addIssue(options.repo, {
    title: `Postmortem follow-up: ${options.title}`,
    body: `Tracker\n\n${renderMarker(marker)}`,
    labels: ["postmortem-tracker", label],
    state: options.state ?? "open",
    state_reason: options.state === "closed" ? "completed" : null,
    user: options.bot,
  });
  // The body as the sync renders it, so that a sweep with nothing due writes nothing.
  const live: LiveStates = new Map();
  for (const a of actions) {
    live.set(
      issueKey(repoId, a.number),
      a.state === "open" ? "open" : a.state_reason === "not_planned" ? "not_planned" : "completed",
    );
  }
  const [update] = planTrackerRefresh({
    tracker: {
      repo: repoId,
      number: tracker.number,
      nodeId: tracker.node_id,
      title: tracker.title,
      body: tracker.body,
      state: "open",
      stateReason: null,
      labels: tracker.labels,
      assignees: [],
      author: options.bot,
    },
    marker,
    live,
    serverUrl: "https://github.com",
  }).filter((op) => op.op === "updateIssue");
  if (update && "body" in update && update.body) tracker.body = update.body;
  fake.repo(options.repo).labels.set("postmortem-tracker", {
    name: "postmortem-tracker",
    color: "5319e7",
    description: "Follows the action items of a postmortem",
  });
  return { tracker, actions };
}
