import { trackerLabels } from "../labels.ts";
import type { TrackerEntry, TrackerMarker } from "../marker.ts";
import {
  type CreatedIssues,
  type IssueNode,
  issueKey,
  type Operation,
  type RepoId,
  type WriteProblem,
} from "../model.ts";
import { mergeLabels } from "../ours.ts";
import { entryRepo } from "../refresh.ts";
import { deadlineBy, deadlineRules } from "../reminders/deadline.ts";
import { shownReason } from "../reminders/reasons.ts";
import {
  allResolvedComment,
  entryLine,
  headerFromReport,
  issueRef,
  trackerBody,
  trackerNotes,
  trackerTitle,
} from "../render.ts";
import { trackerTransition } from "../transition.ts";
import { pullRequestComment } from "./comment.ts";
import { bodyWithRefused, type Placed } from "./item.ts";
import { type ItemsPlan, itemContext } from "./plan.ts";
import { TRACKER } from "./setup.ts";
import type { SyncState } from "./state.ts";
import { markerBase } from "./tracker-marker.ts";

/** The tracker as it will be: from the state, or as the gateway created it; null in a dry run. */
export function trackerNode(state: SyncState, created: CreatedIssues): IssueNode | null {
  if (state.tracker) return { number: state.tracker.issue.number, nodeId: state.tracker.issue.nodeId };
  const made = created.get(TRACKER);
  return made ? { number: made.number, nodeId: made.nodeId } : null;
}

/** Each item's tracker entry with its issue's number, now that new issues have one. */
function placedEntries(items: ItemsPlan, created: CreatedIssues): { entry: TrackerEntry; placed: Placed }[] {
  return items.items.map(({ placed }) => ({
    placed,
    entry: placed.key ? { ...placed.entry, issue: created.get(placed.key)?.number ?? null } : placed.entry,
  }));
}

/** A referenced issue that a write could not reach is marked on its line, and tried again later. */
function unreached(entry: TrackerEntry, target: RepoId, problems: WriteProblem[]): TrackerEntry {
  if (!entry.ref || entry.issue === null) return entry;
  const key = issueKey(entryRepo(entry, target), entry.issue);
  const problem = problems.find((p) => p.issue === key);
  return problem ? { ...entry, unreached: problem.answer } : entry;
}

/** Each item that has an issue of ours, with that issue's number (for links back into the report). */
export function trackedItems(state: SyncState, items: ItemsPlan, created: CreatedIssues) {
  return placedEntries(items, created).flatMap(({ entry }, i) => {
    const item = state.pairs[i]?.item;
    return item && entry.issue !== null && !entry.ref && !entry.done ? [{ item, issue: entry.issue }] : [];
  });
}

/** New issues whose owners could not all be assigned name them in their body instead. */
function refusedNotes(state: SyncState, items: ItemsPlan, created: CreatedIssues, tracker: number | null) {
  const c = itemContext(state, tracker);
  const notes: Operation[] = [];
  for (const { placed } of items.items) {
    const made = placed.key ? created.get(placed.key) : undefined;
    const body = made ? bodyWithRefused(placed, made.refused, c) : null;
    if (made && body)
      notes.push({ op: "updateIssue", repo: made.repo, issue: { existing: made.number }, body });
  }
  return notes;
}

function subIssues(
  state: SyncState,
  items: ItemsPlan,
  created: CreatedIssues,
  parent: IssueNode,
): Operation[] {
  const nodes = new Map(state.existing.map((i) => [i.number, i.nodeId]));
  const children = items.items.flatMap(({ subIssue }): IssueNode[] => {
    if (!subIssue) return [];
    if ("key" in subIssue) {
      const made = created.get(subIssue.key);
      return made ? [{ number: made.number, nodeId: made.nodeId }] : [];
    }
    const nodeId = nodes.get(subIssue.existing);
    return nodeId ? [{ number: subIssue.existing, nodeId }] : [];
  });
  const repo = state.input.ctx.target;
  return children.length > 0 ? [{ op: "addSubIssues", repo, parent, children }] : [];
}

/** The tracker rewritten with every item's issue, closed or reopened as its items say. */
function trackerWrites(
  state: SyncState,
  items: ItemsPlan,
  created: CreatedIssues,
  tracker: number,
  problems: WriteProblem[],
): Operation[] {
  const { ctx, config, now } = state.input;
  const target = ctx.target;
  const entries = placedEntries(items, created).map(({ entry, placed }) => ({
    placed,
    entry: unreached(entry, target, problems),
  }));
  const marker: TrackerMarker = {
    ...markerBase(state.input.ctx, state.input.now),
    merged: state.tracker?.marker.merged ?? now,
    ...(state.tracker?.marker.followUp ? { followUp: state.tracker.marker.followUp } : {}),
    // What the sweep has sent survives a sync, or the next sweep would send it again.
    ...(state.tracker?.marker.sweep ? { sweep: state.tracker.marker.sweep } : {}),
    items: entries.map(({ entry }) => entry),
  };
  const rules = deadlineRules(config);
  const facts = { merged: marker.merged, severity: marker.severity ?? null };
  const lines = entries.map(({ entry, placed }) =>
    entryLine(
      entry,
      placed.state,
      entry.issue !== null ? issueRef(target, entryRepo(entry, target), entry.issue) : null,
      deadlineBy(entry, facts, rules),
      shownReason(entry.key, marker.sweep),
    ),
  );
  const resolved = entries.filter((e) => e.placed.state !== "open").length;
  const notPlanned = entries.filter((e) => e.placed.state === "not_planned").length;
  const transition = trackerTransition(
    { repo: target, number: tracker, open: state.tracker ? state.tracker.issue.state === "open" : true },
    entries.length > 0 && resolved === entries.length,
    allResolvedComment(entries.length, notPlanned),
  );
  const labels = trackerLabels(ctx.path, config);
  const notes = trackerNotes(state.tracker?.issue.body ?? "");
  const update: Operation = {
    op: "updateIssue",
    repo: target,
    issue: { existing: tracker },
    title: trackerTitle(ctx.report),
    body: trackerBody(headerFromReport(ctx), lines, resolved, entries.length, marker, notes),
    labels: state.tracker ? mergeLabels(state.tracker.issue.labels, labels) : labels.map((l) => l.name),
    ...transition.state,
  };
  return [...(transition.comment ? [transition.comment] : []), update];
}

/**
 * The last step of a sync, from the plan and what the gateway created: notes for owners who could
 * not be assigned, the sub-issues, the pull request comment (unless `commented`: posted by an earlier
 * run of this sync; with the `problems` of writes that could not be done), then the tracker with every item's issue. The tracker records the merge last, so
 * a run that stops before it is finished by the next delivery, and nothing is lost.
 */
export function finishSync(
  state: SyncState,
  items: ItemsPlan,
  created: CreatedIssues,
  commented = false,
  problems: WriteProblem[] = [],
): Operation[] {
  const { ctx } = state.input;
  const tracker = trackerNode(state, created);
  const ops = refusedNotes(state, items, created, tracker?.number ?? null);
  if (tracker) ops.push(...subIssues(state, items, created, tracker));
  if (ctx.pullRequest !== null && !commented) {
    const body = pullRequestComment(
      ctx,
      items.changes,
      created,
      tracker?.number ?? null,
      items.items.length,
      problems,
    );
    ops.push({ op: "comment", repo: ctx.source, issue: { existing: ctx.pullRequest }, body });
  }
  if (tracker) ops.push(...trackerWrites(state, items, created, tracker.number, problems));
  return ops;
}
