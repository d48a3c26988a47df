import type { Block, ListEntry, TableRow } from "./blocks.ts";
import { announcesActions, isSignOff, readsAsAction } from "./evidence.ts";
import type { TextLine } from "./inline.ts";
import type { SectionSpan } from "./sections.ts";
import { isTasksHeading, namesCorrectivePart, type SectionNames } from "./vocabulary.ts";

/** What the structure says about one action item, before its text is read for metadata. */
export interface Candidate {
  head: TextLine;
  checked: boolean;
  /** The labels above the item: section, sub-headings and category entries, outermost first. */
  labels: string[];
  /** Table cells by role, when the item is a table row. */
  cells: Partial<Record<CellRole, TextLine>>;
  /** Which corrective section it came from: groups are told apart within one section. */
  section?: number;
}

export type CellRole = "item" | "owner" | "due" | "priority" | "type" | "ref" | "status";

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const endsWithColon = (text: string) => /:\s*$/.test(text);
const stripColon = (text: string) => text.replace(/\s*:\s*$/, "");

// Header words for each table column; the first role that matches a header wins.
const columnRoles: [CellRole, RegExp][] = [
  ["owner", /owner|\bwho\b|assignee|assigned|responsible|\bdri\b|\bteam\b/i],
  ["due", /\bdue\b|deadline|\beta\b|target|\bwhen\b|date/i],
  ["priority", /priority|\bprio\b|\bsev/i],
  ["type", /\btype\b|category|\bkind\b/i],
  ["ref", /\bbug|issue|ticket|tracking|jira|\blink|\bpr\b|reference/i],
  ["status", /status|\bstate\b|\bdone\b|complete/i],
  [
    "item",
    /action|item|task|measure|follow|to ?do|\bwhat\b|description|title|remediation|step|focus|goal|improvement/i,
  ],
];

function columnMap(header: string[]): Map<number, CellRole> {
  const roles = new Map<number, CellRole>();
  header.forEach((cell, index) => {
    const role = columnRoles.find(([r, re]) => re.test(cell) && ![...roles.values()].includes(r))?.[0];
    if (role) roles.set(index, role);
  });
  if (![...roles.values()].includes("item")) {
    const free = header.findIndex((_, index) => !roles.has(index));
    if (free >= 0) roles.set(free, "item");
  }
  return roles;
}

const isDone = (text: string) =>
  /^(?:done|completed?|closed|fixed|resolved|yes|✅|✔️?|☑️?)$/i.test(text.trim());

export function tableCandidates(table: Extract<Block, { kind: "table" }>, labels: string[]): Candidate[] {
  const roles = columnMap(table.header);
  return table.rows.flatMap((row: TableRow) => {
    const cells: Candidate["cells"] = {};
    row.cells.forEach((cell, index) => {
      const role = roles.get(index);
      if (role) cells[role] = cell;
    });
    const head = cells.item;
    // An empty cell is a row still to be written; one of markup alone is said (by the parse).
    if (!head || (head.text === "" && !head.markup)) return [];
    // Google's layout writes the state in the Bug column ("n/a DONE", "#123 DONE").
    const doneInRef = /(?:^|\s)DONE$/.test((cells.ref?.text ?? "").trim());
    return [{ head, checked: isDone(cells.status?.text ?? "") || doneInRef, labels, cells }];
  });
}

const roleOf = (cell: string) => columnRoles.find(([, re]) => re.test(cell))?.[0];
const hasItemColumn = (table: Extract<Block, { kind: "table" }>) =>
  table.header.some((cell) => roleOf(cell) === "item");

/** A table whose columns name who does it and what is done: an action table wherever it stands. */
export function isActionTable(table: Extract<Block, { kind: "table" }>): boolean {
  const roles = [...columnMap(table.header).values()];
  return roles.includes("owner") && hasItemColumn(table) && table.rows.length > 0;
}

