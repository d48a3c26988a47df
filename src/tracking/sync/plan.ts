import { closeWithComment } from "../close.ts";
import type { Operation } from "../model.ts";
import { issueRef, mergedComment, removedComment } from "../render.ts";
import type { SyncChange } from "./comment.ts";
import { type ItemContext, type ItemPlan, planItem } from "./item.ts";
import { planSetup } from "./setup.ts";
import { type SyncInput, type SyncState, startSync } from "./state.ts";

/** The writes for the report's items, once the tracker's number is known (null: a dry run's new tracker). */
export interface ItemsPlan {
  operations: Operation[];
  changes: SyncChange[];
  items: ItemPlan[];
}

export function itemContext(state: SyncState, tracker: number | null): ItemContext {
  const target = state.input.ctx.target;
  return {
    state,
    trackerRef: (from) => (tracker === null ? "(new issue)" : issueRef(from, target, tracker)),
  };
}

/**
 * The second step of a sync: every item planned in report order, then our open issues whose item is
 * gone closed as not planned, with a comment saying why.
 */
export function planItems(state: SyncState, tracker: number | null): ItemsPlan {
  const c = itemContext(state, tracker);
  const items = state.pairs.map((pair) => planItem(pair, c));
  const operations = items.flatMap((i) => i.operations);
  const changes = items.flatMap((i) => i.changes);
  for (const { own, into } of state.leftOver) {
    if (own.issue.state !== "open") continue;
    const { ctx } = state.input;
    const body = into
      ? mergedComment(ctx, issueRef(ctx.target, ctx.target, into.issue.number))
      : removedComment(ctx);
    const closed = closeWithComment(own.issue, body, "not_planned");
    operations.push(...closed.operations);
    changes.push(into ? { ...closed.change, kind: "merged", related: into.issue.number } : closed.change);
  }
  return { operations, changes, items };
}

export type SyncPlan =
  | { kind: "blocked"; reason: string }
  | { kind: "in-sync" }
  | { kind: "sync"; state: SyncState; setup: Operation[]; items: ItemsPlan };

/**
 * The sync of one report planned as far as it can be without writing: what the review previews and
 * the table tests read. The sync job applies the same steps one after the other (see jobs/sync.ts).
 */
export function planSync(input: SyncInput): SyncPlan {
  const start = startSync(input);
  if ("blocked" in start) return { kind: "blocked", reason: start.blocked };
  if ("inSync" in start) return { kind: "in-sync" };
  const { state } = start;
  return {
    kind: "sync",
    state,
    setup: planSetup(state),
    items: planItems(state, state.tracker?.issue.number ?? null),
  };
}
