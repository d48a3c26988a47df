/** The process doc's five sections, as the parser recognises them. */
export type SectionKind = "summary" | "timeline" | "rootCause" | "corrective" | "lessons";

export type Severity = "error" | "warning";

/** A problem found in a report, always tied to the file and, where known, a 1-based line. */
export interface Diagnostic {
  severity: Severity;
  message: string;
  file: string;
  line?: number;
}

export interface Section {
  kind: SectionKind;
  /** The heading as the author wrote it, markup removed. */
  title: string;
  /** 1-based line of the heading, and the last line that belongs to the section. */
  line: number;
  endLine: number;
}

export type ItemGroup = "improvements" | "tasks";

export type Priority = "P0" | "P1" | "P2" | "P3" | "P4";

export type ItemType = "prevent" | "mitigate" | "detect" | "process" | "repair" | "investigate";

/** An existing issue an item points at: `#12`, `owner/repo#12` or an issue URL. */
export interface IssueRef {
  owner?: string;
  repo?: string;
  number: number;
}

export interface ActionItem {
  /** Stable identity: the author's explicit id, else a hash of the normalised title. */
  key: string;
  /** The item's text with the metadata and Markdown markup taken out. */
  title: string;
  /** The item's whole text as plain text (markup removed, metadata kept). */
  text: string;
  /** 1-based line where the item starts. */
  line: number;
  checked: boolean;
  owners: string[];
  /** ISO date (yyyy-MM-dd) when the item names a real one. */
  due: string | null;
  priority: Priority | null;
  type: ItemType | null;
  ref: IssueRef | null;
  group: ItemGroup | null;
  /** The id the author wrote, if any. */
  id: string | null;
}

/** A line of the report as plain text (code blocks left out), for checks that read the prose. */
export interface ProseLine {
  line: number;
  text: string;
  kind: "heading" | "paragraph" | "item" | "row";
}

/**
 * Where the action items were read: the author's marker comment, a heading named for them, or a
 * guess from weaker evidence (a line that only looks like a heading, a table, the lessons).
 */
export interface ItemSource {
  certainty: "marker" | "heading" | "guess";
  /** What the choice rests on, in words, for the review's message. */
  evidence: string;
  line: number;
}

export interface Report {
  path: string;
  title: string;
  frontMatter: Record<string, unknown>;
  sections: Section[];
  items: ActionItem[];
  prose: ProseLine[];
  warnings: Diagnostic[];
  errors: Diagnostic[];
  /** Where the items came from; absent when the report has none. */
  itemsFrom?: ItemSource;
  /** The front matter says the report has no action items (`action-items: none`). */
  declaresNoItems?: boolean;
  /** `status: draft` in the front matter: nothing is filed for it. */
  draft?: boolean;
}