/** An entry that only names a category of the entries under it ("Monitoring:", "**Tasks**"). */
function isCategory(entry: ListEntry, names: SectionNames): boolean {
  const text = entry.head?.text ?? "";
  if (entry.children.length === 0 || text === "" || words(text) > 8) return false;
  if (namesCorrectivePart(text, names) && (endsWithColon(text) || entry.head?.styled)) return true;
  return entry.children.length >= 2 && (endsWithColon(text) || entry.head?.styled === true);
}

/** A bold or colon-ended title whose one sub-entry says what it means. */
function isTitleWithElaboration(entry: ListEntry): boolean {
  const text = entry.head?.text ?? "";
  return (
    entry.children.length === 1 &&
    !entry.more &&
    words(text) <= 10 &&
    (endsWithColon(text) || entry.head?.styled === true) &&
    (entry.children[0]?.children.length ?? 0) === 0
  );
}

function entryCandidates(entry: ListEntry, labels: string[], names: SectionNames): Candidate[] {
  const head = entry.head;
  // An entry with nothing readable in it (only markup: "` `", "[](url)", "<b></b>"): kept, so that
  // the parse can say so instead of the item vanishing.
  if (head && head.text === "" && entry.children.length === 0)
    return [{ head, checked: entry.checked === true, labels, cells: {} }];
  if (!head || head.text === "")
    return entry.children.flatMap((child) => entryCandidates(child, labels, names));
  if (isCategory(entry, names)) {
    return entry.children.flatMap((child) => entryCandidates(child, [...labels, head.text], names));
  }
  if (entry.children.length === 0 && endsWithColon(head.text)) {
    // A label with nothing under it introduces what follows, or names a diagram: no item of its own,
    // unless a paragraph of the entry says what it means.
    if (!entry.body) return [];
    const joined = { ...head, text: `${stripColon(head.text)}: ${entry.body.text}` };
    return [{ head: joined, checked: entry.checked === true, labels, cells: {} }];
  }
  const child = entry.children[0]?.head;
  if (child && isTitleWithElaboration(entry)) {
    const joined = {
      ...head,
      text: `${stripColon(head.text)}: ${child.text}`,
      links: [...head.links, ...child.links],
    };
    return [{ head: joined, checked: entry.checked === true, labels, cells: {} }];
  }
  return [{ head, checked: entry.checked === true, labels, cells: {} }];
}

const sentenceCount = (text: string) => text.split(/[.!?]+(?:\s+|$)/).filter((s) => s.trim() !== "").length;
// Lines that announce a list rather than being an action: "we will take the following measures".
const announces = /\b(?:the following|as follows|below)\b/i;

/** A line on its own reads as one action: short, one or two sentences, not an introduction. */
function isActionLine(line: TextLine): boolean {
  return (
    !endsWithColon(line.text) &&
    !announces.test(line.text) &&
    sentenceCount(line.text) <= 2 &&
    line.text.length <= 250
  );
}

// A section whose whole body is one line is one item when the line is short; a long one is prose.
const LONE_LINE_WORDS = 30;

/** A label entry with nothing under it ("- Tasks to address the issue:") labels the entries after it. */
function listCandidates(entries: ListEntry[], labels: string[], names: SectionNames): Candidate[] {
  let current = labels;
  return entries.flatMap((entry) => {
    const text = entry.head?.text ?? "";
    if (entry.children.length === 0 && !entry.body && endsWithColon(text)) {
      current = [...labels, text];
      return [];
    }
    return entryCandidates(entry, current, names);
  });
}

interface Group {
  labels: string[];
  blocks: Block[];
}

/** Splits a section at its sub-headings; each part keeps the headings above it. */
function groups(section: SectionSpan): Group[] {
  // The section's own heading stays first, even when a sibling heading ("Tasks") continues it.
  const stack: { rank: number; text: string }[] = [];
  const out: Group[] = [{ labels: [section.title], blocks: [] }];
  for (const block of section.blocks) {
    if (block.kind === "heading") {
      while (stack.length > 0 && (stack[stack.length - 1]?.rank ?? 0) >= block.rank) stack.pop();
      stack.push({ rank: block.rank, text: block.text });
      out.push({ labels: [section.title, ...stack.map((s) => s.text)], blocks: [] });
    } else {
      out[out.length - 1]?.blocks.push(block);
    }
  }
  return out;
}

