import { describe, expect, it } from "vitest";
import { defaultConfig, validateConfig } from "../../src/config/load.ts";
import { sweepSettings } from "../../src/tracking/reminders.ts";

describe("the follow-up settings", () => {
  it("default to SEV-1 in 15 days, SEV-2 in 30, reminders 2 days before, escalation after 14, review after 30", () => {
    expect(sweepSettings(defaultConfig)).toEqual({
      interval: "7d",
      timezone: "UTC",
      mention: "overdue",
      deadlines: {
        severity: { 1: "15d", 2: "30d" },
        priority: { P0: "7d", P1: "14d", P2: "30d", P3: "90d" },
        fallback: "30d",
      },
      overdueLabel: "overdue",
      remindBefore: "2d",
      escalateAfter: 14,
      escalateTo: null,
      effectivenessReview: 30,
      notifyUrl: null,
    });
  });

  it("turn off what says off, and mention-owners: false means no mentions", () => {
    const checked = validateConfig({
      reminders: {
        "remind-before": "off",
        "escalate-after": "off",
        "effectiveness-review": "off",
        "mention-owners": false,
      },
      deadlines: { severity: { "SEV-3": "8w" }, default: "60d" },
    });
    if (!checked.ok) throw new Error(checked.message);
    expect(sweepSettings(checked.config)).toMatchObject({
      remindBefore: null,
      escalateAfter: null,
      effectivenessReview: null,
      mention: "none",
      deadlines: { severity: { 3: "8w" }, fallback: "60d" },
    });
  });

  it("names a bad policy, mention, team or webhook", () => {
    const result = validateConfig({
      deadlines: { severity: { "SEV-9": "3d" }, priority: { P1: "soon" } },
      reminders: {
        mention: "everyone",
        "escalate-to": "sre leads",
        "notify-url": "ftp://chat",
        "remind-before": "2 days",
      },
    });
    const message = result.ok ? "" : result.message;
    expect(message).toContain("deadlines.severity");
    expect(message).toContain("deadlines.priority.P1");
    expect(message).toContain("reminders.mention: Invalid option");
    expect(message).toContain("reminders.escalate-to: a @login or an @org/team");
    expect(message).toContain("reminders.notify-url");
    expect(message).toContain('reminders.remind-before: a duration such as "2d", or "off"');
  });
});
