import { DateTime } from "luxon";
import { datePattern, readDate } from "../report/dates.ts";
import type { Report, SectionKind } from "../report/index.ts";
import { type Draft, linesOf, type Rule, sectionsOf } from "./types.ts";

/** The process doc's structure: the five sections and what each must say. */

const names: Record<SectionKind, string> = {
  summary: "Issue Summary",
  timeline: "Timeline",
  rootCause: "Root Cause and Resolution",
  corrective: "Corrective and Preventative Measures",
  lessons: "Lessons Learned",
};

const firstLine = (report: Report) => report.prose[0]?.line ?? 1;

/** The lines under a heading that matches, up to the next heading (for parts such as "## Impact"). */
function underHeading(report: Report, title: RegExp): Report["prose"] {
  const out: Report["prose"] = [];
  let inside = false;
  for (const line of report.prose) {
    if (line.kind === "heading") inside = title.test(line.text);
    else if (inside) out.push(line);
  }
  return out;
}

const missingSections: Rule = {
  id: "sections",
  level: "warning",
  description: "The report has the five sections of the postmortem process.",
  check(report) {
    return (Object.keys(names) as SectionKind[])
      .filter((kind) => sectionsOf(report, kind).length === 0)
      .map((kind) => ({
        message: `no "${names[kind]}" section`,
        line: firstLine(report),
        suggestion: `Add a "## ${names[kind]}" section, as the postmortem process describes.`,
      }));
  },
};

