import type { ActionItem } from "../../report/index.ts";
import { closeWithComment } from "../close.ts";
import { itemLabels } from "../labels.ts";
import type { ActionMarker, TrackerEntry } from "../marker.ts";
import {
  changesSomething,
  type IssueUpdate,
  type Operation,
  type RepoId,
  repoName,
  stateOf,
} from "../model.ts";
import { mergeLabels, type Ours, sameSet } from "../ours.ts";
import { assignableOwners } from "../owners.ts";
import { type Deadline, deadlineBy, deadlineRules } from "../reminders/deadline.ts";
import { checkedComment, type ItemState, issueRef, itemBody, itemTitle, linkedComment } from "../render.ts";
import { truncate } from "../text.ts";
import type { SyncChange } from "./comment.ts";
import type { Pair, SyncState } from "./state.ts";
import { wantsParent } from "./sub-issue.ts";

/** What the plan of one item needs from the plan of its report. */
export interface ItemContext {
  state: SyncState;
  /** The tracker as text from a repository: `#12`, or "(new issue)" in a dry run. */
  trackerRef: (from: RepoId) => string;
}

/** The item's line in the tracker; `key` names a new issue among what the gateway created. */
export interface Placed {
  entry: TrackerEntry;
  state: ItemState;
  key?: string;
  /** For a new issue: how its body is written again when an owner cannot be assigned. */
  item?: ActionItem;
  mentioned?: string[];
}

export interface ItemPlan {
  operations: Operation[];
  changes: SyncChange[];
  placed: Placed;
  /** An issue of ours to make a sub-issue of the tracker (a new one is found by its key). */
  subIssue: { existing: number } | { key: string } | null;
}

const creationKey = (item: ActionItem) => `item:${item.key}`;

/** The item's deadline as its issue body shows it: the report's date, or the policy's. */
function itemDeadline(entry: TrackerEntry, c: ItemContext): Deadline {
  const { config, now, ctx } = c.state.input;
  const severity = ctx.report.frontMatter.severity;
  const facts = {
    merged: c.state.tracker?.marker.merged ?? now,
    severity: typeof severity === "string" || typeof severity === "number" ? severity : null,
  };
  return deadlineBy(entry, facts, deadlineRules(config));
}

function baseEntry(pair: Pair, now: string): TrackerEntry {
  const { item, before } = pair;
  return {
    key: item.key,
    // Titles are capped so that the tracker stays under GitHub's body limit.
    title: truncate(item.title, 120),
    issue: null,
    added: before?.added ?? now,
    ...(item.due ? { due: item.due } : {}),
    ...(item.priority ? { priority: item.priority } : {}),
    ...(item.owners.length > 0 ? { owners: item.owners } : {}),
  };
}

