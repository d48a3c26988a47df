import type { Token } from "./markdown.ts";

/** One visual line of inline content, as plain text. */
export interface TextLine {
  text: string;
  line: number;
  /** Every visible character is bold or italic: the line may be a heading in disguise. */
  styled: boolean;
  /** Targets of the links on the line (their text stays in `text`). */
  links: string[];
  /** An explicit item id written as `<!-- id: ... -->`. */
  id: string | null;
  /** The line opens with bold or italic text and goes on plain: "**Label**: text". */
  boldLabel?: boolean;
  /** Something was written, but only markup ("` `", "[](url)"): the author is told, not ignored. */
  markup?: true;
}

interface Piece {
  text: string;
  styled: boolean;
}

interface Collector {
  lines: TextLine[];
  pieces: Piece[];
  links: string[];
  id: string | null;
  line: number;
  /** Open emphasis: bold and italic runs mark a line that may be a heading in disguise. */
  styled: number;
}

const breakTag = /^<br\s*\/?>$/i;
const idComment = /^<!--\s*id:\s*([\w.-]+)\s*-->$/i;
const newlines = (text: string) => text.split("\n").length - 1;

function flush(c: Collector): void {
  const visible = c.pieces.filter((p) => /[^\s:]/.test(p.text));
  const styled = visible.length > 0 && visible.every((p) => p.styled);
  c.lines.push({
    text: cleanText(c.pieces.map((p) => p.text).join("")),
    line: c.line,
    styled,
    links: c.links,
    id: c.id,
    boldLabel: visible[0]?.styled === true && !styled,
  });
  c.pieces = [];
  c.links = [];
  c.id = null;
}

function take(token: Token, c: Collector): void {
  switch (token.type) {
    case "text":
    case "code_inline":
      c.pieces.push({ text: token.content, styled: c.styled > 0 });
      return;
    case "softbreak":
    case "hardbreak":
      flush(c);
      c.line += 1;
      return;
    case "html_inline": {
      const value = token.content.trim();
      if (breakTag.test(value)) {
        flush(c);
        return;
      }
      const id = idComment.exec(value);
      if (id?.[1]) c.id = id[1];
      c.line += newlines(token.content);
      return;
    }
    case "link_open": {
      const href = token.attrGet("href");
      if (typeof href === "string" && href !== "") c.links.push(href);
      return;
    }
    case "strong_open":
    case "em_open":
      c.styled += 1;
      return;
    case "strong_close":
    case "em_close":
      c.styled = Math.max(0, c.styled - 1);
      return;
    default:
      // Images, footnote references and closing tags add nothing a reader would call text.
      return;
  }
}

/** Splits an inline token's content into its visual lines (soft breaks, hard breaks and `<br>`). */
export function inlineLines(children: Token[] | null, firstLine: number): TextLine[] {
  const c: Collector = { lines: [], pieces: [], links: [], id: null, line: firstLine, styled: 0 };
  for (const child of children ?? []) take(child, c);
  flush(c);
  return c.lines.filter((l) => l.text !== "" || l.id !== null);
}

// A shortcode may touch the word after it (":small_orange_diamond:Investigate").
const shortcode = /(?<![\w:]):(?=[a-z0-9_+-]*[a-z])[a-z0-9_+-]+:(?![:\d])/g;

/** Plain text as people read it: emoji shortcodes out, white space folded. */
export function cleanText(text: string): string {
  const plain = text.includes(":") ? text.replace(shortcode, "") : text;
  return plain.replace(/\s+/g, " ").trim();
}

/** Joins lines into one text, as a wrapped paragraph reads. */
export function joinLines(lines: TextLine[]): TextLine | null {
  const first = lines[0];
  if (!first) return null;
  return {
    text: lines.map((l) => l.text).join(" "),
    line: first.line,
    styled: lines.every((l) => l.styled),
    links: lines.flatMap((l) => l.links),
    id: lines.find((l) => l.id)?.id ?? null,
    boldLabel: first.boldLabel === true,
  };
}
