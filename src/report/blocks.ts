import { htmlBlocks } from "./html.ts";
import { cleanText, inlineLines, joinLines, type TextLine } from "./inline.ts";
import type { Node, Token } from "./markdown.ts";
import { type Block, type ListEntry, paragraphBlocks, pseudoHeading, type Span } from "./paragraphs.ts";
import type { ProseLine } from "./types.ts";
import type { SectionNames } from "./vocabulary.ts";

/** 1-based first and last line of a block token (its map is 0-based, end exclusive). */
function span(token: Token, fallback: number): Span {
  if (!token.map) return { line: fallback, endLine: fallback };
  return { line: token.map[0] + 1, endLine: Math.max(token.map[0] + 1, token.map[1]) };
}

const inlineOf = (node: Node | undefined) => node?.children.find((c) => c.token.type === "inline")?.token;

function lines(node: Node, fallback: number): TextLine[] {
  const inline = inlineOf(node);
  return inline ? inlineLines(inline.children, span(node.token, fallback).line) : [];
}

/** The comment an author writes before the action items to make the choice certain. */
export const ACTION_MARKER = /^\s*<!--\s*postmortem-tracker:\s*action[- ]items\s*-->\s*$/i;

const taskMarker = /^\[([ xX])\](?:\s+|$)/;

/** GFM's task-list marker, read from the start of the item's first paragraph. */
function taskState(paragraph: Node | undefined): boolean | null {
  const first = inlineOf(paragraph)?.children?.[0];
  if (first?.type !== "text") return null;
  const marker = taskMarker.exec(first.content);
  if (!marker) return null;
  first.content = first.content.slice(marker[0].length);
  return marker[1] !== " ";
}

const isList = (node: Node) =>
  node.token.type === "bullet_list_open" || node.token.type === "ordered_list_open";

interface Context {
  names: SectionNames;
  source: string[];
}

/** A paragraph written but with nothing readable ("` `", "[](url)", "<b></b>"): an empty head, not none. */
function markupOnly(paragraph: Node | undefined, fallback: number): TextLine | null {
  const inline = inlineOf(paragraph);
  if (!paragraph || !inline || inline.content.trim() === "") return null;
  const { line } = span(paragraph.token, fallback);
  return { text: "", line, styled: false, links: [], id: null, boldLabel: false, markup: true };
}

/** An entry of a list; `raw` receives the first paragraph's lines before they are joined. */
function listEntry(item: Node, raw?: TextLine[]): ListEntry {
  const at = span(item.token, 1).line;
  const [first, ...rest] = item.children;
  const paragraph = first?.token.type === "paragraph_open" ? first : undefined;
  const checked = taskState(paragraph);
  const headLines = paragraph ? lines(paragraph, at) : [];
  raw?.push(...headLines);
  const head = joinLines(headLines) ?? markupOnly(paragraph, at);
  const children: ListEntry[] = [];
  let more = false;
  let body: TextLine | null = null;
  for (const child of paragraph ? rest : item.children) {
    if (isList(child)) children.push(...child.children.map((c) => listEntry(c)));
    else {
      if (!more && child.token.type === "paragraph_open") body = joinLines(lines(child, at));
      more = true;
    }
  }
  return { head, checked, line: at, children, more, body };
}

