import type { ActionItem } from "../report/index.ts";
import { type RepoId, repoName } from "./model.ts";

/**
 * The report with a link to each item's issue written into the item's line, so readers of the file
 * see where each item is tracked (GitHub links `#123` in issues, not in files). A link makes the item
 * name its issue, which also keeps the match certain through later edits. Null when nothing is added.
 */
export function linkedReport(
  text: string,
  items: { item: ActionItem; issue: number }[],
  where: { repo: RepoId; serverUrl: string },
): string | null {
  const lines = text.split("\n");
  let added = 0;
  for (const { item, issue } of items) {
    const at = item.line - 1;
    const line = lines[at];
    const url = `${where.serverUrl}/${repoName(where.repo)}/issues/${issue}`;
    if (line === undefined || item.ref?.number === issue || line.includes(url)) continue;
    lines[at] = withLink(line, `[#${issue}](${url})`);
    added += 1;
  }
  return added > 0 ? lines.join("\n") : null;
}

/** At the end of the item's first line; in a table row, inside its last cell. */
function withLink(line: string, link: string): string {
  const cr = line.endsWith("\r") ? "\r" : "";
  const body = cr ? line.slice(0, -1) : line;
  const trimmed = body.trimEnd();
  if (trimmed.trimStart().startsWith("|") && trimmed.endsWith("|") && !trimmed.endsWith("\\|"))
    return `${trimmed.slice(0, -1).trimEnd()} ${link} |${cr}`;
  return `${trimmed} (${link})${cr}`;
}
