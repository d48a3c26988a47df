import type { Config } from "../../config/schema.ts";

/** Whether an event asks for an issue's postmortem to be drafted, and by whom. */

export interface DraftRequest {
  issue: number;
  /** Whose permission decides: the commenter, or who added the label. */
  sender: string;
  /** One reply per request: the comment's id, or the label. A redelivery has the same key. */
  key: string;
}

interface Payload {
  action?: string;
  issue?: { number?: number; pull_request?: unknown };
  comment?: { id?: number; body?: string; user?: { login?: string; type?: string } | null };
  label?: { name?: string };
  sender?: { login?: string; type?: string };
}

/** Whether a comment is the draft's command: its first word, in any case. */
export const isCommand = (body: string, command: string) =>
  (body.trim().split(/\s/)[0] ?? "").toLowerCase() === command.toLowerCase();

const isBot = (user: { login?: string; type?: string } | null | undefined, bot: string) =>
  !user?.login || user.type === "Bot" || user.login.toLowerCase() === bot.toLowerCase();

/** `issue_comment.created` with the command, or `issues.labeled` with the label, on an issue. */
export function draftRequest(event: string, raw: unknown, config: Config, bot: string): DraftRequest | null {
  const p = raw as Payload;
  const number = p.issue?.number;
  if (typeof number !== "number" || p.issue?.pull_request) return null;
  if (event === "issue_comment" && p.action === "created") {
    const c = p.comment;
    if (!c || isBot(c.user, bot)) return null;
    if (!isCommand(c.body ?? "", config.draft.command)) return null;
    return { issue: number, sender: c.user?.login ?? "", key: `comment-${c.id}` };
  }
  if (event === "issues" && p.action === "labeled") {
    if (p.label?.name?.toLowerCase() !== config.draft.label.toLowerCase() || isBot(p.sender, bot))
      return null;
    return { issue: number, sender: p.sender?.login ?? "", key: "label" };
  }
  return null;
}
