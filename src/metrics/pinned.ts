import type { ExistingIssue, Operation, RepoId } from "../tracking/model.ts";
import { writtenByAnApp } from "../tracking/ours.ts";

/**
 * The one pinned issue that carries the follow-through report: found again by its hidden marker in
 * an issue our own account wrote, created (then pinned) only when there is none, and its body
 * rewritten only when the report changed.
 */

export const PINNED_TITLE = "Postmortem follow-through";
export const PINNED_LABEL = "postmortem-follow-through";
export const PINNED_MARKER = "<!-- postmortem-tracker follow-through -->";
/** The marker once GitHub pinned it: never pinned again (a person may have unpinned it since). */
export const PINNED_DONE = "<!-- postmortem-tracker follow-through pinned -->";
const MARKER_START = "<!-- postmortem-tracker follow-through";

export const pinRecorded = (issue: Pick<ExistingIssue, "body">) => issue.body.includes(PINNED_DONE);
/** GitHub refuses issue bodies over 65,536 characters. */
const MAX_BODY = 65_000;

export function pinnedBody(markdown: string, pinned = false): string {
  const text =
    markdown.length > MAX_BODY
      ? `${markdown.slice(0, MAX_BODY)}\n\n…cut here: the full report is in the workflow's job summary.\n`
      : markdown;
  return `${text.trimEnd()}\n\n${pinned ? PINNED_DONE : PINNED_MARKER}\n`;
}

/** Ours (see writtenByAnApp), with the marker; the lowest number wins should there ever be two. */
export function findPinned(issues: ExistingIssue[], botLogin: string): ExistingIssue | null {
  const ours = issues
    .filter((i) => writtenByAnApp(i.author, botLogin) && i.body.includes(MARKER_START))
    .sort((a, b) => a.number - b.number);
  return ours[0] ?? null;
}

export const PINNED_KEY = "follow-through";

// The time the report was made changes every run; it alone is no reason to write the issue again.
const GENERATED = /<sub>Generated [^<]*<\/sub>/g;
const sameReport = (a: string, b: string) => a.replace(GENERATED, "") === b.replace(GENERATED, "");

export function planPinned(
  repo: RepoId,
  existing: Pick<ExistingIssue, "number" | "body"> | null,
  markdown: string,
  pinned = false,
): Operation[] {
  const body = pinnedBody(markdown, pinned);
  if (existing) {
    return sameReport(existing.body, body)
      ? []
      : [{ op: "updateIssue", repo, issue: { existing: existing.number }, body }];
  }
  return [
    {
      op: "ensureLabel",
      repo,
      name: PINNED_LABEL,
      color: "0e8a16",
      description: "The follow-through report of postmortem action items",
    },
    {
      op: "createIssue",
      key: PINNED_KEY,
      repo,
      title: PINNED_TITLE,
      body,
      labels: [PINNED_LABEL],
      assignees: [],
    },
  ];
}