/** An item that names an existing issue: linked once (comment, label); our own issue for it closed. */
function planReference(pair: Pair, c: ItemContext): ItemPlan {
  const { item, own, before } = pair;
  const { ctx } = c.state.input;
  const ref = item.ref as NonNullable<ActionItem["ref"]>;
  const refRepo = { owner: ref.owner ?? ctx.source.owner, repo: ref.repo ?? ctx.source.repo };
  const inTarget = refRepo.owner === ctx.target.owner && refRepo.repo === ctx.target.repo;
  const entry = {
    ...baseEntry(pair, c.state.input.now),
    issue: ref.number,
    ...(inTarget ? {} : { repo: repoName(refRepo) }),
  };
  const linked = c.state.existing.find((i) => inTarget && i.number === ref.number);
  const state = linked ? stateOf(linked) : (before?.state ?? "open");
  const operations: Operation[] = [];
  const changes: SyncChange[] = [];
  if (!before || before.issue !== ref.number || before.repo !== entry.repo || before.unreached) {
    operations.push({
      op: "comment",
      repo: refRepo,
      issue: { existing: ref.number },
      body: linkedComment(ctx, item, c.trackerRef(refRepo)),
      // A referenced issue may be missing, locked or in a repository we cannot write to: the other
      // items must not pay for it. The tracker lists the item all the same.
      bestEffort: `${ctx.path}:${item.line}: could not comment on ${repoName(refRepo)}#${ref.number}, which the item names`,
    });
    // In the tracker's repository the issue gets the report's label, so its closing reaches the tracker.
    if (inTarget && !linked)
      operations.push({
        op: "addLabels",
        repo: refRepo,
        issue: { existing: ref.number },
        labels: [c.state.newLabel],
        bestEffort: `${ctx.path}:${item.line}: could not label ${repoName(refRepo)}#${ref.number}, which the item names`,
      });
    changes.push({ kind: "linked", title: item.title, issue: ref.number, repo: refRepo });
  }
  // Our own issue for this item, from before it pointed at an existing one, is closed.
  if (own && own.issue.state === "open" && own.issue.number !== ref.number) {
    const body = `This action item is now tracked in ${issueRef(ctx.target, refRepo, ref.number)}, as the report says; closing this one as not planned.`;
    const closed = closeWithComment({ ...own.issue, title: item.title }, body, "not_planned");
    operations.push(...closed.operations);
    changes.push(closed.change);
  }
  const placed = { entry: { ...entry, ref: true as const, state }, state };
  return { operations, changes, placed, subIssue: null };
}

/** An item checked as done: recorded in the tracker; our open issue for it is closed as completed. */
function planChecked(pair: Pair, c: ItemContext): ItemPlan {
  const { item, own } = pair;
  const closed =
    own && own.issue.state === "open"
      ? closeWithComment({ ...own.issue, title: item.title }, checkedComment(c.state.input.ctx), "completed")
      : null;
  const entry = {
    ...baseEntry(pair, c.state.input.now),
    done: true,
    ...(own ? { issue: own.issue.number } : {}),
  };
  return {
    operations: closed?.operations ?? [],
    changes: closed ? [closed.change] : [],
    placed: { entry, state: "done" },
    subIssue: null,
  };
}

/** Who is assigned, and who is only mentioned (teams, and everyone when assigning is off). */
function people(item: ActionItem, c: ItemContext): { assignable: string[]; mentioned: string[] } {
  const mentions = item.owners.filter((o) => o.startsWith("@"));
  const assignable = c.state.input.config.issues["assign-owners"] ? assignableOwners(mentions) : [];
  const mentioned = item.owners.filter((o) => o.startsWith("@") && !assignable.includes(o.slice(1)));
  return { assignable, mentioned };
}

/** Our issue for an item: updated where the item changed, reopened when we closed it and it is back. */
function planOwn(pair: Pair, own: Ours<ActionMarker>, c: ItemContext): ItemPlan {
  const { item, before } = pair;
  const { ctx, config, now } = c.state.input;
  const base = baseEntry(pair, now);
  const wanted = mergeLabels(own.issue.labels, itemLabels(item, ctx.path, config));
  const title = itemTitle(item);
  const update: IssueUpdate = { op: "updateIssue", repo: ctx.target, issue: { existing: own.issue.number } };
  if (own.issue.title !== title) update.title = title;
  const ownersChanged = before !== undefined && (before.owners ?? []).join() !== (base.owners ?? []).join();
  const detailsChanged =
    ownersChanged || (before !== undefined && (before.due !== base.due || before.priority !== base.priority));
  const labelsChanged = !sameSet(own.issue.labels, wanted);
  const { assignable, mentioned } = people(item, c);
  // The body changes with every merge (its permalink): it is rewritten only when the item changed,
  // its report moved, or the tracker is new.
  const moved = own.marker.key !== item.key || own.marker.report !== ctx.path;
  if (moved || own.issue.title !== title || detailsChanged || labelsChanged || c.state.tracker === null)
    update.body = itemBody(ctx, item, { mentioned }, c.trackerRef(ctx.target), itemDeadline(base, c));
  if (labelsChanged) update.labels = wanted;
  if (ownersChanged) update.assignees = assignable;
  // Closed by us (checked, then unchecked; or removed, then restored): open again, as the report says.
  const closedByUs =
    own.issue.state === "closed" &&
    (before?.done === true ||
      (before === undefined && !c.state.repaired && own.issue.stateReason === "not_planned"));
  if (closedByUs) Object.assign(update, { state: "open", stateReason: "reopened" });
  const changed = changesSomething(update);
  const known = c.state.previous.has(item.key) || c.state.previous.has(own.marker.key);
  // Filed by an earlier run of this same sync that stopped before the tracker recorded it.
  const filedByThisMerge = !known && !c.state.repaired && own.issue.state === "open" && before === undefined;
  return {
    operations: changed ? [update] : [],
    changes: filedByThisMerge
      ? [{ kind: "created", title, issue: own.issue.number, repo: ctx.target, line: item.line }]
      : changed
        ? [updatedChange(pair, own, title, ctx.target)]
        : [],
    placed: { entry: { ...base, issue: own.issue.number }, state: closedByUs ? "open" : stateOf(own.issue) },
    subIssue: wantsParent(own.issue, !known) ? { existing: own.issue.number } : null,
  };
}

