import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultConfig, validateConfig } from "../../src/config/load.ts";
import type { Config } from "../../src/config/schema.ts";
import { parseReport } from "../../src/report/index.ts";
import { reviewReport } from "../../src/review/index.ts";
import { buildDraft } from "../../src/tracking/draft/build.ts";
import { draftSettings } from "../../src/tracking/draft/settings.ts";
import { excerpt } from "../../src/tracking/draft/timeline.ts";
import type { IncidentIssue, TimelineEvent } from "../../src/tracking/draft/types.ts";
import { repoRoot } from "../helpers.ts";

const BOT = "postmortem-tracker[bot]";

function config(change: (c: Config) => void = () => {}): Config {
  const c = structuredClone(defaultConfig);
  change(c);
  return c;
}

function issue(over: Partial<IncidentIssue> = {}): IncidentIssue {
  return {
    repo: { owner: "acme", repo: "platform" },
    number: 42,
    title: "Checkout latency spike",
    url: "https://github.com/acme/platform/issues/42",
    author: "dana",
    createdAt: "2026-11-03T13:12:05Z",
    closedAt: null,
    state: "open",
    labels: [],
    assignees: [],
    ...over,
  };
}

const draft = (i: IncidentIssue, events: TimelineEvent[] = [], c: Config = config()) =>
  buildDraft(i, events, draftSettings(c, BOT));

/** The Timeline's entries of a drafted report. */
const entries = (text: string) =>
  (text.split("## Timeline")[1] ?? "")
    .split("\n## ")[0]
    ?.split("\n")
    .filter((l) => l.startsWith("- ")) ?? [];

const frontMatterLine = (text: string, key: string) => text.split("\n").find((l) => l.startsWith(`${key}:`));

