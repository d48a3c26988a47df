import { DateTime } from "luxon";
import type { Reference, TimelineEvent } from "./types.ts";

/** The Timeline's entries from the events: one line each, in order, in the report's zone. */

const EXCERPT = 100;

/** A comment's first line of prose, on one line, cut at about 100 characters. */
export function excerpt(body: string): string {
  const prose = body
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/```[\s\S]*?(?:```|$)/g, "")
    .split("\n")
    .map((line) =>
      line
        .replace(/^\s*(?:>\s*)+|^\s*#+\s+|^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, "")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .find((line) => line !== "");
  if (!prose) return "(no text)";
  const text = prose.replace(/</g, "&lt;").replace(/"/g, "'");
  if (text.length <= EXCERPT) return text;
  const cut = text.slice(0, EXCERPT);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 60 ? cut.lastIndexOf(" ") : EXCERPT).trimEnd()}…`;
}

const refText = (r: Reference, home: string) =>
  `${r.repo.toLowerCase() === home.toLowerCase() ? "" : r.repo}#${r.number} "${excerpt(r.title)}"`;

/** What happened, after "@actor ". */
function what(event: TimelineEvent, home: string): string {
  switch (event.kind) {
    case "commented":
      return `commented: "${excerpt(event.body)}"`;
    case "labeled":
      return `added the label \`${event.label}\``;
    case "unlabeled":
      return `removed the label \`${event.label}\``;
    case "assigned":
      return event.assignee === event.actor ? "assigned themselves" : `assigned @${event.assignee}`;
    case "unassigned":
      return `unassigned @${event.assignee}`;
    case "cross-referenced":
      return `linked ${event.source.pull ? "pull request" : "issue"} ${refText(event.source, home)}`;
    case "closed":
      return event.reason === "not_planned" ? "closed the issue as not planned" : "closed the issue";
    case "reopened":
      return "reopened the issue";
    case "renamed":
      return `renamed the issue to "${excerpt(event.to)}"`;
    case "referenced":
      return `referenced the issue in commit ${event.commit.slice(0, 7)}`;
  }
}

export interface TimelineLine {
  at: DateTime;
  text: string;
}

/**
 * Lines such as `- **14:12** @dana added the label \`sev1\``, oldest first; the first line of each
 * day carries its date, so the times read right across midnight.
 */
export function timelineLines(
  opened: { at: string; author: string },
  events: TimelineEvent[],
  where: { zone: string; home: string },
): string[] {
  const entries: TimelineLine[] = [
    { at: DateTime.fromISO(opened.at, { zone: where.zone }), text: `@${opened.author} opened the issue` },
    ...events.map((e) => ({
      at: DateTime.fromISO(e.at, { zone: where.zone }),
      text: `@${e.actor || "ghost"} ${what(e, where.home)}`,
    })),
  ].filter((e) => e.at.isValid);
  // Stable: events of the same second keep GitHub's order.
  entries.sort((a, b) => a.at.toMillis() - b.at.toMillis());
  let day = "";
  return entries.map((e) => {
    const today = e.at.toISODate() ?? "";
    const stamp = today === day ? e.at.toFormat("HH:mm") : `${today} ${e.at.toFormat("HH:mm")}`;
    day = today;
    return `- **${stamp}** ${e.text}`;
  });
}
