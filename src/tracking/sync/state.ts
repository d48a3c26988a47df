import type { Config } from "../../config/schema.ts";
import type { ActionItem } from "../../report/index.ts";
import { reportLabel } from "../labels.ts";
import type { ActionMarker, TrackerEntry, TrackerMarker } from "../marker.ts";
import { parseMarker } from "../marker.ts";
import { type Candidate, type Match, matchItems } from "../match/assign.ts";
import type { ExistingIssue } from "../model.ts";
import { type Ours, ourIssues } from "../ours.ts";
import type { ReportContext } from "../render.ts";
import { leftUndone } from "./sub-issue.ts";
import { markerBase } from "./tracker-marker.ts";

/** Everything a sync of one merged report depends on, as values. */
export interface SyncInput {
  ctx: ReportContext;
  /** The report's path before a rename in this merge. */
  previousPath?: string | null;
  /** The issues that carry the report's label (ours are recognised by author and marker). */
  existing: ExistingIssue[];
  botLogin: string;
  config: Config;
  now: string;
}

/** One item of the report with what it had before: our issue for it, and its last tracker entry. */
export interface Pair {
  item: ActionItem;
  own: Ours<ActionMarker> | undefined;
  before: TrackerEntry | undefined;
  /** How the item was matched to `own`. */
  match: Match | undefined;
  /** A new item split from the issue of another item. */
  splitOf: Candidate | undefined;
}

/** The report matched against our issues: what every later step of the sync plans from. */
export interface SyncState {
  input: SyncInput;
  /** The report's label now, and before a rename in this merge. */
  newLabel: string;
  oldLabel: string;
  renamed: boolean;
  /** The report's issues, with the old label already read as the new one after a rename. */
  existing: ExistingIssue[];
  tracker: Ours<TrackerMarker> | null;
  pairs: Pair[];
  /** Our issues whose item is no longer in the report; `into` when it was merged into another's. */
  leftOver: { own: Ours<ActionMarker>; into: Ours<ActionMarker> | null }[];
  /** The tracker's entries from the last sync, by key. */
  previous: Map<string, TrackerEntry>;
  /** The tracker had lost its marker (a person replaced its body): what it recorded is unknown. */
  repaired: boolean;
}

/** `noItems`: nothing was ever filed for the report, as it has no action items (not "in sync"). */
export type SyncStart = { blocked: string } | { inSync: true; noItems?: true } | { state: SyncState };

export const isTracked = (item: ActionItem, config: Config) =>
  !item.ref && !(item.checked && config.issues["checked-items"] === "record");

/** Why nothing may be filed for this report, or null. */
function blockedReason(input: SyncInput): string | null {
  const { report, path } = input.ctx;
  if (report.draft)
    return `${path} is marked \`status: draft\` in its front matter, so nothing was filed. When it is final, change that line (e.g. \`status: final\`) in a pull request; merging it files the action items.`;
  if (report.errors.length > 0) {
    return `${path} has errors, so nothing was filed: ${report.errors.map((e) => `line ${e.line}: ${e.message}`).join("; ")}`;
  }
  const tracked = report.items.filter((i) => isTracked(i, input.config)).length;
  const max = input.config.issues["max-items"];
  if (tracked > max) {
    return `${path} has ${tracked} open action items, more than the limit of ${max}, so nothing was filed. Split the report's measures, or raise \`issues.max-items\` in .github/postmortem-tracker.yml.`;
  }
  return null;
}

/**
 * Our tracker for the report whose body a person replaced (its marker gone): it is written again from
 * the report instead of a second tracker being opened.
 */
function lostTracker(existing: ExistingIssue[], input: SyncInput, label: string): Ours<TrackerMarker> | null {
  const { ctx, config } = input;
  const issue = existing.find(
    (i) =>
      i.author === input.botLogin &&
      i.labels.includes(config.labels.tracker) &&
      i.labels.includes(label) &&
      parseMarker(i.body) === null,
  );
  if (!issue) return null;
  // A lost marker: nothing is known of what was recorded, and the sync writes it again.
  const marker: TrackerMarker = { ...markerBase(ctx, input.now), sha: "", items: [] };
  return { issue, marker };
}

/**
 * The first step of a sync: a reason not to sync, "already in sync", or the report matched against
 * our issues. Safe on a redelivery: a tracker that recorded this merge means there is nothing to do.
 */
export function startSync(input: SyncInput): SyncStart {
  const { ctx, config } = input;
  const paths = [ctx.path, ...(input.previousPath ? [input.previousPath] : [])];
  // A renamed report keeps its issues: their label is renamed with it.
  const newLabel = reportLabel(ctx.path, config);
  const oldLabel = input.previousPath ? reportLabel(input.previousPath, config) : newLabel;
  const renamed = oldLabel !== newLabel && input.existing.some((i) => i.labels.includes(oldLabel));
  const existing = renamed
    ? input.existing.map((i) => ({ ...i, labels: i.labels.map((l) => (l === oldLabel ? newLabel : l)) }))
    : input.existing;
  const found = ourIssues(existing, input.botLogin, paths);
  const { actions } = found;
  const tracker = found.tracker ?? lostTracker(existing, input, newLabel);
  const blocked = blockedReason(input);
  if (blocked) return { blocked };
  const recorded = tracker?.marker.sha === ctx.source.sha && tracker.marker.report === ctx.path;
  if (tracker && recorded && !leftUndone(tracker, actions)) return { inSync: true };
  // A report without action items gets no tracker (the review says why); one it had stays.
  if (ctx.report.items.length === 0 && !tracker && actions.length === 0)
    return { inSync: true, noItems: true };
  const previous = new Map((tracker?.marker.items ?? []).map((e) => [e.key, e]));
  const matching = matchItems(
    ctx.report.items,
    actions.map((own) => ({ own, before: previous.get(own.marker.key) })),
    ctx.source,
  );
  const pairs = ctx.report.items.map((item, i): Pair => {
    const match = matching.matched.get(i);
    const own = match?.candidate.own;
    const before = previous.get(item.key) ?? (own ? previous.get(own.marker.key) : undefined);
    return { item, own, before, match, splitOf: matching.splitOf.get(i) };
  });
  const leftOver = matching.leftOver.map((l) => ({ own: l.candidate.own, into: l.into?.own ?? null }));
  const repaired = found.tracker === null && tracker !== null;
  return {
    state: { input, newLabel, oldLabel, renamed, existing, tracker, pairs, leftOver, previous, repaired },
  };
}
