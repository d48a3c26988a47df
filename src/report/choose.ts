import type { Block } from "./blocks.ts";
import { type Candidate, isActionTable, lessonCandidates, sectionCandidates } from "./items.ts";
import { BOLD_RANK } from "./paragraphs.ts";
import type { SectionSpan } from "./sections.ts";
import type { ItemSource } from "./types.ts";
import { isClosingHeading, type SectionNames } from "./vocabulary.ts";

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

/** Blocks that are action items wherever they stand, each made a section under its nearest heading. */
function standalone(
  blocks: Block[],
  spans: SectionSpan[],
  names: SectionNames,
  kind: "table" | "tasks",
): SectionSpan[] {
  const timeline = spans.filter((s) => s.kind === "timeline");
  const out: SectionSpan[] = [];
  let heading: Extract<Block, { kind: "heading" }> | null = null;
  for (const block of blocks) {
    if (block.kind === "heading") heading = block;
    const fits = kind === "table" ? isStandaloneTable(block) : isStandaloneTaskList(block, heading, names);
    if (!fits || inSpan(block.line, timeline)) continue;
    out.push({
      kind: "corrective",
      title: heading?.text ?? "Action items",
      rank: heading?.rank ?? BOLD_RANK,
      line: heading?.line ?? block.line,
      endLine: block.endLine,
      blocks: [block],
    });
  }
  return out;
}

const isStandaloneTable = (block: Block) => block.kind === "table" && isActionTable(block);

// Checklists people tick to acknowledge or approve a document are not work to track.
const notWork = /checklist|sign[- ]?off|acknowledg|approv|reviewed by|template/i;

/** A task list (most entries `- [ ]` or `- [x]`) that is not an acknowledgement checklist. */
function isStandaloneTaskList(block: Block, heading: { text: string } | null, names: SectionNames): boolean {
  if (block.kind !== "list") return false;
  const tasks = block.entries.filter((e) => e.checked !== null).length;
  if (tasks === 0 || tasks * 2 < block.entries.length) return false;
  return !heading || (!notWork.test(heading.text) && !isClosingHeading(heading.text, names));
}

function fromStandalone(parts: SectionSpan[], names: SectionNames): Candidate[] {
  return parts.flatMap((part, section) => sectionCandidates(part, names).map((c) => ({ ...c, section })));
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
  const evidence = {
    table: (title: string) => `the table under "${title}", whose columns name an action and an owner`,
    tasks: (title: string) => `the task list under "${title}"`,
  };
  for (const kind of ["table", "tasks"] as const) {
    const parts = standalone(blocks, spans, names, kind).filter(
      (t) => !corrective.some((c) => c.line === t.line),
    );
    const found = fromStandalone(parts, names);
    const first = parts[0];
    if (found.length > 0 && first) {
      const source = { certainty: "guess" as const, evidence: evidence[kind](first.title), line: first.line };
      return { candidates: found, extraSections: parts, source };
    }
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
