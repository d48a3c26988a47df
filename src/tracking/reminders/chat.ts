import { type RepoId, repoName } from "../model.ts";
import type { TrackerSummary } from "./summary.ts";

/**
 * The chat digest: one plain message with links, which Slack's and Teams' incoming webhooks both
 * show from `{ "text": ... }` (bare links, which both make clickable). Null when nothing is overdue or due soon.
 */
const MAX_LINES = 40;

export function chatDigest(trackers: TrackerSummary[], repo: RepoId, serverUrl: string): string | null {
  const lines: string[] = [];
  let count = 0;
  for (const t of trackers) {
    for (const a of t.attention) {
      count += 1;
      if (lines.length >= MAX_LINES) continue;
      const url = `${serverUrl}/${repoName(repo)}/issues/${a.issue ?? t.number}`;
      const when = a.overdue > 0 ? `${a.overdue} day${a.overdue === 1 ? "" : "s"} overdue` : "due soon";
      const owners = a.owners.length > 0 ? a.owners.join(", ") : "no owner";
      lines.push(`• ${t.title}: ${a.title} (${owners}), due ${a.due}, ${when}: ${url}`);
    }
  }
  if (count === 0) return null;
  const more = count > lines.length ? [`…and ${count - lines.length} more`] : [];
  const head = `Postmortem follow-up in ${repoName(repo)}: ${count} action item${count === 1 ? "" : "s"} overdue or due soon`;
  return [head, ...lines, ...more].join("\n");
}
