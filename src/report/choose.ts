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

const evidenceOf = {
  table: (title: string) => `the table under "${title}", whose columns name an action and an owner`,
  tasks: (title: string) => `the task list under "${title}"`,
};

/** The sections named for the measures: certain under a real heading, a guess under a look-alike. */
function fromHeadings(corrective: SectionSpan[], names: SectionNames): Choice | null {
  const candidates = fromSections(corrective, names);
  if (candidates.length === 0) return null;
  const used = corrective.filter((_, i) => candidates.some((c) => c.section === i));
  const weak = used.find((s) => s.rank >= BOLD_RANK);
  const first = used[0] as SectionSpan;
  const source: ItemSource = weak
    ? {
        certainty: "guess",
        evidence: `the line "${weak.title}", which only looks like a heading`,
        line: weak.line,
      }
    : { certainty: "heading", evidence: `the heading "${first.title}"`, line: first.line };
  return { candidates, extraSections: [], source };
}

/** An action table, else a task list, standing outside any section named for the measures. */
function fromStandalone(blocks: Block[], spans: SectionSpan[], names: SectionNames): Choice | null {
  const corrective = spans.filter((s) => s.kind === "corrective");
  for (const kind of ["table", "tasks"] as const) {
    const parts = standalone(blocks, spans, names, kind).filter(
      (t) => !corrective.some((c) => c.line === t.line),
    );
    const candidates = fromSections(parts, names);
    const first = parts[0];
    if (candidates.length > 0 && first) {
      const source: ItemSource = {
        certainty: "guess",
        evidence: evidenceOf[kind](first.title),
        line: first.line,
      };
      return { candidates, extraSections: parts, source };
    }
  }
  return null;
}

/** With no corrective section at all, the entries of the lessons that read as actions. */
function fromLessons(spans: SectionSpan[]): Choice | null {
  if (spans.some((s) => s.kind === "corrective")) return null;
  const lessons = spans.filter((s) => s.kind === "lessons");
  const candidates = lessons.flatMap((s) => lessonCandidates(s));
  const from = lessons.find((s) => candidates.some((c) => c.head.line >= s.line && c.head.line <= s.endLine));
  if (candidates.length === 0 || !from) return null;
  const evidence = `the entries of "${from.title}" that read as actions`;
  return { candidates, extraSections: [], source: { certainty: "guess", evidence, line: from.line } };
}

/**
 * Decides where the action items are, strongest evidence first: the author's marker comment;
 * the sections whose headings name the corrective part; an action table or a task list standing
 * elsewhere; the actions stated among the lessons (only when no section names the measures: an
 * empty corrective section is the author's answer).
 */
export function chooseItems(blocks: Block[], spans: SectionSpan[], names: SectionNames): Choice {
  const marked = spans.filter((s) => s.marked);
  if (marked.length > 0) {
    const line = (marked[0] as SectionSpan).line;
    const source: ItemSource = {
      certainty: "marker",
      evidence: "the postmortem-tracker marker comment",
      line,
    };
    return { candidates: fromSections(marked, names), extraSections: [], source };
  }
  const corrective = spans.filter((s) => s.kind === "corrective");
  return (
    fromHeadings(corrective, names) ??
    fromStandalone(blocks, spans, names) ??
    fromLessons(spans) ?? { candidates: [], extraSections: [], source: null }
  );
}
