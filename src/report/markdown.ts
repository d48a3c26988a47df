import MarkdownIt, { type Token } from "markdown-it";
import footnote from "markdown-it-footnote";

/**
 * markdown-it reads the Markdown (CommonMark plus tables, footnotes, raw HTML and bare URLs).
 * Its default nesting limit of 100 silently drops everything after 50 levels; 2,000 keeps any
 * real report whole while bounding the work a hostile one can cause.
 */
export const MAX_NESTING = 2000;

const md = new MarkdownIt({ html: true, linkify: true, maxNesting: MAX_NESTING }).use(footnote);
// Some rules (block quotes) recurse per level and can exhaust the stack before 2,000 levels: the
// report is then read again with a limit the stack always holds.
const SHALLOW_NESTING = 400;
const shallow = new MarkdownIt({ html: true, linkify: true, maxNesting: SHALLOW_NESTING }).use(footnote);

function tokenize(body: string): { tokens: Token[]; limit: number } {
  try {
    return { tokens: md.parse(body, {}), limit: MAX_NESTING };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { tokens: shallow.parse(body, {}), limit: SHALLOW_NESTING };
  }
}

/** A block token with the tokens between it and its closing token. */
export interface Node {
  token: Token;
  children: Node[];
}

export interface Parsed {
  nodes: Node[];
  /** 1-based line where the nesting limit was reached, so what lay deeper was not read. */
  truncatedAt: number | null;
  /** The nesting limit that applied. */
  limit: number;
}

/** The block tokens as a tree (built without recursion: nesting can be deep). */
export function parseMarkdown(body: string): Parsed {
  const { tokens, limit } = tokenize(body);
  const root: Node[] = [];
  const stack: Node[][] = [root];
  let truncatedAt: number | null = null;
  let lastLine = 1;
  for (const token of tokens) {
    if (token.map) lastLine = token.map[0] + 1;
    if (token.level >= limit - 1 && truncatedAt === null) truncatedAt = lastLine;
    if (token.nesting === -1) {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const node: Node = { token, children: [] };
    (stack[stack.length - 1] as Node[]).push(node);
    if (token.nesting === 1) stack.push(node.children);
  }
  return { nodes: root, truncatedAt, limit };
}

export type { Token };

/** HTML entities (`&emsp;`, `&amp;`) as the characters they stand for. */
export function decodeEntities(text: string): string {
  return md.utils.unescapeAll(text.replace(/\\/g, "\\\\"));
}
