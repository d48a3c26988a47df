import type { Block } from "./blocks.ts";
import type { SectionKind } from "./types.ts";
import { classifyHeading, continuesCorrective, isClosingHeading, type SectionNames } from "./vocabulary.ts";

/** A section of the report with the blocks under its heading (sub-headings included). */
export interface SectionSpan {
  kind: SectionKind;
  title: string;
  rank: number;
  line: number;
  endLine: number;
  blocks: Block[];
  /** Opened by the author's marker comment rather than by a heading. */
  marked?: boolean;
}

/**
 * Walks the headings in order. A section runs until a heading that outranks or equals its own,
 * or one that names another part of the report. The corrective section also goes on through
 * sibling headings that name a corrective part ("Tasks", "Preventive enhancements").
 */
export function findSections(blocks: Block[], names: SectionNames): SectionSpan[] {
  const sections: SectionSpan[] = [];
  let open: SectionSpan | null = null;
  let lastHeading: string | null = null;
  for (const block of blocks) {
    if (block.kind === "marker") {
      // The marked part runs to the next heading, whatever its rank.
      open = {
        kind: "corrective",
        title: lastHeading ?? "Action items",
        rank: 0,
        line: block.line,
        endLine: block.endLine,
        blocks: [],
        marked: true,
      };
      sections.push(open);
      continue;
    }
    if (block.kind === "heading") {
      lastHeading = block.text;
      if (open?.marked) open = null;
      const kind = classifyHeading(block.text, names);
      if (open) {
        const goesOn =
          open.kind === "corrective"
            ? continuesCorrective(block.text, names) ||
              (kind === null && !isClosingHeading(block.text, names) && block.rank > open.rank)
            : kind === open.kind
              ? block.rank > open.rank
              : kind === null && !isClosingHeading(block.text, names) && block.rank > open.rank;
        if (goesOn) {
          open.blocks.push(block);
          open.endLine = block.endLine;
          continue;
        }
        open = null;
      }
      if (kind) {
        open = {
          kind,
          title: block.text,
          rank: block.rank,
          line: block.line,
          endLine: block.endLine,
          blocks: [],
        };
        sections.push(open);
      }
      continue;
    }
    if (open) {
      open.blocks.push(block);
      open.endLine = block.endLine;
    }
  }
  return sections;
}