describe("the timeline of a draft", () => {
  const events: TimelineEvent[] = [
    { kind: "labeled", at: "2026-11-03T23:40:00Z", actor: "dana", label: "sev2" },
    {
      kind: "commented",
      at: "2026-11-03T23:50:00Z",
      actor: "lee",
      id: 1,
      body: "Pool exhausted.\nMore later.",
    },
    { kind: "assigned", at: "2026-11-04T00:05:00Z", actor: "dana", assignee: "lee" },
    { kind: "assigned", at: "2026-11-04T00:06:00Z", actor: "kim", assignee: "kim" },
    { kind: "unlabeled", at: "2026-11-04T00:07:00Z", actor: "dana", label: "triage" },
    {
      kind: "cross-referenced",
      at: "2026-11-04T04:30:00Z",
      actor: "lee",
      source: {
        repo: "acme/platform",
        number: 45,
        title: "Revert pool size",
        url: "https://github.com/acme/platform/pull/45",
        pull: true,
      },
    },
    {
      kind: "cross-referenced",
      at: "2026-11-04T04:31:00Z",
      actor: "kim",
      source: {
        repo: "acme/billing",
        number: 7,
        title: "Same on billing?",
        url: "https://github.com/acme/billing/issues/7",
        pull: false,
      },
    },
    { kind: "closed", at: "2026-11-04T05:10:00Z", actor: "lee", reason: "completed" },
    { kind: "reopened", at: "2026-11-04T05:12:00Z", actor: "dana" },
    { kind: "closed", at: "2026-11-04T05:20:00Z", actor: "dana", reason: "not_planned" },
  ];

  it.each([
    [
      "UTC",
      [
        "- **2026-11-03 13:12** @dana opened the issue",
        "- **23:40** @dana added the label `sev2`",
        '- **23:50** @lee commented: "Pool exhausted."',
        "- **2026-11-04 00:05** @dana assigned @lee",
        "- **00:06** @kim assigned themselves",
        "- **00:07** @dana removed the label `triage`",
        '- **04:30** @lee linked pull request #45 "Revert pool size"',
        '- **04:31** @kim linked issue acme/billing#7 "Same on billing?"',
        "- **05:10** @lee closed the issue",
        "- **05:12** @dana reopened the issue",
        "- **05:20** @dana closed the issue as not planned",
      ],
    ],
    [
      "America/New_York",
      [
        "- **2026-11-03 08:12** @dana opened the issue",
        "- **18:40** @dana added the label `sev2`",
        '- **18:50** @lee commented: "Pool exhausted."',
        "- **19:05** @dana assigned @lee",
        "- **19:06** @kim assigned themselves",
        "- **19:07** @dana removed the label `triage`",
        '- **23:30** @lee linked pull request #45 "Revert pool size"',
        '- **23:31** @kim linked issue acme/billing#7 "Same on billing?"',
        "- **2026-11-04 00:10** @lee closed the issue",
        "- **00:12** @dana reopened the issue",
        "- **00:20** @dana closed the issue as not planned",
      ],
    ],
  ])("is told in %s, each day's first entry with its date", (zone, expected) => {
    const { text } = draft(
      issue(),
      events,
      config((c) => {
        c.draft.timezone = zone;
      }),
    );
    expect(entries(text)).toEqual(expected);
    expect(text).toContain(`All times ${zone}`);
    expect(frontMatterLine(text, "timezone")).toBe(`timezone: ${zone}`);
  });

  it("dates the report and its file name by the day the issue opened in the report's zone", () => {
    const opened = issue({ createdAt: "2026-11-03T23:30:00Z" });
    const tokyo = draft(
      opened,
      [],
      config((c) => {
        c.reminders.timezone = "Asia/Tokyo";
      }),
    );
    expect(tokyo.path).toBe("postmortems/2026-11-04-checkout-latency-spike.md");
    expect(frontMatterLine(tokyo.text, "date")).toMatch(/^date: 2026-11-04T08:30:00\+09:00 #/);
    const utc = draft(
      opened,
      [],
      config((c) => {
        c.draft.directory = "docs/incidents";
      }),
    );
    expect(utc.path).toBe("docs/incidents/2026-11-03-checkout-latency-spike.md");
  });

  it("names the file after the issue when its title has no Latin words, so two incidents never share it", () => {
    const kanji = draft(
      { ...issue(), title: "決済の遅延" },
      [],
      config(() => {}),
    );
    expect(kanji.path).toBe(`postmortems/2026-11-03-incident-${issue().number}.md`);
  });

  it("leaves out what we did, our replies and the commands that asked for the draft", () => {
    const said: TimelineEvent[] = [
      {
        kind: "cross-referenced",
        at: "2026-11-03T14:00:30Z",
        actor: BOT,
        source: {
          repo: "acme/platform",
          number: 50,
          title: "Postmortem: x",
          url: "https://github.com/acme/platform/pull/50",
          pull: true,
        },
      },
      {
        kind: "commented",
        at: "2026-11-03T14:01:30Z",
        actor: "github-actions[bot]",
        id: 9,
        body: 'Drafted.\n<!-- postmortem-tracker {"v":1,"kind":"draft-reply","key":"label"} -->',
      },
      { kind: "commented", at: "2026-11-03T14:00:00Z", actor: "dana", id: 1, body: "/postmortem please" },
      {
        kind: "commented",
        at: "2026-11-03T14:01:00Z",
        actor: BOT,
        id: 2,
        body: "The postmortem is drafted in …",
      },
      { kind: "commented", at: "2026-11-03T14:02:00Z", actor: "lee", id: 3, body: "Rolled back at 13:58." },
    ];
    expect(entries(draft(issue(), said).text)).toEqual([
      "- **2026-11-03 13:12** @dana opened the issue",
      '- **14:02** @lee commented: "Rolled back at 13:58."',
    ]);
  });

  it("keeps every one of many events, in order", () => {
    const many: TimelineEvent[] = Array.from({ length: 250 }, (_, i) => ({
      kind: "commented",
      at: new Date(Date.parse("2026-11-03T14:00:00Z") + i * 60_000).toISOString(),
      actor: `user${i}`,
      id: i,
      body: `update ${i}`,
    }));
    const lines = entries(draft(issue(), [...many].reverse()).text);
    expect(lines).toHaveLength(251);
    expect(lines[1]).toBe('- **14:00** @user0 commented: "update 0"');
    expect(lines[250]).toBe('- **18:09** @user249 commented: "update 249"');
  });
});

describe("the draft's settings", () => {
  it("refuse a time zone that does not exist, and a command that is not a slash command", () => {
    const result = validateConfig({ draft: { timezone: "Europe/Atlantis", command: "postmortem" } });
    const message = result.ok ? "" : result.message;
    expect(message).toContain("draft.timezone: an IANA time zone such as Europe/Berlin");
    expect(message).toContain('draft.command: a slash command such as "/postmortem"');
    expect(validateConfig({ draft: { timezone: "Asia/Kolkata" } }).ok).toBe(true);
  });
});

describe("a comment's excerpt", () => {
  it.each([
    ["Pool exhausted.\n\nMore to come.", "Pool exhausted."],
    ["> quoted alert\nmine", "quoted alert"],
    ["<!-- hidden -->\n```\nstack trace\n```\n- [x] rolled back", "rolled back"],
    ["", "(no text)"],
    ['a <b> "c"', "a &lt;b> 'c'"],
    [
      "The connection pool of the checkout service was exhausted after the deploy at 13:05, and requests queued for seconds",
      "The connection pool of the checkout service was exhausted after the deploy at 13:05, and requests…",
    ],
  ])("of %j is %j", (body, expected) => {
    expect(excerpt(body)).toBe(expected);
  });
});

describe("the front matter of a draft", () => {
  it.each([
    [["sev1"], undefined, "severity: SEV-1"],
    [["SEV-2", "bug"], undefined, "severity: SEV-2"],
    [["sev 3", "Sev_1"], undefined, "severity: SEV-1"],
    [["severity: high"], { "severity: high": "SEV-2", "severity: low": "SEV-4" }, "severity: SEV-2"],
    [["sev1"], { "severity: high": "SEV-2" }, "severity: SEV-3 # no severity label on the issue: set it"],
    [["bug"], undefined, "severity: SEV-3 # no severity label on the issue: set it"],
  ])("labels %j (mapping %j) give %j", (labels, mapping, expected) => {
    const c = config((x) => {
      if (mapping) x.draft["severity-labels"] = mapping;
    });
    expect(frontMatterLine(draft(issue({ labels }), [], c).text, "severity")).toBe(expected);
  });

  it.each([
    [["lee", "dana"], 'owners: ["@lee", "@dana"]'],
    [[], "owners: [] # nobody was assigned to the issue: add the report's owners"],
  ])("assignees %j give %j", (assignees, expected) => {
    const { text } = draft(issue({ assignees }));
    expect(frontMatterLine(text, "owners")).toBe(expected);
    const report = parseReport(text, { path: "x.md" });
    expect(report.frontMatter.owners).toEqual(assignees.map((a) => `@${a}`));
  });

  it("is a draft that files nothing, with the issue's title and link", () => {
    const report = parseReport(draft(issue()).text, { path: "x.md" });
    expect(report.draft).toBe(true);
    expect(report.title).toBe("Checkout latency spike");
    expect(report.frontMatter.incident).toBe("https://github.com/acme/platform/issues/42");
    expect(report.items).toEqual([]);
  });
});

describe("the review of a draft", () => {
  const closedWithStory = issue({
    state: "closed",
    closedAt: "2026-11-03T15:40:00Z",
    labels: ["sev2"],
    assignees: ["lee"],
  });
  const story: TimelineEvent[] = [
    {
      kind: "commented",
      at: "2026-11-03T13:20:00Z",
      actor: "lee",
      id: 1,
      body: "Alert fired on p99 latency; checking the pool.",
    },
    { kind: "labeled", at: "2026-11-03T13:21:00Z", actor: "dana", label: "sev2" },
    { kind: "closed", at: "2026-11-03T15:40:00Z", actor: "lee", reason: "completed" },
  ];

  const ruleIds = (text: string) => [
    ...new Set(reviewReport(parseReport(text, { path: "x.md" })).map((f) => f.rule)),
  ];

  it.each([
    ["a closed issue whose timeline tells the story", closedWithStory, story, ["corrective-tasks"]],
    // Open: the end of the outage is not known; no events: the timeline has only the opening.
    ["an open issue with no events", issue(), [], ["summary-duration", "timeline", "corrective-tasks"]],
  ])("of %s finds only what a person must write", (_, i, events, expected) => {
    const { text } = draft(i, events);
    expect(ruleIds(text)).toEqual(expected);
    const findings = reviewReport(parseReport(text, { path: "x.md" }));
    // The one error is the action items, which only the report's author can write.
    expect(findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(["corrective-tasks"]);
  });

  it("gives the duration from the issue's opening to its closing, across days too", () => {
    const later = issue({ state: "closed", closedAt: "2026-11-05T17:12:05Z" });
    expect(draft(later).text).toContain(
      "- **Duration:** 2026-11-03 13:12 to 2026-11-05 17:12 UTC (2 days 4 h), from the issue's opening to its closing",
    );
    const sameDay = issue({ state: "closed", closedAt: "2026-11-03T14:04:05Z" });
    expect(draft(sameDay).text).toContain("- **Duration:** 2026-11-03 13:12 to 14:04 UTC (52 minutes)");
  });
});

describe("the README's sample draft", () => {
  it("is what the builder writes for its issue", () => {
    const closed = issue({
      state: "closed",
      closedAt: "2026-11-03T15:40:00Z",
      labels: ["incident", "sev2"],
      assignees: ["lee"],
    });
    const events: TimelineEvent[] = [
      { kind: "labeled", at: "2026-11-03T13:12:30Z", actor: "dana", label: "sev2" },
      {
        kind: "commented",
        at: "2026-11-03T13:20:00Z",
        actor: "lee",
        id: 1,
        body: "Alert fired: p99 checkout latency above 3 s since the 13:05 deploy. Checking the connection pool now, will report back.",
      },
      { kind: "assigned", at: "2026-11-03T13:21:00Z", actor: "dana", assignee: "lee" },
      { kind: "commented", at: "2026-11-03T13:22:00Z", actor: "dana", id: 2, body: "/postmortem" },
      {
        kind: "cross-referenced",
        at: "2026-11-03T14:02:00Z",
        actor: "lee",
        source: {
          repo: "acme/platform",
          number: 45,
          title: "Revert pool size change",
          url: "https://github.com/acme/platform/pull/45",
          pull: true,
        },
      },
      {
        kind: "commented",
        at: "2026-11-03T15:31:00Z",
        actor: "kim",
        id: 3,
        body: "Error rate back to baseline after the revert.",
      },
      { kind: "closed", at: "2026-11-03T15:40:00Z", actor: "lee", reason: "completed" },
    ];
    const { text } = draft(
      closed,
      events,
      config((c) => {
        c.draft.timezone = "Europe/Berlin";
      }),
    );
    const shown = text.split("## Root Cause and Resolution")[0] ?? "";
    const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
    expect(readme).toContain(`\`\`\`markdown\n${shown.trimEnd()}\n\`\`\``);
  });
});
