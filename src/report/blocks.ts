import type { List, ListItem, Nodes, Root, RootContent, Table } from "mdast";
import { htmlBlocks } from "./html.ts";
import { inlineLines, joinLines, type TextLine } from "./inline.ts";
import type { ProseLine } from "./types.ts";
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
}

export interface TableRow {
  cells: TextLine[];
  line: number;
}

interface Span {
  line: number;
  endLine: number;
}

export type Block =
  | (Span & { kind: "heading"; rank: number; text: string })
  | (Span & { kind: "list"; entries: ListEntry[] })
  | (Span & { kind: "paragraph"; lines: TextLine[] })
  | (Span & { kind: "table"; header: string[]; rows: TableRow[] })
  | (Span & { kind: "other" });

function span(node: Nodes, offset = 0): Span {
  return {
    line: (node.position?.start.line ?? 1) + offset,
    endLine: (node.position?.end.line ?? 1) + offset,
  };
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const endsSentence = (text: string) => /[.!?…]["'”’)]?$/.test(text);

/** A paragraph line that is really a heading: `##Title`, a bold line, or a bare section name. */
function pseudoHeading(line: TextLine, names: SectionNames): { rank: number; text: string } | null {
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

function listEntry(item: ListItem): ListEntry {
  const [first, ...rest] = item.children;
  const head = first?.type === "paragraph" ? joinLines(inlineLines(first.children, span(first).line)) : null;
  const children: ListEntry[] = [];
  let more = false;
  for (const child of first?.type === "paragraph" ? rest : item.children) {
    if (child.type === "list") children.push(...child.children.map(listEntry));
    else more = true;
  }
  return { head, checked: item.checked ?? null, line: span(item).line, children, more };
}

function tableBlock(table: Table): Block {
  const [header, ...rows] = table.children;
  const cellLines = (row: NonNullable<typeof header>) =>
    row.children.map(
      (cell) => joinLines(inlineLines(cell.children, span(cell).line)) ?? emptyLine(span(cell).line),
    );
  return {
    kind: "table",
    header: header ? cellLines(header).map((cell) => cell.text) : [],
    rows: rows.map((row) => ({ cells: cellLines(row), line: span(row).line })),
    ...span(table),
  };
}

export function emptyLine(line: number): TextLine {
  return { text: "", line, styled: false, links: [], id: null };
}

function nodeBlocks(node: RootContent, names: SectionNames): Block[] {
  switch (node.type) {
    case "heading": {
      const lines = inlineLines(node.children, span(node).line);
      return [{ kind: "heading", rank: node.depth, text: lines.map((l) => l.text).join(" "), ...span(node) }];
    }
    case "paragraph":
      return paragraphBlocks(inlineLines(node.children, span(node).line), names, span(node).endLine);
    case "list":
      return [{ kind: "list", entries: (node as List).children.map(listEntry), ...span(node) }];
    case "table":
      return [tableBlock(node)];
    case "html":
      return htmlBlocks(node.value, span(node).line - 1, names);
    default:
      return [{ kind: "other", ...span(node) }];
  }
}

export function documentBlocks(root: Root, names: SectionNames): Block[] {
  return root.children.flatMap((node) => nodeBlocks(node, names));
}

/** Every readable line of the document, in order: headings, paragraph lines, list entries, table rows. */
export function proseLines(blocks: Block[]): ProseLine[] {
  const out: ProseLine[] = [];
  const entry = (e: ListEntry) => {
    if (e.head && e.head.text !== "") out.push({ line: e.head.line, text: e.head.text, kind: "item" });
    for (const child of e.children) entry(child);
  };
  for (const block of blocks) {
    if (block.kind === "heading") out.push({ line: block.line, text: block.text, kind: "heading" });
    else if (block.kind === "paragraph")
      for (const l of block.lines) out.push({ line: l.line, text: l.text, kind: "paragraph" });
    else if (block.kind === "list") for (const e of block.entries) entry(e);
    else if (block.kind === "table") {
      for (const row of block.rows)
        out.push({ line: row.line, text: row.cells.map((c) => c.text).join(" | "), kind: "row" });
    }
  }
  return out;
}
