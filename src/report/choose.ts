import type { Block } from "./blocks.ts";
import {
  type Candidate,
  isActionTable,
  lessonCandidates,
  sectionCandidates,
  tableCandidates,
} from "./items.ts";
import { BOLD_RANK } from "./paragraphs.ts";
import type { SectionSpan } from "./sections.ts";
import type { ItemSource } from "./types.ts";
import type { SectionNames } from "./vocabulary.ts";

export interface Choice {
  candidates: Candidate[];
  /** Sections made for items found outside any named section (an action table). */
  extraSections: SectionSpan[];
  source: ItemSource | null;
}

const inSpan = (line: number, spans: SectionSpan[]) => spans.some((s) => line >= s.line && line <= s.endLine);

function fromSections(spans: SectionSpan[], names: SectionNames): Candidate[] {
  return spans.flatMap((s, section) => sectionCandidates(s, names).map((c) => ({ ...c, section })));
}

/** Tables anywhere whose columns name an action and an owner, outside the timeline. */
function actionTables(blocks: Block[], spans: SectionSpan[]): SectionSpan[] {
  const timeline = spans.filter((s) => s.kind === "timeline");
  const out: SectionSpan[] = [];
  let heading: Extract<Block, { kind: "heading" }> | null = null;
  for (const block of blocks) {
    if (block.kind === "heading") heading = block;
    if (block.kind !== "table" || !isActionTable(block) || inSpan(block.line, timeline)) continue;
    const title = heading?.text ?? "Action items";
    out.push({
      kind: "corrective",
      title,
      rank: heading?.rank ?? BOLD_RANK,
      line: heading?.line ?? block.line,
      endLine: block.endLine,
      blocks: [block],
    });
  }
  return out;
}

/**
 * Decides where the action items are, strongest evidence first: the author's marker comment;
 * the sections whose headings name the corrective part (a real heading is certain, a line that
 * only looks like one is a guess); else a table with action and owner columns; else the actions
 * stated among the lessons.
 */
export function chooseItems(blocks: Block[], spans: SectionSpan[], names: SectionNames): Choice {
  const marked = spans.filter((s) => s.marked);
  if (marked.length > 0) {
    const first = marked[0] as SectionSpan;
    const evidence = "the postmortem-tracker marker comment";
    return {
      candidates: fromSections(marked, names),
      extraSections: [],
      source: { certainty: "marker", evidence, line: first.line },
    };
  }
  const corrective = spans.filter((s) => s.kind === "corrective");
  const named = fromSections(corrective, names);
  if (named.length > 0) {
    const used = corrective.filter((_, i) => named.some((c) => c.section === i));
    const weak = used.find((s) => s.rank >= BOLD_RANK);
    const first = used[0] as SectionSpan;
    return {
      candidates: named,
      extraSections: [],
      source: weak
        ? {
            certainty: "guess",
            evidence: `the line "${weak.title}", which only looks like a heading`,
            line: weak.line,
          }
        : { certainty: "heading", evidence: `the heading "${first.title}"`, line: first.line },
    };
  }
  const tables = actionTables(blocks, spans).filter((t) => !corrective.some((c) => c.line === t.line));
  const tabled = tables.flatMap((t, i) =>
    t.blocks
      .flatMap((b) => (b.kind === "table" ? tableCandidates(b, [t.title]) : []))
      .map((c) => ({ ...c, section: i })),
  );
  if (tabled.length > 0) {
    const first = tables[0] as SectionSpan;
    const evidence = `the table under "${first.title}", whose columns name an action and an owner`;
    return {
      candidates: tabled,
      extraSections: tables,
      source: { certainty: "guess", evidence, line: first.line },
    };
  }
  // A corrective section without items is the author's answer: the lessons are not searched then.
  const lessons = corrective.length > 0 ? [] : spans.filter((s) => s.kind === "lessons");
  const learned = lessons.flatMap((s) => lessonCandidates(s));
  const from = lessons.find((s) => learned.some((c) => c.head.line >= s.line && c.head.line <= s.endLine));
  if (learned.length > 0 && from) {
    const evidence = `the entries of "${from.title}" that read as actions`;
    return {
      candidates: learned,
      extraSections: [],
      source: { certainty: "guess", evidence, line: from.line },
    };
  }
  return { candidates: [], extraSections: [], source: null };
}