function groupCandidates(group: Group, names: SectionNames): Candidate[] {
  const tables = group.blocks.filter((b) => b.kind === "table");
  const itemTables = tables.filter(hasItemColumn);
  if (itemTables.length > 0) return itemTables.flatMap((t) => tableCandidates(t, group.labels));
  const lists = group.blocks.filter((b) => b.kind === "list");
  if (lists.length > 0) return lists.flatMap((l) => listCandidates(l.entries, group.labels, names));
  if (tables.length > 0) return tables.flatMap((t) => tableCandidates(t, group.labels));
  const paragraphs = group.blocks.filter((b) => b.kind === "paragraph");
  // One action per line counts as a list; a lone line counts only where nothing list-like is near.
  const listLike = paragraphs.filter((p) => p.lines.length >= 2);
  const lines = (listLike.length > 0 ? listLike : paragraphs).flatMap((p) => p.lines);
  const several = lines.length > 1;
  return lines
    .filter((l) => isActionLine(l) && readsAsAction(l.text) && !(several && isSignOff(l.text)))
    .filter((l) => several || words(l.text) <= LONE_LINE_WORDS)
    .map((head) => ({ head, checked: false, labels: group.labels, cells: {} }));
}

const hasListLike = (group: Group) =>
  group.blocks.some(
    (b) => b.kind === "list" || b.kind === "table" || (b.kind === "paragraph" && b.lines.length >= 2),
  );

export function sectionCandidates(section: SectionSpan, names: SectionNames): Candidate[] {
  const parts = groups(section);
  // Text between the heading and the first sub-heading introduces the parts that hold the lists.
  const [intro, ...rest] = parts;
  const introOnly = intro !== undefined && !hasListLike(intro) && rest.some(hasListLike);
  return (introOnly ? rest : parts).flatMap((group) => groupCandidates(group, names));
}

/** Whether the nearest label above an item names the "Tasks" half of the section. */
export function isTaskCandidate(candidate: Candidate, names: SectionNames): boolean {
  const nearest = candidate.labels[candidate.labels.length - 1];
  return nearest !== undefined && isTasksHeading(nearest, names);
}

// An explicit action label, or a sentence that starts as an instruction.
const actionLabel = /^(?:action(?: item| point)?|todo|to do|follow[- ]?up|next step)\s*:/i;
const directive =
  /^(?:never|always|don'?t|do not|avoid|add|implement|create|ensure|make sure|set up|enable|disable|improve|introduce|automate|document|monitor|alert|review|update|upgrade|build|establish|define|require|use|move|migrate|write|test|run|schedule|train|fix|remove|replace|limit|increase|reduce)\b/i;

// An entry that opens with a bold label and goes on ("**More testing**: ...") names an improvement.
const labelled = (entry: ListEntry) => {
  const head = entry.head;
  return head !== null && !head.styled && head.boldLabel === true && /:\s*\S/.test(head.text);
};

/**
 * With no corrective section, the actions a report states among its lessons: lines with an
 * explicit action label, list entries phrased as instructions or opening with a bold label, and
 * every entry of a list that a sentence announces as the actions ("Here's what we're doing").
 */
export function lessonCandidates(section: SectionSpan): Candidate[] {
  const out: Candidate[] = [];
  const take = (head: TextLine, checked: boolean) =>
    out.push({ head, checked, labels: [section.title], cells: {} });
  let announced = false;
  for (const block of section.blocks) {
    if (block.kind === "paragraph") {
      for (const line of block.lines) if (actionLabel.test(line.text)) take(line, false);
      announced = block.lines.some((l) => announcesActions(l.text));
    } else if (block.kind === "list") {
      for (const entry of block.entries) {
        const head = entry.head;
        if (
          head &&
          (announced || actionLabel.test(head.text) || directive.test(head.text) || labelled(entry))
        )
          take(head, entry.checked === true);
      }
      announced = false;
    } else if (block.kind === "heading") announced = false;
  }
  return out;
}
