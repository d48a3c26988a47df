import { itemLabels, type LabelSpec, trackerLabels } from "../labels.ts";
import type { TrackerMarker } from "../marker.ts";
import type { IssueCreation, Operation } from "../model.ts";
import { assignableOwners, reportOwners } from "../owners.ts";
import { headerFromReport, trackerBody, trackerTitle } from "../render.ts";
import { isTracked, type SyncState } from "./state.ts";
import { markerBase } from "./tracker-marker.ts";

/** The key under which the gateway reports a new tracker. */
export const TRACKER = "tracker";

/** Every label the sync's issues will carry, items' first, each once. */
export function syncLabels(state: SyncState): LabelSpec[] {
  const { ctx, config } = state.input;
  const labels = new Map<string, LabelSpec>();
  for (const { item, match } of state.pairs)
    if (isTracked(item, config) || match?.pinned)
      for (const l of itemLabels(item, ctx.path, config)) labels.set(l.name, l);
  for (const l of trackerLabels(ctx.path, config)) labels.set(l.name, l);
  return [...labels.values()];
}

/** A new tracker, created before its items (they link to it) and rewritten once they exist. */
function trackerCreation(state: SyncState): IssueCreation {
  const { ctx, config } = state.input;
  const tracked = ctx.report.items.filter((i) => isTracked(i, config)).length;
  // An empty sha: a run that dies before the end leaves a tracker that the next delivery completes.
  const pending: TrackerMarker = { ...markerBase(state.input.ctx, state.input.now), sha: "", items: [] };
  return {
    op: "createIssue",
    key: TRACKER,
    repo: ctx.target,
    title: trackerTitle(ctx.report),
    body: trackerBody(
      headerFromReport(ctx),
      [`Filing ${tracked} action item(s)…`],
      0,
      ctx.report.items.length,
      pending,
    ),
    labels: trackerLabels(ctx.path, config).map((l) => l.name),
    // The report's owners follow the tracker; those who cannot be assigned are left out.
    assignees: config.issues["assign-owners"] ? assignableOwners(reportOwners(ctx.report.frontMatter)) : [],
  };
}

/**
 * The first writes of a sync: a renamed report's label, the labels it needs that its issues do not
 * carry yet (with colour and description), and the tracker when there is none.
 */
export function planSetup(state: SyncState): Operation[] {
  const target = state.input.ctx.target;
  const known = new Set(state.existing.flatMap((i) => i.labels));
  const rename: Operation[] = state.renamed
    ? [{ op: "renameLabel", repo: target, from: state.oldLabel, to: state.newLabel }]
    : [];
  const labels: Operation[] = syncLabels(state)
    .filter((l) => !known.has(l.name))
    .map((l) => ({ op: "ensureLabel", repo: target, ...l }));
  return [...rename, ...labels, ...(state.tracker ? [] : [trackerCreation(state)])];
}
