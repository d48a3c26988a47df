import type { SectionKind } from "./types.ts";

/**
 * Words that name the parts of a postmortem. A heading belongs to a kind when one of the kind's
 * phrases starts at a word boundary of the normalised heading ("follow up" matches "Follow-ups").
 */
export interface SectionNames {
  summary: string[];
  timeline: string[];
  rootCause: string[];
  corrective: string[];
  lessons: string[];
  /** The broad part of the corrective section ("Improvements/Fixes"). */
  improvements: string[];
  /** The concrete part of the corrective section ("Tasks"). */
  tasks: string[];
  /** Headings that are none of the five but close whatever section is open. */
  closing: string[];
}

export const defaultSectionNames: SectionNames = {
  corrective: [
    "corrective",
    "preventa",
    "preventi",
    "to prevent",
    "prevent recurrence",
    "prevent future",
    "measures",
    "actions",
    "remediat",
    "recommendation",
    "in future",
    "in the future",
    "action item",
    "action point",
    "actionable",
    "follow up",
    "followup",
    "remediation",
    "next step",
    "to do",
    "todo",
    "what we re doing",
    "what we are doing",
    "what we re changing",
    "what we are changing",
    "what we will do",
    "what we ll do",
    "what we re going to do",
    "going forward",
    "recurrence",
  ],
  lessons: [
    "lesson",
    "learning",
    "learned",
    "learnt",
    "went well",
    "went wrong",
    "could be improved",
    "takeaway",
    "got lucky",
    "retrospective",
  ],
  timeline: ["timeline", "time line", "chronology", "sequence of events"],
  rootCause: ["root cause", "cause", "resolution", "contributing factor", "trigger", "what happened"],
  summary: ["summary", "overview", "tl dr", "tldr", "abstract"],
  improvements: ["improvement", "fix", "enhancement", "measure", "recommendation"],
  tasks: ["task", "action item", "action point", "to do", "todo", "next step", "follow up", "followup"],
  closing: [
    "conclusion",
    "final thought",
    "closing",
    "appendix",
    "reference",
    "acknowledg",
    "glossary",
    "supporting",
    "what happens now",
  ],
};

/** Lowercase words and digits only: emoji, numbering, punctuation and markup go. */
export function normalizeHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/^\s*(?:\d+|[ivx]+)\s+/u, " ")
    .trim();
}

// Phrase lists are normalised once each (they are read for every line that could be a heading).
const prepared = new WeakMap<string[], string[]>();

function matchesAny(normalized: string, phrases: string[]): boolean {
  let list = prepared.get(phrases);
  if (!list) {
    list = phrases.map((phrase) => ` ${normalizeHeading(phrase)}`);
    prepared.set(phrases, list);
  }
  const padded = ` ${normalized}`;
  return list.some((phrase) => padded.includes(phrase));
}

// The corrective section is tested first: "Lessons learned and action items" holds the actions.
const kindOrder: SectionKind[] = ["corrective", "lessons", "timeline", "rootCause", "summary"];

// Actions already taken belong to the resolution, not to what is left to do.
const pastActions = /\b(?:actions?|measures?|steps?) (?:taken|performed|done|so far|during|we took)\b/;

export function classifyHeading(text: string, names: SectionNames): SectionKind | null {
  const normalized = normalizeHeading(text);
  if (normalized === "") return null;
  const kind = kindOrder.find((k) => matchesAny(normalized, names[k])) ?? null;
  if (kind === "corrective" && pastActions.test(normalized)) return "rootCause";
  return kind;
}

export function isTasksHeading(text: string, names: SectionNames): boolean {
  return matchesAny(normalizeHeading(text), names.tasks);
}

/** A heading that continues the corrective section: another corrective part, improvements or tasks. */
export function continuesCorrective(text: string, names: SectionNames): boolean {
  const normalized = normalizeHeading(text);
  if (classifyHeading(text, names) === "corrective") return true;
  if (classifyHeading(text, names) !== null) return false;
  return matchesAny(normalized, names.improvements) || matchesAny(normalized, names.tasks);
}

/** A label that is nothing but the name of a corrective part: "Tasks:", "Improvements/Fixes:". */
export function namesCorrectivePart(text: string, names: SectionNames): boolean {
  const normalized = ` ${normalizeHeading(text)}`;
  return [names.corrective, names.improvements, names.tasks].some((phrases) => {
    matchesAny("", phrases);
    return (prepared.get(phrases) ?? []).some((phrase) => normalized.startsWith(phrase));
  });
}

export function isClosingHeading(text: string, names: SectionNames): boolean {
  return matchesAny(normalizeHeading(text), names.closing);
}

// Short lines are asked about again and again (every list entry, every paragraph line).
const known = new WeakMap<SectionNames, Map<string, boolean>>();

export function isKnownHeading(text: string, names: SectionNames): boolean {
  let answers = known.get(names);
  if (!answers) {
    answers = new Map();
    known.set(names, answers);
  }
  const cached = answers.get(text);
  if (cached !== undefined) return cached;
  const answer =
    classifyHeading(text, names) !== null ||
    continuesCorrective(text, names) ||
    isClosingHeading(text, names);
  if (answers.size > 10000) answers.clear();
  answers.set(text, answer);
  return answer;
}