// 14:12, 2:05 PM, 11 a.m., and the time in 2026-03-01T14:00Z.
const time = /(?:\b|(?<=T))(\d{1,2})(?::(\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?|\s*([ap]\.?m\.?))(?![\d:])/gi;
// A named zone, "Z" after a time, "UTC+2", or an ISO offset after a "T" time ("T14:00-05:00").
const zone =
  /\b(?:UTC|GMT|[ECMP][SD]?T|CES?T|EES?T|WES?T|BST|IST|JST|KST|AEST|AEDT|SGT|HKT|[A-Z][a-z]+\/[A-Z][A-Za-z_]+)\b|\dZ\b|(?:UTC|GMT)\s*[+\-−]\s*\d{1,2}|T\d{2}:\d{2}(?::\d{2})?[+-](?:0\d|1[0-4]):?\d{2}\b/;
const dates = new RegExp(datePattern, "gi");

function minutes(h: string, m: string | undefined, ampm: string | undefined): number {
  let hour = Number(h) % 24;
  const half = ampm?.toLowerCase().replace(/\./g, "");
  if (half === "pm" && hour < 12) hour += 12;
  if (half === "am" && hour === 12) hour = 0;
  return hour * 60 + Number(m ?? 0);
}

const clock = (t: RegExpMatchArray) => minutes(t[1] ?? "0", t[2], t[3] ?? t[4]);

const summaryDuration: Rule = {
  id: "summary-duration",
  level: "warning",
  description:
    "The Issue Summary gives the duration: a start and an end time, with a time zone, the end after the start.",
  check(report) {
    const sections = sectionsOf(report, "summary");
    if (sections.length === 0) return [];
    const lines = linesOf(report, sections);
    const at = sections[0]?.line ?? 1;
    const line = lines.find(
      (l) =>
        /\bduration\b|\bstart(ed)?\b|\bfrom\b.*\bto\b/i.test(l.text) && (l.text.match(time)?.length ?? 0) > 0,
    );
    if (!line) {
      return [
        {
          message: "the Issue Summary does not give the duration with a start and an end time",
          line: at,
          suggestion: 'Add a line such as "**Duration:** 2026-11-03 14:12 to 15:04 UTC (52 minutes)".',
        },
      ];
    }
    const times = [...line.text.matchAll(time)];
    const out: Draft[] = [];
    if (times.length < 2)
      out.push({
        message: "the duration has a start but no end time",
        line: line.line,
        suggestion: 'Give both times, e.g. "14:12 to 15:04 UTC".',
      });
    if (!zone.test(line.text))
      out.push({
        message: "the duration's times have no time zone",
        line: line.line,
        suggestion: 'Name the zone: "14:12 to 15:04 UTC" or "(America/New_York)".',
      });
    if (times.length >= 2) {
      const [a, b] = times;
      const days = [...line.text.matchAll(dates)].flatMap((d) => {
        const read = readDate(d[0]);
        return "iso" in read ? [DateTime.fromISO(read.iso)] : [];
      });
      const [first, second] = days;
      const dayShift = first && second ? Math.round(second.diff(first, "days").days) : 0;
      const start = a ? clock(a) : 0;
      const end = (b ? clock(b) : 0) + dayShift * 1440;
      if (end <= start && dayShift <= 0 && !/next day|\+1 ?d/i.test(line.text)) {
        out.push({
          message: "the duration ends before it starts",
          line: line.line,
          suggestion: "Check the times, or give the end's date when it is the next day.",
        });
      }
    }
    return out;
  },
};

const summaryImpact: Rule = {
  id: "summary-impact",
  level: "warning",
  description: "The Issue Summary states the impact: what was affected, who, and what share of users.",
  check(report) {
    const sections = sectionsOf(report, "summary");
    if (sections.length === 0) return [];
    const lines = linesOf(report, sections);
    const impact = [...lines, ...underHeading(report, /\bimpact\b/i)].find((l) =>
      /\bimpact|affect|users?\b|customers?\b/i.test(l.text),
    );
    if (!impact)
      return [
        {
          message: "the Issue Summary does not describe the impact",
          line: sections[0]?.line ?? 1,
          suggestion:
            'Say what was affected, who, and the share of users, e.g. "38% of checkout attempts failed".',
        },
      ];
    const share = [...lines, ...underHeading(report, /\bimpact\b/i)].some((l) =>
      /\d+(?:\.\d+)?\s*(?:%|percent)|\b(?:all|half|most|no|none of the)\s+(?:\w+\s+)?(?:users|customers|requests|calls|traffic|accounts)\b|\bno (?:user|customer) impact\b|\b\d[\d,]*\s+(?:of|out of)\s+\d|\b\d[\d,.]*\s*(?:k|m)?\s*(?:users|customers|requests|accounts)\b/i.test(
        l.text,
      ),
    );
    return share
      ? []
      : [
          {
            message: "the impact does not say what share of users was affected",
            line: impact.line,
            suggestion: 'Add a number: "about 30% of users" or "11,400 customers".',
          },
        ];
  },
};

const summaryRootCause: Rule = {
  id: "summary-root-cause",
  level: "notice",
  description: "The Issue Summary names the root cause in brief.",
  check(report) {
    const sections = sectionsOf(report, "summary");
    if (sections.length === 0) return [];
    // A Root Cause section of its own also says it.
    const said =
      sectionsOf(report, "rootCause").length > 0 ||
      linesOf(report, sections).some((l) => /\b(?:root cause|caus(?:e|ed|es|ing))\b/i.test(l.text));
    return said
      ? []
      : [
          {
            message: "the Issue Summary does not name the root cause",
            line: sections[0]?.line ?? 1,
            suggestion: 'Add a one-line "**Root cause:**" to the summary.',
          },
        ];
  },
};

const stages: [string, RegExp][] = [
  ["detection", /detect|alert|pag(?:e|ed|ing)|notic|report(?:ed)? by|monitor|fired/i],
  [
    "actions taken",
    /investigat|check|look(?:ed)? at|restart|roll(?:ed)?\s*back|revert|mitigat|deploy|scal|disable|tried|identified/i,
  ],
  ["escalation", /escalat|joined|called|paged|notified|engaged|sev-?\d|incident (?:commander|declared)/i],
  ["resolution", /resolv|restor|recover|fixed|back to normal|closed|stable|normal/i],
];

const timeline: Rule = {
  id: "timeline",
  level: "warning",
  description:
    "Timeline entries carry times, run in order, and cover detection, actions, escalation and resolution.",
  check(report) {
    const sections = sectionsOf(report, "timeline");
    if (sections.length === 0) return [];
    const entries = linesOf(report, sections).filter((l) => l.kind !== "heading");
    const at = sections[0]?.line ?? 1;
    if (entries.length === 0) return [{ message: "the Timeline is empty", line: at }];
    const out: Draft[] = [];
    let previous = -1;
    let previousLine = 0;
    let previousDay = "";
    for (const e of entries) {
      const t = [...e.text.matchAll(time)][0];
      const day = /\d{4}-\d{2}-\d{2}/.exec(e.text)?.[0] ?? previousDay;
      if (!t) continue;
      const m = clock(t);
      // A new date, or a jump back of hours (the next morning, a 12-hour clock), starts over; a jump
      // back of minutes is an entry out of order.
      if (previous >= 0 && day === previousDay && m < previous && previous - m < 3 * 60) {
        out.push({
          message: `this entry (${t[0].trim()}) comes before the entry on line ${previousLine}`,
          line: e.line,
          suggestion: "Keep the timeline in order.",
        });
      }
      previous = m;
      previousLine = e.line;
      previousDay = day;
    }
    const untimed = entries.filter(
      (e) => e.kind !== "paragraph" && !/\b\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}/.test(e.text),
    );
    if (untimed.length > 0 && untimed.length === entries.filter((e) => e.kind !== "paragraph").length) {
      out.push({
        message: "the Timeline's entries have no times",
        line: at,
        suggestion: 'Start each entry with its time, e.g. "**14:12** Alert fires".',
      });
    }
    const text = entries.map((e) => e.text).join("\n");
    const missing = stages.filter(([, re]) => !re.test(text)).map(([name]) => name);
    if (missing.length > 0) {
      out.push({
        message: `the Timeline does not cover ${missing.join(", ")}`,
        line: at,
        suggestion:
          "Note when and how it was detected, what was done, who was brought in, and how it was resolved.",
      });
    }
    return out;
  },
};

