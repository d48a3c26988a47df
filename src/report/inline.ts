import type { Nodes, PhrasingContent } from "mdast";

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
}

interface Token {
  text: string;
  line: number;
  styled: boolean;
}

interface Collector {
  lines: TextLine[];
  tokens: Token[];
  links: string[];
  id: string | null;
  line: number;
}

const breakTag = /^<br\s*\/?>$/i;
const idComment = /^<!--\s*id:\s*([\w.-]+)\s*-->$/i;

function flush(c: Collector): void {
  const text = c.tokens.map((t) => t.text).join("");
  const visible = c.tokens.filter((t) => t.text.replace(/[\s:]/g, "") !== "");
  c.lines.push({
    text,
    line: c.tokens[0]?.line ?? c.line,
    styled: visible.length > 0 && visible.every((t) => t.styled),
    links: c.links,
    id: c.id,
  });
  c.tokens = [];
  c.links = [];
  c.id = null;
}

function walk(node: Nodes, c: Collector, styled: boolean): void {
  const start = node.position?.start.line ?? c.line;
  switch (node.type) {
    case "text":
    case "inlineCode": {
      const parts = node.value.split("\n");
      parts.forEach((part, i) => {
        if (i > 0) {
          flush(c);
          c.line = start + i;
        }
        c.tokens.push({ text: part, line: node.type === "text" ? start + i : start, styled });
      });
      return;
    }
    case "break":
      flush(c);
      c.line = start + 1;
      return;
    case "html": {
      const value = node.value.trim();
      if (breakTag.test(value)) {
        flush(c);
        return;
      }
      const id = idComment.exec(value);
      if (id?.[1]) c.id = id[1];
      return;
    }
    case "image":
    case "imageReference":
    case "footnoteReference":
      return;
    case "link":
      c.links.push(node.url);
      for (const child of node.children) walk(child, c, styled);
      return;
    case "strong":
    case "emphasis":
      for (const child of node.children) walk(child, c, true);
      return;
    default:
      if ("children" in node) for (const child of node.children as Nodes[]) walk(child, c, styled);
  }
}

/** Splits inline content into its visual lines (soft breaks, hard breaks and `<br>`). */
export function inlineLines(children: PhrasingContent[], firstLine: number): TextLine[] {
  const c: Collector = { lines: [], tokens: [], links: [], id: null, line: firstLine };
  for (const child of children) walk(child, c, false);
  flush(c);
  return c.lines
    .map((l) => ({ ...l, text: cleanText(l.text) }))
    .filter((l) => l.text !== "" || l.id !== null);
}

const shortcode = /(?<![\w:]):[a-z0-9_+-]*[a-z][a-z0-9_+-]*:(?![\w:])/g;

/** Plain text as people read it: emoji shortcodes out, white space folded. */
export function cleanText(text: string): string {
  return text.replace(shortcode, "").replace(/\s+/g, " ").trim();
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
  };
}
