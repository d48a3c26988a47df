import { datePattern, isoDate, readDate } from "./dates.ts";
import type { TextLine } from "./inline.ts";
import type { CellRole } from "./items.ts";
import type { IssueRef, ItemType, Priority } from "./types.ts";

/** What one action item says about itself beyond its title. */
export interface Metadata {
  owners: string[];
  due: string | null;
  priority: Priority | null;
  type: ItemType | null;
  ref: IssueRef | null;
  id: string | null;
  /** The text with the metadata taken out. */
  title: string;
  /** Metadata that was written but cannot be used, e.g. an impossible date. */
  problems: string[];
}

const login = "[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:/[A-Za-z0-9][\\w.-]*)?";
const mention = new RegExp(`(?<![\\w@./\`])@(${login})`, "g");
const mentionToken = new RegExp(`^[,;(\\[—–-]*@${login}[)\\],;]*$`);
const ownerPhrase =
  /[([]?\b(?:owners?|assignees?|assigned to|dri)\s*[:=-]\s*([^()[\],;|.]+?)\s*(?:[)\]]|(?=[,;|.]|$))/i;
const bracketName = /\s*\[(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2})\]\s*$/u;

const dueMarker =
  "(?:📅|🗓️?|\\bdue(?:\\s+(?:date|by|on))?|\\bdeadline|\\bby|\\bbefore|\\buntil|\\btarget(?:\\s+date)?|\\beta|\\bscheduled?\\s+for)";
const dueWithMarker = new RegExp(`(${dueMarker})\\s*[:=–-]?\\s*(${datePattern})`, "i");
// A date that only tells when something happened ("from 2025-11-01", "expires on ...") is not a due date.
const narrative =
  /\b(?:from|to|on|since|after|at|in|between|and|until|till|through|expires?|expired|expiring|started|ended|of)\s*$/i;
const anyIsoDate = new RegExp(`(?<![\\w/-])(${isoDate})`, "g");
function bareIsoDate(text: string): RegExpExecArray | null {
  if (!/\d{4}/.test(text)) return null;
  for (const m of text.matchAll(anyIsoDate)) {
    if (!narrative.test(text.slice(0, m.index))) return m as RegExpExecArray;
  }
  return null;
}

const priorityTag = /(?<![\w-])p([0-4])(?![\w-])/i;
const priorityWord =
  /\b(?:priority\s*[:=-]?\s*(critical|urgent|highest|high|medium|normal|low|lowest)|(critical|urgent|highest|high|medium|normal|low|lowest)[- ]priority)\b/i;
const priorityByWord: Record<string, Priority> = {
  critical: "P0",
  urgent: "P0",
  highest: "P0",
  high: "P1",
  medium: "P2",
  normal: "P2",
  low: "P3",
  lowest: "P4",
};

const typeByWord: Record<string, ItemType> = {
  prevent: "prevent",
  prevention: "prevent",
  preventive: "prevent",
  preventative: "prevent",
  mitigate: "mitigate",
  mitigation: "mitigate",
  detect: "detect",
  detection: "detect",
  process: "process",
  repair: "repair",
  investigate: "investigate",
  investigation: "investigate",
};
const typeWords = Object.keys(typeByWord).join("|");
const typeTag = new RegExp(`(?:\\btype\\s*[:=]\\s*(${typeWords})\\b|[[(](${typeWords})[\\])])`, "i");

