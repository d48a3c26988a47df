import type { Config } from "../config/schema.ts";
import type { ActionItem } from "../report/index.ts";
import { itemLabels, type LabelSpec } from "./labels.ts";
import type { ActionMarker, TrackerEntry } from "./marker.ts";
import type { ExistingIssue, Operation, RepoId, Target } from "./model.ts";
import { mergeLabels, type Ours, sameSet, stateOf } from "./ours.ts";
import {
  checkedComment,
  type ItemState,
  issueRef,
  itemBody,
  itemTitle,
  linkedComment,
  type ReportContext,
  truncate,
} from "./render.ts";
import type { SyncChange } from "./summary.ts";

/** Stands for a new issue's number in the tracker's marker until the gateway knows it. */
export const PENDING = -1;

/** What the plan of one item needs from the plan of its report. */
export interface ItemContext {
  ctx: ReportContext;
  config: Config;
  existing: ExistingIssue[];
  /** The report's label, which a referenced issue in the same repository gets. */
  newLabel: string;
  /** The tracker as text from a repository: `#12`, or a placeholder until it is created. */
  trackerRef: (from: RepoId) => string;
  hasTracker: boolean;
  /** The tracker's entries from the last sync, by key. */
  previous: Map<string, TrackerEntry>;
  unassignable?: ReadonlySet<string> | undefined;
  now: string;
}

export interface ItemPlan {
  ops: Operation[];
  changes: SyncChange[];
  labels: LabelSpec[];
  /** The item's line in the tracker (id: the plan's name for a new issue). */
  placed: { entry: TrackerEntry; state: ItemState; id?: string } | null;
  subIssue: Target | null;
}

/**
 * Plans one action item: an existing issue it points at, an item checked as done, our issue for it
 * (updated, reopened), or a new issue.
 */