const rootCause: Rule = {
  id: "root-cause",
  level: "warning",
  description: "Root Cause and Resolution explains both the cause and how it was fixed.",
  check(report) {
    const sections = sectionsOf(report, "rootCause");
    if (sections.length === 0) return [];
    const text = linesOf(report, sections)
      .map((l) => l.text)
      .join(" ");
    const at = sections[0]?.line ?? 1;
    const out: Draft[] = [];
    if (text.split(/\s+/).filter(Boolean).length < 25) {
      out.push({
        message: "the root cause is explained in fewer than 25 words",
        line: at,
        suggestion: "Say what happened and why, in enough detail for someone who was not there.",
      });
    }
    if (!/resolv|fix|restor|roll(?:ed)?\s*back|revert|mitigat|patch|correct/i.test(text)) {
      out.push({
        message: "Root Cause and Resolution does not say how it was resolved",
        line: at,
        suggestion: "Describe the immediate fix and the longer-term one.",
      });
    }
    return out;
  },
};

const MARKER = "<!-- postmortem-tracker: action-items -->";
const NONE = "If the report has none, write `action-items: none` in its front matter.";

const correctiveTasks: Rule = {
  id: "corrective-tasks",
  level: "error",
  description:
    "The report yields at least one action item, unless its front matter says it has none (`action-items: none`).",
  check(report) {
    if (report.items.length > 0 || report.declaresNoItems) return [];
    const section = sectionsOf(report, "corrective")[0];
    if (section) {
      return [
        {
          message: "the corrective section has no action items",
          line: section.line,
          suggestion: `List each measure as a task: "- [ ] Add an alert on pool saturation @owner due: 2026-12-15". If the measures are written elsewhere, write ${MARKER} on the line before their list. ${NONE}`,
        },
      ];
    }
    return [
      {
        message: "the report has no action item, so its merge will file nothing",
        line: sectionsOf(report, "lessons")[0]?.line ?? firstLine(report),
        suggestion: `Put the measures under a heading that names them ("Corrective and Preventative Measures", "Action items", "Next steps", "Follow-ups", "Remediation", "Prevention"), add your heading's words to \`sections.corrective\` in .github/postmortem-tracker.yml, or write ${MARKER} on the line before their list. ${NONE}`,
      },
    ];
  },
};

const correctiveGuess: Rule = {
  id: "corrective-guess",
  level: "warning",
  description: "The action items come from a section the parser is sure of, not from a guess.",
  check(report) {
    const from = report.itemsFrom;
    if (from?.certainty !== "guess" || report.items.length === 0) return [];
    return [
      {
        message: `the ${report.items.length} action item(s) to be filed were taken from ${from.evidence}: a guess`,
        line: from.line,
        suggestion: `Make the choice certain: give the measures a Markdown heading that names them ("## Corrective and Preventative Measures", "## Action items", "## Next steps"), add your heading's words to \`sections.corrective\` in .github/postmortem-tracker.yml, or write ${MARKER} on the line before their list.`,
      },
    ];
  },
};

const lessonParts: [string, RegExp][] = [
  ["what went well", /went well|worked well|good/i],
  ["what could be improved", /could be improved|went wrong|improve|didn.t go well|lucky/i],
  ["next steps", /next steps?|follow[- ]?ups?|action/i],
];

const lessons: Rule = {
  id: "lessons",
  level: "notice",
  description: "Lessons Learned covers what went well, what could be improved, and next steps.",
  check(report) {
    const sections = [...sectionsOf(report, "lessons")];
    if (sections.length === 0) return [];
    const text = [
      ...sections.map((s) => s.title),
      ...linesOf(report, sections).map((l) => l.text),
      ...report.sections.filter((s) => s.kind === "corrective").map((s) => s.title),
    ].join("\n");
    const missing = lessonParts.filter(([, re]) => !re.test(text)).map(([name]) => name);
    return missing.length === 0
      ? []
      : [{ message: `Lessons Learned does not cover ${missing.join(", ")}`, line: sections[0]?.line ?? 1 }];
  },
};

export const structureRules: Rule[] = [
  missingSections,
  summaryDuration,
  summaryImpact,
  summaryRootCause,
  timeline,
  rootCause,
  correctiveTasks,
  correctiveGuess,
  lessons,
];