// "Regular audits: run one each quarter": a capitalised label before a colon, as entries open.
const startsLikeEntry = (text: string) => /^\p{Lu}[^:.!?]{1,60}:\s+\S/u.test(text);
const endsSentence = (text: string) => /[.!?]["'”’)]?$/.test(text);

/**
 * A line written flush left inside a list item is a lazy continuation to Markdown, but a reader
 * sees what it looks like: a heading ("Timeline:") ends the list, and a new sentence that starts
 * like an entry ("Label: text" after a full stop) is an entry of its own.
 */
function listBlocks(node: Node, ctx: Context): Block[] {
  const out: Block[] = [];
  let entries: ListEntry[] = [];
  let start = span(node.token, 1).line;
  const flushList = (end: number) => {
    if (entries.length > 0) out.push({ kind: "list", entries, line: start, endLine: end });
    entries = [];
  };
  for (const item of node.children) {
    const raw: TextLine[] = [];
    const entry = listEntry(item, raw);
    const lazy = (l: TextLine) => !/^\s/.test(ctx.source[l.line - 1] ?? " ");
    const cut = raw.findIndex((l, i) => i > 0 && lazy(l) && pseudoHeading(l, ctx.names) !== null);
    const kept = cut > 0 ? raw.slice(0, cut) : raw;
    const segments: TextLine[][] = [];
    for (const [i, l] of kept.entries()) {
      const prev = kept[i - 1];
      if (i === 0 || (prev && lazy(l) && endsSentence(prev.text) && startsLikeEntry(l.text)))
        segments.push([l]);
      else segments[segments.length - 1]?.push(l);
    }
    if (segments.length <= 1 && cut < 0) {
      entries.push(entry);
      continue;
    }
    segments.forEach((segment, i) => {
      const last = i === segments.length - 1 && cut < 0;
      entries.push({
        ...entry,
        head: joinLines(segment),
        line: segment[0]?.line ?? entry.line,
        checked: i === 0 ? entry.checked : null,
        children: last ? entry.children : [],
        more: last ? entry.more : false,
        body: last ? entry.body : null,
      });
    });
    if (cut > 0) {
      const tail = raw.slice(cut);
      flushList((tail[0]?.line ?? entry.line) - 1);
      out.push(...paragraphBlocks(tail, ctx.names, tail[tail.length - 1]?.line ?? entry.line));
      if (entry.children.length > 0)
        out.push({
          kind: "list",
          entries: entry.children,
          line: entry.children[0]?.line ?? entry.line,
          endLine: trimmed(span(item.token, 1), ctx.source).endLine,
        });
      start = span(item.token, 1).endLine + 1;
    }
  }
  flushList(trimmed(span(node.token, 1), ctx.source).endLine);
  return out;
}

export function emptyLine(line: number): TextLine {
  return { text: "", line, styled: false, links: [], id: null };
}

/** Table rows; cells carry no line of their own, so they take their row's. */
function tableBlock(table: Node): Block {
  const rows = table.children.flatMap((part) => part.children.filter((r) => r.token.type === "tr_open"));
  const cellLines = (row: Node) => {
    const line = span(row.token, 1).line;
    return row.children.map(
      (cell) =>
        joinLines(lines(cell, line).map((l) => ({ ...l, line }))) ??
        markupOnly(cell, line) ??
        emptyLine(line),
    );
  };
  const [header, ...body] = rows;
  return {
    kind: "table",
    header: header ? cellLines(header).map((cell) => cell.text) : [],
    rows: body.map((row) => ({ cells: cellLines(row), line: span(row.token, 1).line })),
    ...span(table.token, 1),
  };
}

/**
 * An indented block is code to Markdown, but when every line reads as a sentence ("Label: text",
 * "2:00 PM: ...") the author meant lines of text indented for looks.
 */
function proseCode(token: Token, names: SectionNames): Block[] {
  const at = span(token, 1);
  const raw = token.content.split("\n");
  const written = raw
    .map((text, i) => ({ text: text.trim(), line: at.line + i }))
    .filter((l) => l.text !== "");
  const prose = written.every(
    (l) =>
      /^[\p{L}\p{N}"'(]/u.test(l.text) && l.text.split(/\s+/).length >= 4 && !/[{};=]\s*$|^\$ /.test(l.text),
  );
  if (!prose || written.length === 0) return [{ kind: "other", ...at }];
  const textLines = written.map((l) => ({
    text: cleanText(l.text),
    line: l.line,
    styled: false,
    links: [],
    id: null,
  }));
  return paragraphBlocks(textLines, names, at.endLine);
}

/** List ends include the blank lines after them: a list ends at its last written line. */
function trimmed(block: Span, source: string[]): Span {
  let end = block.endLine;
  while (end > block.line && (source[end - 1] ?? "").trim() === "") end -= 1;
  return { line: block.line, endLine: end };
}

function nodeBlocks(node: Node, names: SectionNames, source: string[]): Block[] {
  const token = node.token;
  switch (token.type) {
    case "heading_open": {
      const text = lines(node, 1)
        .map((l) => l.text)
        .join(" ");
      return [{ kind: "heading", rank: Number(token.tag.slice(1)), text, ...span(token, 1) }];
    }
    case "paragraph_open":
      return paragraphBlocks(lines(node, 1), names, span(token, 1).endLine);
    case "bullet_list_open":
    case "ordered_list_open":
      return listBlocks(node, { names, source });
    case "code_block":
      return proseCode(token, names);
    case "table_open":
      return [tableBlock(node)];
    case "html_block":
      if (ACTION_MARKER.test(token.content)) return [{ kind: "marker", ...span(token, 1) }];
      return htmlBlocks(token.content, span(token, 1).line - 1, names);
    case "footnote_block_open":
      return [];
    default:
      return token.map ? [{ kind: "other", ...span(token, 1) }] : [];
  }
}

export function documentBlocks(nodes: Node[], names: SectionNames, body: string): Block[] {
  const source = body.split("\n");
  return nodes.flatMap((node) => nodeBlocks(node, names, source));
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

export type { Block, ListEntry, TableRow } from "./paragraphs.ts";