export function planItem(
  item: ActionItem,
  own: Ours<ActionMarker> | undefined,
  before: TrackerEntry | undefined,
  c: ItemContext,
): ItemPlan {
  const { ctx, config, existing, newLabel, trackerRef } = c;
  const { target, path } = ctx;
  const ops: Operation[] = [];
  const changes: SyncChange[] = [];
  const labels: LabelSpec[] = [];
  let placed: ItemPlan["placed"] = null;
  const subIssues: Target[] = [];
  const place = (p: NonNullable<ItemPlan["placed"]>) => {
    placed = p;
  };
  const useLabels = (specs: LabelSpec[]) => {
    labels.push(...specs);
    return specs.map((l) => l.name);
  };
  const result = (): ItemPlan => ({ ops, changes, labels, placed, subIssue: subIssues[0] ?? null });

  const base: TrackerEntry = {
    key: item.key,
    // Titles are capped so that the tracker stays under GitHub's body limit.
    title: truncate(item.title, 120),
    issue: null,
    added: before?.added ?? c.now,
    ...(item.due ? { due: item.due } : {}),
    ...(item.priority ? { priority: item.priority } : {}),
    ...(item.owners.length > 0 ? { owners: item.owners } : {}),
  };

  if (item.ref) {
    const refRepo = { owner: item.ref.owner ?? ctx.source.owner, repo: item.ref.repo ?? ctx.source.repo };
    const sameRepo = refRepo.owner === target.owner && refRepo.repo === target.repo;
    const entry = {
      ...base,
      issue: item.ref.number,
      ...(sameRepo ? {} : { repo: `${refRepo.owner}/${refRepo.repo}` }),
    };
    const linked = existing.find((i) => sameRepo && i.number === item.ref?.number);
    const state: ItemState = linked ? stateOf(linked) : (before?.state ?? "open");
    if (!before || before.issue !== item.ref.number || before.repo !== entry.repo) {
      ops.push({
        op: "comment",
        repo: refRepo,
        issue: { existing: item.ref.number },
        body: linkedComment(ctx, item, trackerRef(refRepo)),
        // Another repository may not let us write: that must not stop the sync.
        ...(sameRepo
          ? {}
          : {
              bestEffort: `line ${item.line}: could not comment on ${refRepo.owner}/${refRepo.repo}#${item.ref.number}`,
            }),
      });
      // In the tracker's repository the issue gets the report's label, so its closing reaches the tracker.
      if (sameRepo && !linked) {
        ops.push({
          op: "addLabels",
          repo: refRepo,
          issue: { existing: item.ref.number },
          labels: [newLabel],
        });
      }
      changes.push({
        kind: "linked",
        title: item.title,
        issue: { existing: item.ref.number },
        repo: refRepo,
      });
    }
    // Our own issue for this item, from before it pointed at an existing one, is closed.
    if (own && own.issue.state === "open" && own.issue.number !== item.ref.number) {
      ops.push({
        op: "comment",
        repo: target,
        issue: { existing: own.issue.number },
        body: `This action item is now tracked in ${issueRef(target, refRepo, item.ref.number)}, as the report says; closing this one as not planned.`,
      });
      ops.push({
        op: "updateIssue",
        repo: target,
        issue: { existing: own.issue.number },
        state: "closed",
        stateReason: "not_planned",
      });
      changes.push({
        kind: "removed",
        title: item.title,
        issue: { existing: own.issue.number },
        repo: target,
      });
    }
    place({ entry: { ...entry, ref: true, ...(state === "done" ? {} : { state }) }, state });
    return result();
  }

  if (item.checked && config.issues["checked-items"] === "record") {
    if (own && own.issue.state === "open") {
      ops.push({
        op: "comment",
        repo: target,
        issue: { existing: own.issue.number },
        body: checkedComment(ctx),
      });
      ops.push({
        op: "updateIssue",
        repo: target,
        issue: { existing: own.issue.number },
        state: "closed",
        stateReason: "completed",
      });
      changes.push({
        kind: "closed",
        title: item.title,
        issue: { existing: own.issue.number },
        repo: target,
      });
    }
    place({
      entry: { ...base, done: true, ...(own ? { issue: own.issue.number } : {}) },
      state: "done",
    });
    return result();
  }

  const wantedLabels = itemLabels(item, path, config);
  const owners = item.owners.filter((o) => o.startsWith("@")).map((o) => o.slice(1));
  const assignable = config.issues["assign-owners"]
    ? owners.filter((o) => !o.includes("/") && !c.unassignable?.has(o.toLowerCase()))
    : [];
  const mentioned = item.owners.filter((o) => o.startsWith("@") && !assignable.includes(o.slice(1)));
  const title = itemTitle(item);
  if (own) {
    const body = itemBody(ctx, item, { mentioned }, trackerRef(target));
    const newLabels = mergeLabels(own.issue.labels, wantedLabels);
    useLabels(wantedLabels);
    const update: Extract<Operation, { op: "updateIssue" }> = {
      op: "updateIssue",
      repo: target,
      issue: { existing: own.issue.number },
    };
    if (own.issue.title !== title) update.title = title;
    // The body changes with every merge (its permalink): it is rewritten only when the item changed,
    // its report moved, or the tracker is new.
    const detailsChanged =
      before !== undefined &&
      (before.due !== base.due ||
        before.priority !== base.priority ||
        (before.owners ?? []).join() !== (base.owners ?? []).join());
    if (
      own.marker.key !== item.key ||
      own.marker.report !== path ||
      own.issue.title !== title ||
      detailsChanged ||
      !sameSet(own.issue.labels, newLabels) ||
      !c.hasTracker
    ) {
      update.body = body;
    }
    if (!sameSet(own.issue.labels, newLabels)) update.labels = newLabels;
    if (detailsChanged && (before?.owners ?? []).join() !== (base.owners ?? []).join())
      update.assignees = assignable;
    // Closed by us (checked, then unchecked; or removed, then restored): open again, as the report says.
    const closedByUs =
      own.issue.state === "closed" &&
      (before?.done === true || (before === undefined && own.issue.stateReason === "not_planned"));
    if (closedByUs) Object.assign(update, { state: "open", stateReason: "reopened" });
    if (Object.keys(update).length > 3) {
      ops.push(update);
      changes.push({ kind: "updated", title, issue: { existing: own.issue.number }, repo: target });
    }
    if (!c.previous.has(item.key) && !c.previous.has(own.marker.key))
      subIssues.push({ existing: own.issue.number });
    place({
      entry: { ...base, issue: own.issue.number },
      state: closedByUs ? "open" : stateOf(own.issue),
    });
    return result();
  }

  const id = `item:${item.key}`;
  const done = item.checked;
  ops.push({
    op: "createIssue",
    id,
    repo: target,
    title,
    body: itemBody(ctx, item, { mentioned }, trackerRef(target)),
    labels: useLabels(wantedLabels),
    assignees: assignable,
    ...(done ? { close: "completed" as const } : {}),
  });
  subIssues.push({ planned: id });
  changes.push({ kind: "created", title, issue: { planned: id }, repo: target });
  place({ entry: { ...base, issue: PENDING }, state: done ? "completed" : "open", id });
  return result();
}