const issueUrl = /^https?:\/\/[^/\s]+\/([\w.-]+)\/([\w.-]+)\/(?:issues|pull)\/(\d+)\b/;
const issueRefText = /(?<![\w/#&])(?:([A-Za-z0-9][\w.-]*)\/([\w.-]+))?#(\d+)\b/;
const issueRefs = new RegExp(issueRefText.source, "g");
// "(tracked in #12)", "(see #12)": the whole aside is metadata.
const refMention = new RegExp(
  `[(\\[]\\s*(?:(?:tracked|filed|followed)\\s+(?:in|by|as)|see|refs?|issue|bug|ticket)?\\s*${issueRefText.source}\\s*[)\\]]`,
  "gi",
);
const idTag = /\s*(?:[[({]\s*id\s*[:=]\s*([\w.-]+)\s*[\])}]|\{#([\w.-]+)\}|(?<!\w)id\s*[:=]\s*([\w.-]+))/i;

const reserved = new Set([
  "done",
  "todo",
  "wip",
  "closed",
  "open",
  "fixed",
  "blocked",
  "draft",
  ...Object.keys(typeByWord),
]);

// A bare "#12" is a reference where people write one: in an aside, after "see"/"in"/"fixes"..., or at
// the end; "#1 priority" or a page anchor is not.
const refBefore =
  /(?:\b(?:see|in|issue|bug|ticket|fixes|fixed in|closes|refs?|via|per|tracked (?:in|by|as)|filed as)|[([:])\s*$/i;
const refAfter = /^\s*(?:$|[)\],;—–|]|-\s|@|📅|\b(?:due|p[0-4]|type|id)\b)/i;

/** The issue references an item really makes, with where they stand in the text. */
function references(text: string): { match: RegExpExecArray; ref: IssueRef }[] {
  // Links that are not issue links are masked, so their anchors are not read as references.
  const scan = text.replace(/https?:\/\/\S+/g, (u) => (issueUrl.test(u) ? u : " ".repeat(u.length)));
  const out: { match: RegExpExecArray; ref: IssueRef }[] = [];
  for (const m of scan.matchAll(issueRefs)) {
    const full = Boolean(m[1] && m[2]);
    const before = scan.slice(0, m.index);
    const after = scan.slice(m.index + m[0].length);
    if (!full && !refBefore.test(before) && !refAfter.test(after)) continue;
    out.push({
      match: m as RegExpExecArray,
      ref: full
        ? { owner: m[1] as string, repo: m[2] as string, number: Number(m[3]) }
        : { number: Number(m[3]) },
    });
  }
  return out;
}

function firstRef(text: string, links: string[]): IssueRef | null {
  for (const link of links) {
    const m = issueUrl.exec(link);
    if (m?.[1] && m[2]) return { owner: m[1], repo: m[2], number: Number(m[3]) };
  }
  for (const url of text.match(/https?:\/\/\S+/g) ?? []) {
    const m = issueUrl.exec(url);
    if (m?.[1] && m[2]) return { owner: m[1], repo: m[2], number: Number(m[3]) };
  }
  return references(text)[0]?.ref ?? null;
}

function splitOwners(text: string): string[] {
  return text
    .split(/[,;&]|\band\b|\s\/\s/)
    .map((s) => s.trim())
    .filter((s) => s !== "" && s !== "-" && !reserved.has(s.toLowerCase()));
}

function readPriority(text: string, wholeCell: boolean): Priority | null {
  const tag = priorityTag.exec(text);
  if (tag) return `P${tag[1]}` as Priority;
  const word = priorityWord.exec(text);
  const value = word?.[1] ?? word?.[2] ?? (wholeCell ? text.trim() : undefined);
  return value ? (priorityByWord[value.toLowerCase()] ?? null) : null;
}

function readType(text: string, wholeCell: boolean): ItemType | null {
  const tag = typeTag.exec(text);
  const value = tag?.[1] ?? tag?.[2] ?? (wholeCell ? /^\s*([a-z]+)/i.exec(text)?.[1] : undefined);
  return value ? (typeByWord[value.toLowerCase()] ?? null) : null;
}

/** Takes the run of @mentions off the end of a title, word by word (no backtracking regex). */
function withoutTrailingMentions(title: string): string {
  const words = title.split(" ");
  while (words.length > 1 && mentionToken.test(words[words.length - 1] ?? "")) words.pop();
  return words.join(" ");
}

function tidy(title: string): string {
  return title
    .replace(/\(\s*[,;]?\s*\)|\[\s*\]/g, "")
    .replace(/\s+([,.;:!?])/g, "$1")
    .replace(/\s+/g, " ")
    .replace(/^[\s,;:.|—–-]+|[\s,;:|—–-]+$/g, "")
    .trim();
}

// Compiled once: reports can hold thousands of items.
const dateInCell = new RegExp(datePattern, "i");
const wholeIsoDate = new RegExp(`^(?:${isoDate})$`);

/** Reads owners, due date, priority, type, an existing issue and an id out of one item. */
export function readMetadata(head: TextLine, cells: Partial<Record<CellRole, TextLine>> = {}): Metadata {
  let title = head.text;
  const problems: string[] = [];
  const owners: string[] = [];

  let due: string | null = null;
  const dueSource = cells.due?.text ?? "";
  const marked = dueSource ? null : dueWithMarker.exec(title);
  const bare = dueSource || marked ? null : bareIsoDate(title);
  const dateText = dueSource ? (dateInCell.exec(dueSource)?.[0] ?? null) : (marked?.[2] ?? bare?.[1] ?? null);
  if (dueSource.trim() !== "" && !dateText && !/^(?:-|–|n\/a|none|tbd)$/i.test(dueSource.trim())) {
    problems.push(`due date "${dueSource.trim()}" could not be read: write it as YYYY-MM-DD`);
  }
  if (dateText) {
    const result = readDate(dateText);
    if ("iso" in result) due = result.iso;
    else problems.push(`due date "${dateText}" is not a real date (${result.invalid})`);
    const tagLike = marked && (/^(?:📅|🗓|due)/i.test(marked[1] ?? "") || wholeIsoDate.test(dateText));
    if (tagLike && marked) title = title.replace(marked[0], " ");
    else if (bare) title = title.replace(bare[0], " ");
  }

  const priority = cells.priority ? readPriority(cells.priority.text, true) : readPriority(title, false);
  if (!cells.priority)
    title = title.replace(
      /[[(]?\bpriority\s*[:=-]\s*\w+[\])]?|[[(]p[0-4][\])]|(?<![\w-])p[0-4](?![\w-])/gi,
      " ",
    );

  const type = cells.type ? readType(cells.type.text, true) : readType(title, false);
  if (!cells.type) title = title.replace(typeTag, " ");

  const ref = cells.ref ? firstRef(cells.ref.text, cells.ref.links) : firstRef(title, head.links);
  if (!cells.ref) {
    title = title.replace(/https?:\/\/\S+?\/(?:issues|pull)\/\d+[^\s)]*/g, " ").replace(refMention, " ");
    for (const { match } of references(title).reverse()) {
      title = `${title.slice(0, match.index)} ${title.slice(match.index + match[0].length)}`;
    }
  }

  const idMatch = idTag.exec(title);
  const id = head.id ?? idMatch?.[1] ?? idMatch?.[2] ?? idMatch?.[3] ?? null;
  if (idMatch) title = title.replace(idMatch[0], " ");

  const phrase = ownerPhrase.exec(title);
  // "owner: X" is metadata at the start, at the end, in brackets or after a separator; not mid-sentence.
  const placed =
    phrase && (/^[([]/.test(phrase[0]) || /(?:^|[,;—–|(-])\s*$/.test(title.slice(0, phrase.index)));
  if (phrase?.[1] && placed) {
    owners.push(...splitOwners(phrase[1]));
    title = title.replace(phrase[0], " ");
  }
  for (const m of title.matchAll(mention)) if (m[1]) owners.push(`@${m[1]}`);
  title = withoutTrailingMentions(tidy(title));
  const bracket = bracketName.exec(title);
  if (bracket?.[1] && !reserved.has(bracket[1].toLowerCase()) && !priorityTag.test(bracket[1])) {
    owners.push(bracket[1]);
    title = title.replace(bracket[0], "");
  }
  if (cells.owner) owners.push(...splitOwners(cells.owner.text));

  return { owners: [...new Set(owners)], due, priority, type, ref, id, title: tidy(title), problems };
}
