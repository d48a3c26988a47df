import type { Draft } from "./types.ts";

/** What a draft says on GitHub: the pull request's body, and the replies on the issue. */

const marker = (data: Record<string, unknown>) =>
  `<!-- postmortem-tracker ${JSON.stringify({ v: 1, ...data })} -->`;

/** The reply's hidden marker: a redelivered request finds its reply and sends none. */
export const replyMarker = (key: string) => marker({ kind: "draft-reply", key });

export const draftTitle = (draft: Draft) => `Postmortem: ${draft.title}`;

/** `untracked`: why the report's path is not read as a report (outside `paths`), or null. */
export function pullBody(draft: Draft, issue: number, untracked: string | null): string {
  const pulls = draft.pulls.map((p) => `${p.repo}#${p.number}`);
  const warning = untracked
    ? `\n\n**Note:** \`${draft.path}\` is not read as a report: ${untracked}. Move it, or widen \`paths\` in .github/postmortem-tracker.yml, or neither the review nor the follow-up will see it.`
    : "";
  return `Drafts the postmortem of #${issue} in \`${draft.path}\`: its title, date, severity, owners and timeline come from the issue${pulls.length ? ` and ${pulls.join(", ")}` : ""}.

To finish it, fill in the impact, the root cause and its resolution, the corrective tasks (one \`- [ ]\` task each, with an owner and a due date) and the lessons learned, then change \`status: draft\` to \`status: final\`. The review check says what is still missing. Merging it files the action items once it is final; while it says \`status: draft\` nothing is filed.${warning}

${marker({ kind: "draft", issue })}`;
}

export function draftReply(pullUrl: string | null, fresh: boolean, key: string): string {
  const where = pullUrl ?? "a draft pull request (not opened: dry run)";
  const text = fresh
    ? `The postmortem is drafted in ${where}, with this issue's timeline. Fill in what only people know, then mark it \`status: final\`.`
    : `The postmortem of this issue is drafted in ${where} already.`;
  return `${text}\n\n${replyMarker(key)}`;
}

export function refusalReply(login: string, command: string, key: string): string {
  return `@${login}, drafting a postmortem (\`${command}\`) takes write access to this repository; ask someone who has it.\n\n${replyMarker(key)}`;
}

export function sameAsBase(path: string, base: string, key: string): string {
  return `No draft was opened: \`${path}\` is on \`${base}\` already, so a pull request would change nothing. Edit the report there.\n\n${replyMarker(key)}`;
}
