import { joinLines, type TextLine } from "./inline.ts";
import { isKnownHeading, type SectionNames } from "./vocabulary.ts";

/**
 * The document as a flat run of blocks. Headings carry a rank: 1-6 for real headings, and
 * weaker ranks for lines that only look like headings, so a real heading always outranks them.
 */
export const BOLD_RANK = 7;
export const PLAIN_RANK = 8;

export interface ListEntry {
  /** The entry's first paragraph, wrapped lines joined. */
  head: TextLine | null;
  checked: boolean | null;
  line: number;
  children: ListEntry[];
  /** Whether the entry holds more than its first paragraph and nested lists. */
  more: boolean;
  /** The entry's second paragraph, if it has one. */
  body: TextLine | null;
}

export interface TableRow {
  cells: TextLine[];
  line: number;
}

export interface Span {
  line: number;
  endLine: number;
}

export type Block =
  | (Span & { kind: "heading"; rank: number; text: string })
  | (Span & { kind: "list"; entries: ListEntry[] })
  | (Span & { kind: "paragraph"; lines: TextLine[] })
  | (Span & { kind: "table"; header: string[]; rows: TableRow[] })
  | (Span & { kind: "other" })
  /** `<!-- postmortem-tracker: action-items -->`: the author says the action items follow. */
  | (Span & { kind: "marker" });

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const endsSentence = (text: string) => /[.!?…]["'”’)]?$/.test(text);

/** A paragraph line that is really a heading: `##Title`, a bold line, or a bare section name. */
export function pseudoHeading(line: TextLine, names: SectionNames): { rank: number; text: string } | null {
  const atx = /^(#{1,6})(?=[^\s#])(.*)$/.exec(line.text);
  if (atx?.[1] && atx[2]) return { rank: atx[1].length, text: atx[2].trim() };
  if (endsSentence(line.text)) return null;
  if (line.styled && wordCount(line.text) <= 12) return { rank: BOLD_RANK, text: line.text };
  if (wordCount(line.text) <= 6 && !/:\s+\S/.test(line.text) && isKnownHeading(line.text, names)) {
    return { rank: PLAIN_RANK, text: line.text };
  }
  return null;
}

/** A hard-wrapped line goes on when it stops mid-sentence and the next starts in lower case. */
function continues(prev: TextLine, next: TextLine): boolean {
  if (/[,\-–—(]$/.test(prev.text)) return true;
  return !/[.!?:;)"'”’…]$/.test(prev.text) && /^[\p{Ll}(]/u.test(next.text);
}

export function mergeWrapped(lines: TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  let run: TextLine[] = [];
  for (const line of lines) {
    const last = run[run.length - 1];
    if (last && !continues(last, line)) {
      const joined = joinLines(run);
      if (joined) out.push(joined);
      run = [];
    }
    run.push(line);
  }
  const joined = joinLines(run);
  if (joined) out.push(joined);
  return out;
}

/** Splits a paragraph at the lines that are headings in disguise. */
export function paragraphBlocks(lines: TextLine[], names: SectionNames, endLine: number): Block[] {
  const blocks: Block[] = [];
  let run: TextLine[] = [];
  const flushRun = (end: number) => {
    const first = run[0];
    if (first) blocks.push({ kind: "paragraph", lines: mergeWrapped(run), line: first.line, endLine: end });
    run = [];
  };
  for (const line of lines) {
    const heading = pseudoHeading(line, names);
    if (heading) {
      flushRun(line.line - 1);
      blocks.push({ kind: "heading", ...heading, line: line.line, endLine: line.line });
    } else {
      run.push(line);
    }
  }
  flushRun(endLine);
  return blocks;
}