function updatedChange(pair: Pair, own: Ours<ActionMarker>, title: string, repo: RepoId): SyncChange {
  const reworded = pair.match && !pair.match.exact && pair.match.was !== pair.item.title;
  return {
    kind: "updated",
    title,
    issue: own.issue.number,
    repo,
    line: pair.item.line,
    ...(reworded ? { was: pair.match?.was } : {}),
    ...(pair.match?.guess ? { guess: true } : {}),
  };
}

/** A new item: one new issue, created closed when the report already checks it. */
function planNew(pair: Pair, c: ItemContext): ItemPlan {
  const { item } = pair;
  const { ctx, config, now } = c.state.input;
  const key = creationKey(item);
  const title = itemTitle(item);
  const { assignable, mentioned } = people(item, c);
  const operation: Operation = {
    op: "createIssue",
    key,
    repo: ctx.target,
    title,
    body: itemBody(ctx, item, { mentioned }, c.trackerRef(ctx.target), itemDeadline(baseEntry(pair, now), c)),
    labels: itemLabels(item, ctx.path, config).map((l) => l.name),
    assignees: assignable,
    ...(item.checked ? { close: "completed" as const } : {}),
  };
  return {
    operations: [operation],
    changes: [
      {
        kind: pair.splitOf ? "split" : "created",
        title,
        issue: null,
        key,
        repo: ctx.target,
        line: item.line,
        ...(pair.splitOf ? { related: pair.splitOf.own.issue.number } : {}),
      },
    ],
    placed: { entry: baseEntry(pair, now), state: item.checked ? "completed" : "open", key, item, mentioned },
    subIssue: { key },
  };
}

/** Plans one action item: one small function per case. */
export function planItem(pair: Pair, c: ItemContext): ItemPlan {
  // An item that names our own issue for it is that item, not a reference to someone else's issue.
  if (pair.item.ref && !pair.match?.pinned) return planReference(pair, c);
  if (pair.item.checked && c.state.input.config.issues["checked-items"] === "record")
    return planChecked(pair, c);
  return pair.own ? planOwn(pair, pair.own, c) : planNew(pair, c);
}

/** A new issue's body again, naming the owners the gateway could not assign; null when all were. */
export function bodyWithRefused(placed: Placed, refused: string[], c: ItemContext): string | null {
  if (!placed.item || refused.length === 0) return null;
  const mentioned = [...(placed.mentioned ?? []), ...refused.map((r) => `@${r}`)];
  const { ctx } = c.state.input;
  return itemBody(ctx, placed.item, { mentioned }, c.trackerRef(ctx.target), itemDeadline(placed.entry, c));
}
