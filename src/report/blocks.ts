import type { List, ListItem, Nodes, Root, RootContent, Table } from "mdast";
import { htmlBlocks } from "./html.ts";
import { inlineLines, joinLines, type TextLine } from "./inline.ts";
import { type Block, type ListEntry, paragraphBlocks, type Span } from "./paragraphs.ts";
import type { ProseLine } from "./types.ts";
import type { SectionNames } from "./vocabulary.ts";

function span(node: Nodes, offset = 0): Span {
  return {
    line: (node.position?.start.line ?? 1) + offset,
    endLine: (node.position?.end.line ?? 1) + offset,
  };
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

export type { Block, ListEntry, TableRow } from "./paragraphs.ts";
