import type { ElementContent, Element as HastElement, RootContent as HastNode } from "hast";
import { fromHtml } from "hast-util-from-html";
import { cleanText, joinLines, type TextLine } from "./inline.ts";
import { type Block, type ListEntry, paragraphBlocks, type TableRow } from "./paragraphs.ts";
import type { SectionNames } from "./vocabulary.ts";

/** Raw HTML inside Markdown (`<h3>`, `<ol><li>`, `<p>` with `<br>`), read with a real HTML parser. */

const blockTags = new Set([
  "div",
  "section",
  "article",
  "details",
  "summary",
  "center",
  "main",
  "header",
  "footer",
  "blockquote",
]);
const styledTags = new Set(["strong", "b", "em", "i"]);
const headingRank: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

interface Ctx {
  offset: number;
  names: SectionNames;
}

const lineOf = (node: { position?: { start: { line: number } } }, ctx: Ctx) =>
  (node.position?.start.line ?? 1) + ctx.offset;
const endLineOf = (node: { position?: { end: { line: number } } }, ctx: Ctx) =>
  (node.position?.end.line ?? 1) + ctx.offset;

/** Inline HTML content split into lines at `<br>`; text keeps only what a reader sees. */
function inlineLines(nodes: ElementContent[], ctx: Ctx): TextLine[] {
  const lines: TextLine[] = [];
  let current: { parts: { text: string; styled: boolean }[]; links: string[]; line: number | null } = {
    parts: [],
    links: [],
    line: null,
  };
  const flush = () => {
    const text = cleanText(current.parts.map((p) => p.text).join(""));
    const visible = current.parts.filter((p) => p.text.replace(/[\s:]/g, "") !== "");
    if (text !== "") {
      lines.push({
        text,
        line: current.line ?? 1,
        styled: visible.length > 0 && visible.every((p) => p.styled),
        links: current.links,
        id: null,
      });
    }
    current = { parts: [], links: [], line: null };
  };
  const walk = (node: ElementContent, styled: boolean) => {
    if (node.type === "text") {
      if (current.line === null && node.value.trim() !== "") {
        const leading = node.value.slice(0, node.value.search(/\S/)).split("\n").length - 1;
        current.line = lineOf(node, ctx) + leading;
      }
      current.parts.push({ text: node.value, styled });
    } else if (node.type === "element") {
      if (node.tagName === "br") return flush();
      if (node.tagName === "img" || node.tagName === "ul" || node.tagName === "ol") return;
      if (node.tagName === "a" && typeof node.properties.href === "string")
        current.links.push(node.properties.href);
      for (const child of node.children) walk(child, styled || styledTags.has(node.tagName));
    }
  };
  for (const node of nodes) walk(node, false);
  flush();
  return lines;
}

function listEntries(list: HastElement, ctx: Ctx): ListEntry[] {
  return list.children
    .filter((c): c is HastElement => c.type === "element" && c.tagName === "li")
    .map((li) => liEntry(li, ctx));
}

function liEntry(li: HastElement, ctx: Ctx): ListEntry {
  const nested = li.children.filter(
    (c): c is HastElement => c.type === "element" && (c.tagName === "ul" || c.tagName === "ol"),
  );
  return {
    head: joinLines(inlineLines(li.children, ctx)),
    checked: null,
    line: lineOf(li, ctx),
    children: nested.flatMap((list) => listEntries(list, ctx)),
    more: false,
    body: null,
  };
}

function tableBlock(table: HastElement, ctx: Ctx): Block {
  const rows: HastElement[] = [];
  const collect = (node: HastElement) => {
    for (const child of node.children) {
      if (child.type !== "element") continue;
      if (child.tagName === "tr") rows.push(child);
      else collect(child);
    }
  };
  collect(table);
  const cells = (tr: HastElement): TextLine[] =>
    tr.children
      .filter((c): c is HastElement => c.type === "element" && (c.tagName === "td" || c.tagName === "th"))
      .map(
        (cell) =>
          joinLines(inlineLines(cell.children, ctx)) ?? {
            text: "",
            line: lineOf(cell, ctx),
            styled: false,
            links: [],
            id: null,
          },
      );
  const [header, ...body] = rows;
  return {
    kind: "table",
    header: header ? cells(header).map((c) => c.text) : [],
    rows: body.map((tr): TableRow => ({ cells: cells(tr), line: lineOf(tr, ctx) })),
    line: lineOf(table, ctx),
    endLine: endLineOf(table, ctx),
  };
}

function blocksOf(nodes: HastNode[], ctx: Ctx): Block[] {
  const blocks: Block[] = [];
  let inline: ElementContent[] = [];
  const flushInline = () => {
    const lines = inlineLines(inline, ctx);
    const last = inline[inline.length - 1];
    if (lines.length > 0 && last) blocks.push(...paragraphBlocks(lines, ctx.names, endLineOf(last, ctx)));
    inline = [];
  };
  for (const node of nodes) {
    if (node.type === "comment" || node.type === "doctype") continue;
    if (node.type === "text") {
      inline.push(node);
      continue;
    }
    if (node.type !== "element") continue;
    const rank = headingRank[node.tagName];
    if (rank !== undefined) {
      flushInline();
      const text = inlineLines(node.children, ctx)
        .map((l) => l.text)
        .join(" ");
      blocks.push({ kind: "heading", rank, text, line: lineOf(node, ctx), endLine: endLineOf(node, ctx) });
    } else if (node.tagName === "ul" || node.tagName === "ol") {
      flushInline();
      blocks.push({
        kind: "list",
        entries: listEntries(node, ctx),
        line: lineOf(node, ctx),
        endLine: endLineOf(node, ctx),
      });
    } else if (node.tagName === "li") {
      flushInline();
      blocks.push({
        kind: "list",
        entries: [liEntry(node, ctx)],
        line: lineOf(node, ctx),
        endLine: endLineOf(node, ctx),
      });
    } else if (node.tagName === "p") {
      flushInline();
      const lines = inlineLines(node.children, ctx);
      if (lines.length > 0) blocks.push(...paragraphBlocks(lines, ctx.names, endLineOf(node, ctx)));
    } else if (node.tagName === "table") {
      flushInline();
      blocks.push(tableBlock(node, ctx));
    } else if (blockTags.has(node.tagName)) {
      flushInline();
      blocks.push(...blocksOf(node.children, ctx));
    } else if (
      node.tagName === "hr" ||
      node.tagName === "pre" ||
      node.tagName === "script" ||
      node.tagName === "style"
    ) {
      flushInline();
      blocks.push({ kind: "other", line: lineOf(node, ctx), endLine: endLineOf(node, ctx) });
    } else {
      inline.push(node);
    }
  }
  flushInline();
  return blocks;
}

/** HTML with no text a reader sees (a comment, an image, breaks) needs no parsing. */
function hasNoText(html: string): boolean {
  return (
    html
      .replace(/<!--[\s\S]*?(?:-->|$)/g, "")
      .replace(/<[^>]*>/g, "")
      .trim() === ""
  );
}

export function htmlBlocks(html: string, lineOffset: number, names: SectionNames): Block[] {
  if (hasNoText(html)) return [];
  const tree = fromHtml(html, { fragment: true });
  return blocksOf(tree.children, { offset: lineOffset, names });
}
