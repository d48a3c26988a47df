import type { Rule } from "./types.ts";

/** Action items people can act on: an owner, a date or priority, a measurable end. */

const itemOwner: Rule = {
  id: "item-owner",
  level: "warning",
  description: "Each action item has an owner.",
  check(report) {
    return report.items
      .filter((i) => !i.checked && i.owners.length === 0 && !i.ref)
      .map((i) => ({
        message: `"${i.title}" has no owner`,
        line: i.line,
        suggestion: "Name who will do it: @login or @org/team.",
      }));
  },
};

const itemDue: Rule = {
  id: "item-due",
  level: "warning",
  description: "Each action item has a due date or a priority.",
  check(report) {
    return report.items
      .filter((i) => !i.checked && !i.due && !i.priority)
      .map((i) => ({
        message: `"${i.title}" has neither a due date nor a priority`,
        line: i.line,
        suggestion: 'Add "due: YYYY-MM-DD" or a priority (P0-P4).',
      }));
  },
};

// Openings that name an activity rather than an outcome.
const vague =
  /^(?:investigate|look into|explore|consider|think about|discuss|evaluate|research|improve|enhance|review|revisit|assess|better|more)\b/i;
// A measurable end: a number, a date, a named artifact or a concrete check.
const measurable =
  /\d|\b(?:alert|runbook|dashboard|test|check|limit|timeout|ci|lint|slo|sla|document|script|flag|playbook|policy|owner)s?\b/i;

const itemVague: Rule = {
  id: "item-vague",
  level: "warning",
  description: 'Action items are specific: "investigate", "look into" or "improve X" need a measurable end.',
  check(report) {
    return report.items
      .filter((i) => !i.checked && vague.test(i.title) && !measurable.test(i.title))
      .map((i) => ({
        message: `"${i.title}" is not actionable as written: it names an activity, not an outcome`,
        line: i.line,
        suggestion:
          'Say what will be true when it is done, e.g. "Alert when p99 latency exceeds 500 ms for 5 minutes".',
      }));
  },
};

const itemTypes: Rule = {
  id: "item-types",
  level: "notice",
  description: "Where items have types, at least one prevents or detects.",
  check(report) {
    const typed = report.items.filter((i) => i.type);
    if (typed.length === 0 || typed.some((i) => i.type === "prevent" || i.type === "detect")) return [];
    return [
      {
        message: "no action item prevents or detects a recurrence",
        line: typed[0]?.line ?? 1,
        suggestion: "Add an item of type prevent or detect.",
      },
    ];
  },
};

export const actionableRules: Rule[] = [itemOwner, itemDue, itemVague, itemTypes];
