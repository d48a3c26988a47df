import type { Config } from "../config/schema.ts";
import { type ActionItem, tokenOverlap } from "../report/index.ts";
import { type LabelSpec, reportLabel, trackerLabels } from "./labels.ts";
import type { ActionMarker, TrackerEntry, TrackerMarker } from "./marker.ts";
import {
  type ExistingIssue,
  numberPlaceholder,
  type Operation,
  placeholder,
  type RepoId,
  repoName,
  type Target,
} from "./model.ts";
import { mergeLabels, type Ours, ourIssues } from "./ours.ts";
import { type ItemContext, PENDING, planItem } from "./plan-item.ts";
import {
  allResolvedComment,
  entryLine,
  headerFromReport,
  type ItemState,
  issueRef,
  type ReportContext,
  removedComment,
  trackerBody,
  trackerTitle,
} from "./render.ts";
import { pullRequestComment, type SyncChange } from "./summary.ts";

/** Everything a sync of one merged report depends on, as values. */
export interface SyncInput {
  ctx: ReportContext;
  /** The report's path before a rename in this merge. */
  previousPath?: string | null;
  /** The issues that carry the report's label (ours are recognised by author and marker). */
  existing: ExistingIssue[];
  botLogin: string;
  config: Config;
  /** Logins that cannot be assigned in the target repository (learned from an earlier refusal). */
  unassignable?: ReadonlySet<string>;
  now: string;
}

export { ourIssues } from "./ours.ts";

export interface SyncPlan {
  operations: Operation[];
  changes: SyncChange[];
  /** Why nothing is filed, when the report cannot be synced. */
  blocked: string | null;
  tracker: Target;
}

const isTracked = (item: ActionItem, config: Config) =>
  !item.ref && !(item.checked && config.issues["checked-items"] === "record");

function markerBase(input: SyncInput): Omit<TrackerMarker, "items"> {
  const { ctx } = input;
  const meta = ctx.report.frontMatter;
  return {
    v: 1,
    kind: "tracker",
    report: ctx.path,
    source: repoName(ctx.source),
    title: ctx.report.title,
    pr: ctx.pullRequest,
    ...(typeof meta.severity === "string" || typeof meta.severity === "number"
      ? { severity: String(meta.severity) }
      : {}),
    ...(typeof meta.date === "string" ? { date: meta.date } : {}),
    sha: ctx.source.sha,
    merged: input.now,
  };
}

const repoFromName = (name: string): RepoId => {
  const [owner = "", repo = ""] = name.split("/");
  return { owner, repo };
};

/**
 * Plans the sync of one merged report: which issues to create, update, close or comment on, and the
 * tracker that follows them. Safe to run again on the same merge: what is already there is left alone.
 */
