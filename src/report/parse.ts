import { type Block, documentBlocks, proseLines } from "./blocks.ts";
import { type Choice, chooseItems } from "./choose.ts";
import { declaresNoItems, isDraft, readFrontMatter } from "./front-matter.ts";
import { cleanText } from "./inline.ts";
import { type Candidate, isTaskCandidate } from "./items.ts";
import { decodeEntities, parseMarkdown } from "./markdown.ts";
import { readMetadata } from "./metadata.ts";
import { derivedKey, explicitKey } from "./normalize.ts";
import { findSections, type SectionSpan } from "./sections.ts";
import type { ActionItem, Diagnostic, Report } from "./types.ts";
import { defaultSectionNames, isKnownHeading, type SectionNames } from "./vocabulary.ts";

export interface ParseOptions {
  /** The report's path, named in every message. */
  path?: string;
  /** Extra or replacement heading words for each part of the report. */
  sectionNames?: Partial<SectionNames>;
}

/**
 * The front matter's title, else the first H1, else the first heading that is not the name of a
 * part of the report ("Issue Summary" is no title), else the file's name.
 */
function reportTitle(
  frontMatter: Record<string, unknown>,
  blocks: Block[],
  path: string,
  names: SectionNames,
) {
  if (typeof frontMatter.title === "string") {
    const title = cleanText(decodeEntities(frontMatter.title));
    if (title !== "") return title;
  }
  const headings = blocks.filter((b) => b.kind === "heading" && b.text !== "") as {
    rank: number;
    text: string;
  }[];
  const h1 = headings.find((h) => h.rank === 1);
  if (h1) return h1.text;
  const named = headings.find((h) => h.rank <= 6 && !isKnownHeading(h.text, names));
  return named?.text ?? path.replace(/^.*\//, "").replace(/\.md$/i, "");
}

function groupOf(candidate: Candidate, mixed: boolean, names: SectionNames): ActionItem["group"] {
  if (!mixed) return null;
  return isTaskCandidate(candidate, names) ? "tasks" : "improvements";
}

function toItems(
  candidates: Candidate[],
  names: SectionNames,
  file: string,
  warnings: Diagnostic[],
): ActionItem[] {
  // Improvements and Tasks are told apart where one section has both ("Next steps" elsewhere does not count).
  const mixedSections = new Set<number | undefined>();
  for (const section of new Set(candidates.map((c) => c.section))) {
    const inSection = candidates.filter((c) => c.section === section);
    const tasks = inSection.filter((c) => isTaskCandidate(c, names)).length;
    if (tasks > 0 && tasks < inSection.length) mixedSections.add(section);
  }
  const seen = new Map<string, number>();
  // The next free suffix per repeated key: counting up from 2 each time would be quadratic.
  const next = new Map<string, number>();
  // Identical rows (a pasted table, a hostile one) are read once.
  const read = new Map<string, ReturnType<typeof readMetadata>>();
  return candidates.flatMap((candidate) => {
    const { head, cells } = candidate;
    // An item made of markup alone ("__", "` `", an empty link) has nothing to file: the author hears of it.
    if (!hasWords(head.text) && !head.links.some((l) => /\/issues\/\d+/.test(l))) {
      const shown = head.text === "" ? "nothing but markup" : `only "${head.text}"`;
      warnings.push({
        severity: "warning",
        message: `this action item has ${shown} once its formatting is taken out, so it is not tracked: write what should be done`,
        file,
        line: head.line,
      });
      return [];
    }
    const signature = [
      head.text,
      head.id,
      ...head.links,
      ...Object.entries(cells).flatMap(([r, c]) => [r, c.text, ...c.links]),
    ].join("\u0000");
    const meta = read.get(signature) ?? readMetadata(head, cells);
    read.set(signature, meta);
    const line = candidate.head.line;
    for (const problem of meta.problems) warnings.push({ severity: "warning", message: problem, file, line });
    let key = meta.id ? explicitKey(meta.id) : derivedKey(meta.title || candidate.head.text);
    const first = seen.get(key);
    if (first !== undefined) {
      warnings.push({
        severity: "warning",
        message: `action item repeats the one on line ${first}; it gets its own key`,
        file,
        line,
      });
      let n = next.get(key) ?? 2;
      while (seen.has(`${key}-${n}`)) n += 1;
      next.set(key, n + 1);
      key = `${key}-${n}`;
    }
    seen.set(key, line);
    const item: ActionItem = {
      key,
      title: meta.title || candidate.head.text,
      text: candidate.head.text,
      line,
      checked: candidate.checked,
      owners: [...meta.owners],
      due: meta.due,
      priority: meta.priority,
      type: meta.type,
      ref: meta.ref ? { ...meta.ref } : null,
      group: groupOf(candidate, mixedSections.has(candidate.section), names),
      id: meta.id,
    };
    return [item];
  });
}

/** Letters or digits, in any script, or an issue reference: something a person could act on. */
const hasWords = (text: string) => /[\p{L}\p{N}]/u.test(text);

/** Why the items are missing or came from outside a corrective section, for the CLI's plan. */
function missingItemsWarning(
  spans: SectionSpan[],
  choice: Choice,
): { message: string; line?: number } | null {
  const corrective = spans.find((s) => s.kind === "corrective");
  const found = choice.candidates.length;
  if (choice.source?.certainty === "marker") return null;
  if (corrective) {
    if (found > 0 && choice.source?.line === corrective.line) return null;
    if (found > 0 && choice.extraSections.length === 0) return null;
    if (found > 0)
      return {
        message: `"${corrective.title}" has no action items; ${found} action item(s) were taken from ${choice.source?.evidence}`,
        line: corrective.line,
      };
    return {
      message: `"${corrective.title}" has no action items: write each measure as a list item ("- [ ] ...") so it can be tracked`,
      line: corrective.line,
    };
  }
  if (found > 0 && choice.source) {
    const where = choice.extraSections[0]?.title ?? spans.find((s) => s.line === choice.source?.line)?.title;
    return {
      message: `no "Corrective and Preventative Measures" section; ${found} action item(s) were taken from "${where}"`,
      line: choice.source.line,
    };
  }
  const lessons = spans.find((s) => s.kind === "lessons");
  return {
    message: `no "Corrective and Preventative Measures" section (or "Action items", "Next steps", "Follow-ups", "Remediation"), so there is nothing to track`,
    ...(lessons ? { line: lessons.line } : {}),
  };
}

function mergeNames(extra: Partial<SectionNames> | undefined): SectionNames {
  return extra ? { ...defaultSectionNames, ...extra } : defaultSectionNames;
}

/** Turns a postmortem's Markdown into a typed report. Never throws: problems become diagnostics. */
export function parseReport(input: string, options: ParseOptions = {}): Report {
  const file = options.path ?? "<input>";
  const names = mergeNames(options.sectionNames);
  const warnings: Diagnostic[] = [];
  const errors: Diagnostic[] = [];
  const text = (typeof input === "string" ? input : "").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");

  const front = readFrontMatter(text);
  if (front.error)
    errors.push({ severity: "error", message: front.error.message, file, line: front.error.line });

  let blocks: Block[] = [];
  try {
    const parsed = parseMarkdown(front.body);
    blocks = documentBlocks(parsed.nodes, names, front.body);
    if (parsed.truncatedAt !== null)
      warnings.push({
        severity: "warning",
        message: `the Markdown nests deeper than ${parsed.limit} levels here; what lies deeper was not read`,
        file,
        line: parsed.truncatedAt,
      });
  } catch (error) {
    errors.push({
      severity: "error",
      message: `could not read the Markdown: ${String(error)}`,
      file,
      line: 1,
    });
  }
  const spans = findSections(blocks, names);
  const choice = chooseItems(blocks, spans, names);
  const sections = [...spans, ...choice.extraSections].sort((a, b) => a.line - b.line);
  const missing = missingItemsWarning(spans, choice);
  if (missing) warnings.push({ severity: "warning", file, ...missing });
  return {
    path: file,
    title: reportTitle(front.data, blocks, file, names),
    frontMatter: front.data,
    sections: sections.map(({ kind, title, line, endLine }) => ({ kind, title, line, endLine })),
    items: toItems(choice.candidates, names, file, warnings),
    prose: proseLines(blocks),
    warnings,
    errors,
    ...(choice.source ? { itemsFrom: choice.source } : {}),
    declaresNoItems: declaresNoItems(front.data),
    draft: isDraft(front.data),
  };
}
