import { createHash } from "node:crypto";
import type { Config } from "../config/schema.ts";
import type { ActionItem } from "../report/index.ts";
import type { ItemType } from "../report/types.ts";

export interface LabelSpec {
  name: string;
  color: string;
  description: string;
}

const MAX = 50;

/** What each type of action item does, as GitHub shows it under the label. */
const TYPE_DESCRIPTIONS: Record<ItemType, string> = {
  prevent: "Postmortem action item that keeps the incident from happening again",
  mitigate: "Postmortem action item that lessens the impact if it happens again",
  detect: "Postmortem action item that makes the problem show up sooner",
  process: "Postmortem action item that changes how the team works",
  repair: "Postmortem action item that repairs what the incident damaged",
  investigate: "Postmortem action item that finds out more about the cause",
};

/**
 * The label that ties one report's issues together: the prefix and the report's path without its
 * usual folder and extension. Listing issues by it finds a report's tracker and items in one request.
 */
export function reportLabel(path: string, config: Config): string {
  // GitHub reads a comma in a label filter as "and": it cannot be part of the name.
  const short = path
    .replace(/^(?:docs\/)?postmortems\//, "")
    .replace(/\.md$/i, "")
    .replace(/,/g, "_");
  const name = `${config.labels.report}${short}`;
  if (name.length <= MAX) return name;
  const hash = createHash("sha256").update(path).digest("hex").slice(0, 6);
  return `${name.slice(0, MAX - 7)}~${hash}`;
}

export const isReportLabel = (name: string, config: Config) => name.startsWith(config.labels.report);

export function trackerLabels(path: string, config: Config): LabelSpec[] {
  return [
    {
      name: config.labels.tracker,
      color: "5319e7",
      description: "Follows the action items of a postmortem until they are done",
    },
    { name: reportLabel(path, config), color: "c5def5", description: `Issues from ${path}`.slice(0, 100) },
  ];
}

export function itemLabels(item: ActionItem, path: string, config: Config): LabelSpec[] {
  const labels: LabelSpec[] = [
    {
      name: config.labels.action,
      color: "d93f0b",
      description: "Action item from a postmortem, tracked until done",
    },
    { name: reportLabel(path, config), color: "c5def5", description: `Issues from ${path}`.slice(0, 100) },
  ];
  if (config.labels.priority && item.priority) {
    const colors: Record<string, string> = {
      P0: "b60205",
      P1: "d93f0b",
      P2: "fbca04",
      P3: "0e8a16",
      P4: "c2e0c6",
    };
    labels.push({
      name: `priority: ${item.priority}`,
      color: colors[item.priority] ?? "ededed",
      description: `Postmortem action item of priority ${item.priority} (P0 is the most urgent)`,
    });
  }
  if (config.labels.type && item.type) {
    labels.push({
      name: `type: ${item.type}`,
      color: "1d76db",
      description: TYPE_DESCRIPTIONS[item.type],
    });
  }
  return labels;
}

/** The label of overdue items, created with its colour and description before its first use. */
export const overdueLabelSpec = (name: string): LabelSpec => ({
  name,
  color: "b60205",
  description: "Postmortem action item past its due date",
});
