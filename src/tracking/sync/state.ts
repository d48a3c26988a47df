import type { Config } from "../../config/schema.ts";
import { type ActionItem, tokenOverlap } from "../../report/index.ts";
import { reportLabel } from "../labels.ts";
import type { ActionMarker, TrackerEntry, TrackerMarker } from "../marker.ts";
import type { ExistingIssue } from "../model.ts";
import { type Ours, ourIssues } from "../ours.ts";
import type { ReportContext } from "../render.ts";

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
  /** Our issues whose item is no longer in the report. */
  leftOver: Ours<ActionMarker>[];
  /** The tracker's entries from the last sync, by key. */
  previous: Map<string, TrackerEntry>;
}

export type SyncStart = { blocked: string } | { inSync: true } | { state: SyncState };

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

/** Report items to our issues: by key, then an edited item to a left-over issue of similar text. */
export function matchItems(items: ActionItem[], actions: Ours<ActionMarker>[]) {
  const byKey = new Map(actions.map((a) => [a.marker.key, a]));
  const keys = new Set(items.map((i) => i.key));
  const leftOver = actions.filter((a) => !keys.has(a.marker.key));
  const matched = new Map<string, Ours<ActionMarker>>();
  for (const item of items) {
    const own = byKey.get(item.key);
    if (own) {
      matched.set(item.key, own);
      continue;
    }
    const similar = leftOver.find((a) => tokenOverlap(a.issue.title, item.title) >= 0.8);
    if (similar) {
      matched.set(item.key, similar);
      leftOver.splice(leftOver.indexOf(similar), 1);
    }
  }
  return { matched, leftOver };
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
  const { tracker, actions } = ourIssues(existing, input.botLogin, paths);
  const blocked = blockedReason(input);
  if (blocked) return { blocked };
  if (tracker && tracker.marker.sha === ctx.source.sha && tracker.marker.report === ctx.path)
    return { inSync: true };
  // A report without action items gets no tracker (the review says why); one it had stays.
  if (ctx.report.items.length === 0 && !tracker && actions.length === 0) return { inSync: true };
  const { matched, leftOver } = matchItems(ctx.report.items, actions);
  const previous = new Map((tracker?.marker.items ?? []).map((e) => [e.key, e]));
  const pairs = ctx.report.items.map((item) => {
    const own = matched.get(item.key);
    return { item, own, before: previous.get(item.key) ?? (own ? previous.get(own.marker.key) : undefined) };
  });
  return { state: { input, newLabel, oldLabel, renamed, existing, tracker, pairs, leftOver, previous } };
}
