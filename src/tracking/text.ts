/** Small text helpers shared by everything that writes Markdown for GitHub. */

/** At most `max` characters (code points), with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/** Text that fits in one Markdown table cell. */
export const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** GitHub's limit on an issue body, a comment and a check run's summary is 65,536 characters. */
export function fitBody(text: string, limit: number, note: string): string {
  return text.length > limit ? `${text.slice(0, limit)}\n\n${note}` : text;
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