export function planSync(input: SyncInput): SyncPlan {
  const { ctx, config } = input;
  const { report, path, target } = ctx;
  const paths = [path, ...(input.previousPath ? [input.previousPath] : [])];
  // A renamed report keeps its issues: their label is renamed with it.
  const newLabel = reportLabel(path, config);
  const oldLabel = input.previousPath ? reportLabel(input.previousPath, config) : newLabel;
  const renamed = oldLabel !== newLabel && input.existing.some((i) => i.labels.includes(oldLabel));
  const existing = renamed
    ? input.existing.map((i) => ({ ...i, labels: i.labels.map((l) => (l === oldLabel ? newLabel : l)) }))
    : input.existing;
  const knownLabels = new Set(existing.flatMap((i) => i.labels));
  const { tracker, actions } = ourIssues(existing, input.botLogin, paths);
  const trackerTarget: Target = tracker ? { existing: tracker.issue.number } : { planned: "tracker" };
  const none = (blocked: string | null): SyncPlan => ({
    operations: [],
    changes: [],
    blocked,
    tracker: trackerTarget,
  });

  if (report.errors.length > 0) {
    return none(
      `${path} has errors, so nothing was filed: ${report.errors.map((e) => `line ${e.line}: ${e.message}`).join("; ")}`,
    );
  }
  const tracked = report.items.filter((i) => isTracked(i, config));
  const max = config.issues["max-items"];
  if (tracked.length > max) {
    return none(
      `${path} has ${tracked.length} open action items, more than the limit of ${max}, so nothing was filed. Split the report's measures, or raise \`issues.max-items\` in .github/postmortem-tracker.yml.`,
    );
  }
  if (tracker && tracker.marker.sha === ctx.source.sha && tracker.marker.report === path) return none(null);
  // A report without action items gets no tracker (the review says why); one it had stays.
  if (report.items.length === 0 && !tracker && actions.length === 0) return none(null);

  const ops: Operation[] = [];
  const changes: SyncChange[] = [];
  const labels = new Map<string, LabelSpec>();
  const useLabels = (specs: LabelSpec[]) => {
    for (const spec of specs) labels.set(spec.name, spec);
    return specs.map((l) => l.name);
  };
  const trackerRef = (from: RepoId) =>
    tracker ? issueRef(from, target, tracker.issue.number) : placeholder("tracker");

  // Match report items to our issues: by key, then an edited item to a left-over issue of similar text.
  const byKey = new Map(actions.map((a) => [a.marker.key, a]));
  const keys = new Set(report.items.map((i) => i.key));
  const leftOver = actions.filter((a) => !keys.has(a.marker.key));
  const matched = new Map<string, Ours<ActionMarker>>();
  for (const item of report.items) {
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

  const previous = new Map((tracker?.marker.items ?? []).map((e) => [e.key, e]));
  const entries: { entry: TrackerEntry; state: ItemState; id?: string }[] = [];
  const subIssues: Target[] = [];
  const itemContext: ItemContext = {
    ctx,
    config,
    existing,
    newLabel,
    trackerRef,
    hasTracker: tracker !== null,
    previous,
    unassignable: input.unassignable,
    now: input.now,
  };

  for (const item of report.items) {
    const own = matched.get(item.key);
    const before = previous.get(item.key) ?? (own ? previous.get(own.marker.key) : undefined);
    const planned = planItem(item, own, before, itemContext);
    ops.push(...planned.ops);
    changes.push(...planned.changes);
    useLabels(planned.labels);
    if (planned.placed) entries.push(planned.placed);
    if (planned.subIssue) subIssues.push(planned.subIssue);
  }

  for (const gone of leftOver) {
    if (gone.issue.state !== "open") continue;
    ops.push({
      op: "comment",
      repo: target,
      issue: { existing: gone.issue.number },
      body: removedComment(ctx),
    });
    ops.push({
      op: "updateIssue",
      repo: target,
      issue: { existing: gone.issue.number },
      state: "closed",
      stateReason: "not_planned",
    });
    changes.push({
      kind: "removed",
      title: gone.issue.title,
      issue: { existing: gone.issue.number },
      repo: target,
    });
  }

  // The tracker: created first (items link to it), rewritten last with every item's issue.
  const trackerLabelSpecs = trackerLabels(path, config);
  const trackerLabelNames = useLabels(trackerLabelSpecs);
  if (!tracker) {
    const pending: TrackerMarker = { ...markerBase(input), sha: "", items: [] };
    ops.unshift({
      op: "createIssue",
      id: "tracker",
      repo: target,
      title: trackerTitle(report),
      body: trackerBody(
        headerFromReport(ctx),
        [`Filing ${tracked.length} action item(s)…`],
        0,
        report.items.length,
        pending,
      ),
      labels: trackerLabelNames,
      assignees: [],
    });
  }
  if (subIssues.length > 0)
    ops.push({ op: "addSubIssues", repo: target, parent: trackerTarget, children: subIssues });

  const marker: TrackerMarker = {
    ...markerBase(input),
    merged: tracker?.marker.merged ?? input.now,
    ...(tracker?.marker.followUp ? { followUp: tracker.marker.followUp } : {}),
    items: entries.map(({ entry }) => entry),
  };
  const lines = entries.map(({ entry, state, id }) => {
    const repo = entry.repo ? repoFromName(entry.repo) : target;
    const ref = id ? placeholder(id) : entry.issue !== null ? issueRef(target, repo, entry.issue) : null;
    return entryLine(entry, state, ref);
  });
  const resolved = entries.filter((e) => e.state !== "open").length;
  let body = trackerBody(headerFromReport(ctx), lines, resolved, entries.length, marker);
  // New issues' numbers are known only once created: the gateway fills them in, in the marker too.
  for (const { id } of entries)
    if (id) body = body.replace(`"issue":${PENDING}`, `"issue":${numberPlaceholder(id)}`);
  const allResolved = entries.length > 0 && resolved === entries.length;
  const trackerOpen = tracker ? tracker.issue.state === "open" : true;
  if (allResolved && trackerOpen) {
    const notPlanned = entries.filter((e) => e.state === "not_planned").length;
    ops.push({
      op: "comment",
      repo: target,
      issue: trackerTarget,
      body: allResolvedComment(entries.length, notPlanned),
    });
  }
  ops.push({
    op: "updateIssue",
    repo: target,
    issue: trackerTarget,
    title: trackerTitle(report),
    body,
    labels: tracker ? mergeLabels(tracker.issue.labels, trackerLabelSpecs) : trackerLabelNames,
    ...(allResolved === trackerOpen
      ? { state: allResolved ? "closed" : "open", stateReason: allResolved ? "completed" : "reopened" }
      : {}),
  });
  if (ctx.pullRequest !== null) {
    ops.push({
      op: "comment",
      repo: ctx.source,
      issue: { existing: ctx.pullRequest },
      body: pullRequestComment(ctx, changes, trackerTarget, entries.length),
    });
  }

  // Labels on the report's issues exist already; only new ones are created (with colour and description).
  const labelOps: Operation[] = [...labels.values()]
    .filter((l) => !knownLabels.has(l.name))
    .map((l) => ({ op: "ensureLabel", repo: target, ...l }));
  const rename: Operation[] = renamed
    ? [{ op: "renameLabel", repo: target, from: oldLabel, to: newLabel }]
    : [];
  return { operations: [...rename, ...labelOps, ...ops], changes, blocked: null, tracker: trackerTarget };
}
