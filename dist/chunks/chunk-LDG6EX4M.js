import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  planTrackerRefresh
} from "./chunk-EL7PGEC2.js";
import {
  isReportLabel
} from "./chunk-MP7O54WV.js";
import {
  deadlineRules,
  ourTracker
} from "./chunk-WOCDELLY.js";
import {
  issueKey,
  stateOf
} from "./chunk-PW6O7USS.js";

// src/jobs/issue-state.ts
async function syncIssueState(repo, issue, serverUrl, deps) {
  const done = [];
  const seen = /* @__PURE__ */ new Set();
  for (const label of issue.labels.filter((l) => isReportLabel(l, deps.config))) {
    const issues = await deps.client.issuesWithLabel(repo, label);
    const live = /* @__PURE__ */ new Map([[issueKey(repo, issue.number), stateOf(issue)]]);
    for (const i of issues) live.set(issueKey(repo, i.number), stateOf(i));
    for (const listed of issues) {
      const tracker = ourTracker(listed, deps.botLogin);
      if (!tracker || seen.has(listed.number)) continue;
      if (!tracker.marker.items.some((e) => e.issue === issue.number && !e.repo)) continue;
      seen.add(listed.number);
      const ops = planTrackerRefresh({
        tracker: listed,
        marker: tracker.marker,
        live,
        serverUrl,
        deadlines: deadlineRules(deps.config)
      });
      await deps.gateway.apply(ops);
      done.push(...ops);
    }
  }
  return done;
}

export {
  syncIssueState
};
