import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  datePattern,
  fromPullRequestFiles,
  planSync,
  readDate,
  readReport,
  syncInputFor
} from "./chunk-7Z3UWOJ6.js";
import {
  reviewOptions
} from "./chunk-7RBNJNGM.js";
import {
  isReportPath
} from "./chunk-OGQWIQG3.js";
import {
  writeJobSummary
} from "./chunk-TPBNKM5L.js";
import {
  error,
  notice,
  setFailed,
  warning
} from "./chunk-DTFMBWHE.js";
import {
  cell,
  fitBody
} from "./chunk-MP7O54WV.js";
import {
  deadlineBy,
  deadlineRules
} from "./chunk-WOCDELLY.js";
import {
  DateTime
} from "./chunk-PW6O7USS.js";
import "./chunk-AEGC4ICH.js";

// src/review/actionable.ts
var itemOwner = {
  id: "item-owner",
  level: "warning",
  description: "Each action item has an owner.",
  check(report) {
    return report.items.filter((i) => !i.checked && i.owners.length === 0 && !i.ref).map((i) => ({
      message: `"${i.title}" has no owner`,
      line: i.line,
      suggestion: "Name who will do it: @login or @org/team."
    }));
  }
};
var itemDue = {
  id: "item-due",
  level: "warning",
  description: "Each action item has a due date or a priority.",
  check(report) {
    return report.items.filter((i) => !i.checked && !i.due && !i.priority).map((i) => ({
      message: `"${i.title}" has neither a due date nor a priority`,
      line: i.line,
      suggestion: 'Add "due: YYYY-MM-DD" or a priority (P0-P4).'
    }));
  }
};
var vague = /^(?:investigate|look into|explore|consider|think about|discuss|evaluate|research|improve|enhance|review|revisit|assess|better|more)\b/i;
var measurable = /\d|\b(?:alert|runbook|dashboard|test|check|limit|timeout|ci|lint|slo|sla|document|script|flag|playbook|policy|owner)s?\b/i;
var itemVague = {
  id: "item-vague",
  level: "warning",
  description: 'Action items are specific: "investigate", "look into" or "improve X" need a measurable end.',
  check(report) {
    return report.items.filter((i) => !i.checked && vague.test(i.title) && !measurable.test(i.title)).map((i) => ({
      message: `"${i.title}" is not actionable as written: it names an activity, not an outcome`,
      line: i.line,
      suggestion: 'Say what will be true when it is done, e.g. "Alert when p99 latency exceeds 500 ms for 5 minutes".'
    }));
  }
};
var itemTypes = {
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
        suggestion: "Add an item of type prevent or detect."
      }
    ];
  }
};
var actionableRules = [itemOwner, itemDue, itemVague, itemTypes];

// src/review/blameless.ts
var defaultBlamelessPhrases = [
  { phrase: "human error", rewrite: "name the gap in tooling or process that let the mistake through" },
  { phrase: "operator error", rewrite: "name the gap in tooling or process that let the mistake through" },
  {
    phrase: "should have",
    rewrite: 'say what the process or tooling did not do ("the checklist did not include ...")'
  },
  { phrase: "shouldn't have", rewrite: "say what safeguard was missing" },
  { phrase: "careless", rewrite: "describe the conditions (time pressure, missing review) instead" },
  { phrase: "carelessness", rewrite: "describe the conditions (time pressure, missing review) instead" },
  { phrase: "negligence", rewrite: "describe the missing safeguard instead" },
  { phrase: "negligent", rewrite: "describe the missing safeguard instead" },
  { phrase: "fault of", rewrite: "describe the chain of events, not whose fault it was" },
  { phrase: "to blame", rewrite: "describe the chain of events, not who is to blame" },
  { phrase: "blame", rewrite: "describe the chain of events instead" },
  { phrase: "incompetent", rewrite: "describe what knowledge or tooling was missing" },
  { phrase: "stupid", rewrite: "describe what made the mistake easy to make" },
  { phrase: "sloppy", rewrite: "describe what made the mistake easy to make" },
  { phrase: "lazy", rewrite: "describe the conditions instead" },
  {
    phrase: "bad engineers",
    rewrite: "describe the conditions (fatigue, staffing) that the process should handle"
  }
];
var escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var notPeople = new Set(
  "The It We They This That These Those There Our Their Nobody Someone Everyone No One Team Service System Deploy Deployment Monitoring Alerting Engineers Engineer Operators Operator Users User Customers On-call Oncall Automation Nothing Each Every If When While After Before Then And But Also Database Server Cluster Pipeline Job".split(
    " "
  )
);
var failure = /(?:(?:^|[.;:!?,(]\s*|\band\s+|\bthen\s+)(@[\w-]+)\s+(forgot|broke|missed|messed up|screwed up|ignored|neglected|overlooked|failed to|did not|didn't|mistakenly|accidentally|carelessly|wrongly)|\b([A-Z][a-z]+)\s+(forgot|messed up|screwed up|neglected))\b/g;
var innocent = /\bgit blame\b|\blazy[- ](?:load|loading|loaded|init|initiali[sz]ation|evaluation)\b|\b(?:nobody|no one|not) (?:is |was |are |were )?to blame\b|\bno blame\b|\bblameless\b/gi;
var blamelessRule = {
  id: "blameless",
  level: "warning",
  description: "The report is blameless: it names system weaknesses, not people at fault.",
  check(report, phrases) {
    const out = [];
    const patterns = phrases.map((p) => ({ ...p, re: new RegExp(`\\b${escapeRegExp(p.phrase)}\\b`, "i") }));
    for (const line of report.prose) {
      const text = line.text.replace(innocent, " ");
      const found = patterns.find((p) => p.re.test(text));
      if (found) {
        out.push({
          message: `"${found.phrase}" puts the fault on people`,
          line: line.line,
          suggestion: found.rewrite
        });
        continue;
      }
      for (const m of text.matchAll(failure)) {
        const who = m[1] ?? m[3] ?? "";
        const verb = m[2] ?? m[4] ?? "";
        if (notPeople.has(who)) continue;
        out.push({
          message: `"${who} ${verb}" makes a person the subject of the failure`,
          line: line.line,
          suggestion: `describe what the system allowed: e.g. "the deploy went out without ..." rather than "${who} ${verb} ..."`
        });
        break;
      }
    }
    return out;
  }
};
var blamelessRules = [blamelessRule];

// src/review/types.ts
function sectionsOf(report, kind) {
  return report.sections.filter((s) => s.kind === kind);
}
function linesOf(report, sections) {
  return report.prose.filter((l) => sections.some((s) => l.line > s.line && l.line <= s.endLine));
}

// src/review/structure.ts
var names = {
  summary: "Issue Summary",
  timeline: "Timeline",
  rootCause: "Root Cause and Resolution",
  corrective: "Corrective and Preventative Measures",
  lessons: "Lessons Learned"
};
var firstLine = (report) => report.prose[0]?.line ?? 1;
function underHeading(report, title) {
  const out = [];
  let inside = false;
  for (const line of report.prose) {
    if (line.kind === "heading") inside = title.test(line.text);
    else if (inside) out.push(line);
  }
  return out;
}
var missingSections = {
  id: "sections",
  level: "warning",
  description: "The report has the five sections of the postmortem process.",
  check(report) {
    return Object.keys(names).filter((kind) => sectionsOf(report, kind).length === 0).map((kind) => ({
      message: `no "${names[kind]}" section`,
      line: firstLine(report),
      suggestion: `Add a "## ${names[kind]}" section, as the postmortem process describes.`
    }));
  }
};
var time = /(?:\b|(?<=T))(\d{1,2})(?::(\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?|\s*([ap]\.?m\.?))(?![\d:])/gi;
var zone = /\b(?:UTC|GMT|[ECMP][SD]?T|CES?T|EES?T|WES?T|BST|IST|JST|KST|AEST|AEDT|SGT|HKT|[A-Z][a-z]+\/[A-Z][A-Za-z_]+)\b|\dZ\b|(?:UTC|GMT)\s*[+\-−]\s*\d{1,2}|T\d{2}:\d{2}(?::\d{2})?[+-](?:0\d|1[0-4]):?\d{2}\b/;
var dates = new RegExp(datePattern, "gi");
function minutes(h, m, ampm) {
  let hour = Number(h) % 24;
  const half = ampm?.toLowerCase().replace(/\./g, "");
  if (half === "pm" && hour < 12) hour += 12;
  if (half === "am" && hour === 12) hour = 0;
  return hour * 60 + Number(m ?? 0);
}
var clock = (t) => minutes(t[1] ?? "0", t[2], t[3] ?? t[4]);
var summaryDuration = {
  id: "summary-duration",
  level: "warning",
  description: "The Issue Summary gives the duration: a start and an end time, with a time zone, the end after the start.",
  check(report) {
    const sections = sectionsOf(report, "summary");
    if (sections.length === 0) return [];
    const lines = linesOf(report, sections);
    const at = sections[0]?.line ?? 1;
    const line = lines.find(
      (l) => /\bduration\b|\bstart(ed)?\b|\bfrom\b.*\bto\b/i.test(l.text) && (l.text.match(time)?.length ?? 0) > 0
    );
    if (!line) {
      return [
        {
          message: "the Issue Summary does not give the duration with a start and an end time",
          line: at,
          suggestion: 'Add a line such as "**Duration:** 2026-11-03 14:12 to 15:04 UTC (52 minutes)".'
        }
      ];
    }
    const times = [...line.text.matchAll(time)];
    const out = [];
    if (times.length < 2)
      out.push({
        message: "the duration has a start but no end time",
        line: line.line,
        suggestion: 'Give both times, e.g. "14:12 to 15:04 UTC".'
      });
    if (!zone.test(line.text))
      out.push({
        message: "the duration's times have no time zone",
        line: line.line,
        suggestion: 'Name the zone: "14:12 to 15:04 UTC" or "(America/New_York)".'
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
          suggestion: "Check the times, or give the end's date when it is the next day."
        });
      }
    }
    return out;
  }
};
var summaryImpact = {
  id: "summary-impact",
  level: "warning",
  description: "The Issue Summary states the impact: what was affected, who, and what share of users.",
  check(report) {
    const sections = sectionsOf(report, "summary");
    if (sections.length === 0) return [];
    const lines = linesOf(report, sections);
    const impact = [...lines, ...underHeading(report, /\bimpact\b/i)].find(
      (l) => /\bimpact|affect|users?\b|customers?\b/i.test(l.text)
    );
    if (!impact)
      return [
        {
          message: "the Issue Summary does not describe the impact",
          line: sections[0]?.line ?? 1,
          suggestion: 'Say what was affected, who, and the share of users, e.g. "38% of checkout attempts failed".'
        }
      ];
    const share = [...lines, ...underHeading(report, /\bimpact\b/i)].some(
      (l) => /\d+(?:\.\d+)?\s*(?:%|percent)|\b(?:all|half|most|no|none of the)\s+(?:\w+\s+)?(?:users|customers|requests|calls|traffic|accounts)\b|\bno (?:user|customer) impact\b|\b\d[\d,]*\s+(?:of|out of)\s+\d|\b\d[\d,.]*\s*(?:k|m)?\s*(?:users|customers|requests|accounts)\b/i.test(
        l.text
      )
    );
    return share ? [] : [
      {
        message: "the impact does not say what share of users was affected",
        line: impact.line,
        suggestion: 'Add a number: "about 30% of users" or "11,400 customers".'
      }
    ];
  }
};
var summaryRootCause = {
  id: "summary-root-cause",
  level: "notice",
  description: "The Issue Summary names the root cause in brief.",
  check(report) {
    const sections = sectionsOf(report, "summary");
    if (sections.length === 0) return [];
    const said = sectionsOf(report, "rootCause").length > 0 || linesOf(report, sections).some((l) => /\b(?:root cause|caus(?:e|ed|es|ing))\b/i.test(l.text));
    return said ? [] : [
      {
        message: "the Issue Summary does not name the root cause",
        line: sections[0]?.line ?? 1,
        suggestion: 'Add a one-line "**Root cause:**" to the summary.'
      }
    ];
  }
};
var stages = [
  ["detection", /detect|alert|pag(?:e|ed|ing)|notic|report(?:ed)? by|monitor|fired/i],
  [
    "actions taken",
    /investigat|check|look(?:ed)? at|restart|roll(?:ed)?\s*back|revert|mitigat|deploy|scal|disable|tried|identified/i
  ],
  ["escalation", /escalat|joined|called|paged|notified|engaged|sev-?\d|incident (?:commander|declared)/i],
  ["resolution", /resolv|restor|recover|fixed|back to normal|closed|stable|normal/i]
];
var timeline = {
  id: "timeline",
  level: "warning",
  description: "Timeline entries carry times, run in order, and cover detection, actions, escalation and resolution.",
  check(report) {
    const sections = sectionsOf(report, "timeline");
    if (sections.length === 0) return [];
    const entries = linesOf(report, sections).filter((l) => l.kind !== "heading");
    const at = sections[0]?.line ?? 1;
    if (entries.length === 0) return [{ message: "the Timeline is empty", line: at }];
    const out = [];
    let previous = -1;
    let previousLine = 0;
    let previousDay = "";
    for (const e of entries) {
      const t = [...e.text.matchAll(time)][0];
      const day = /\d{4}-\d{2}-\d{2}/.exec(e.text)?.[0] ?? previousDay;
      if (!t) continue;
      const m = clock(t);
      if (previous >= 0 && day === previousDay && m < previous && previous - m < 3 * 60) {
        out.push({
          message: `this entry (${t[0].trim()}) comes before the entry on line ${previousLine}`,
          line: e.line,
          suggestion: "Keep the timeline in order."
        });
      }
      previous = m;
      previousLine = e.line;
      previousDay = day;
    }
    const untimed = entries.filter(
      (e) => e.kind !== "paragraph" && !/\b\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}/.test(e.text)
    );
    if (untimed.length > 0 && untimed.length === entries.filter((e) => e.kind !== "paragraph").length) {
      out.push({
        message: "the Timeline's entries have no times",
        line: at,
        suggestion: 'Start each entry with its time, e.g. "**14:12** Alert fires".'
      });
    }
    const text = entries.map((e) => e.text).join("\n");
    const missing = stages.filter(([, re]) => !re.test(text)).map(([name]) => name);
    if (missing.length > 0) {
      out.push({
        message: `the Timeline does not cover ${missing.join(", ")}`,
        line: at,
        suggestion: "Note when and how it was detected, what was done, who was brought in, and how it was resolved."
      });
    }
    return out;
  }
};
var rootCause = {
  id: "root-cause",
  level: "warning",
  description: "Root Cause and Resolution explains both the cause and how it was fixed.",
  check(report) {
    const sections = sectionsOf(report, "rootCause");
    if (sections.length === 0) return [];
    const text = linesOf(report, sections).map((l) => l.text).join(" ");
    const at = sections[0]?.line ?? 1;
    const out = [];
    if (text.split(/\s+/).filter(Boolean).length < 25) {
      out.push({
        message: "the root cause is explained in fewer than 25 words",
        line: at,
        suggestion: "Say what happened and why, in enough detail for someone who was not there."
      });
    }
    if (!/resolv|fix|restor|roll(?:ed)?\s*back|revert|mitigat|patch|correct/i.test(text)) {
      out.push({
        message: "Root Cause and Resolution does not say how it was resolved",
        line: at,
        suggestion: "Describe the immediate fix and the longer-term one."
      });
    }
    return out;
  }
};
var MARKER = "<!-- postmortem-tracker: action-items -->";
var NONE = "If the report has none, write `action-items: none` in its front matter.";
var correctiveTasks = {
  id: "corrective-tasks",
  level: "error",
  description: "The report yields at least one action item, unless its front matter says it has none (`action-items: none`).",
  check(report) {
    if (report.items.length > 0 || report.declaresNoItems) return [];
    const section = sectionsOf(report, "corrective")[0];
    if (section) {
      return [
        {
          message: "the corrective section has no action items",
          line: section.line,
          suggestion: `List each measure as a task: "- [ ] Add an alert on pool saturation @owner due: 2026-12-15". If the measures are written elsewhere, write ${MARKER} on the line before their list. ${NONE}`
        }
      ];
    }
    return [
      {
        message: "the report has no action item, so its merge will file nothing",
        line: sectionsOf(report, "lessons")[0]?.line ?? firstLine(report),
        suggestion: `Put the measures under a heading that names them ("Corrective and Preventative Measures", "Action items", "Next steps", "Follow-ups", "Remediation", "Prevention"), add your heading's words to \`sections.corrective\` in .github/postmortem-tracker.yml, or write ${MARKER} on the line before their list. ${NONE}`
      }
    ];
  }
};
var correctiveGuess = {
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
        suggestion: `Make the choice certain: give the measures a Markdown heading that names them ("## Corrective and Preventative Measures", "## Action items", "## Next steps"), add your heading's words to \`sections.corrective\` in .github/postmortem-tracker.yml, or write ${MARKER} on the line before their list.`
      }
    ];
  }
};
var lessonParts = [
  ["what went well", /went well|worked well|good/i],
  ["what could be improved", /could be improved|went wrong|improve|didn.t go well|lucky/i],
  ["next steps", /next steps?|follow[- ]?ups?|action/i]
];
var lessons = {
  id: "lessons",
  level: "notice",
  description: "Lessons Learned covers what went well, what could be improved, and next steps.",
  check(report) {
    const sections = [...sectionsOf(report, "lessons")];
    if (sections.length === 0) return [];
    const text = [
      ...sections.map((s) => s.title),
      ...linesOf(report, sections).map((l) => l.text),
      ...report.sections.filter((s) => s.kind === "corrective").map((s) => s.title)
    ].join("\n");
    const missing = lessonParts.filter(([, re]) => !re.test(text)).map(([name]) => name);
    return missing.length === 0 ? [] : [{ message: `Lessons Learned does not cover ${missing.join(", ")}`, line: sections[0]?.line ?? 1 }];
  }
};
var structureRules = [
  missingSections,
  summaryDuration,
  summaryImpact,
  summaryRootCause,
  timeline,
  rootCause,
  correctiveTasks,
  correctiveGuess,
  lessons
];

// src/review/verdict.ts
function conclusionOf(findings, failOn) {
  const errors = findings.some((f) => f.severity === "error");
  const warnings = findings.some((f) => f.severity === "warning");
  if (failOn === "error" && errors) return "failure";
  if (failOn === "warning" && (errors || warnings)) return "failure";
  return errors || warnings ? "neutral" : "success";
}

// src/review/index.ts
var rules = [...structureRules, ...actionableRules, ...blamelessRules];
function reviewReport(report, options = {}) {
  const phrases = options.phrases ?? defaultBlamelessPhrases;
  const findings = [];
  for (const rule of rules) {
    const level = options.levels?.[rule.id] ?? rule.level;
    if (level === "off") continue;
    for (const draft of rule.check(report, phrases))
      findings.push({ rule: rule.id, severity: level, ...draft });
  }
  for (const e of report.errors)
    findings.push({ rule: "report", severity: "error", message: e.message, line: e.line ?? 1 });
  return findings.sort((a, b) => a.line - b.line);
}

// src/review/summary.ts
var LIMIT = 65e3;
var quote = (text) => `"${text.length > 80 ? `${text.slice(0, 79)}\u2026` : text}"`;
var verbs = {
  created: () => "new issue",
  split: (c) => `new issue, split of #${c.related}`,
  updated: (c) => c.was ? `edit of #${c.issue} (was: ${quote(c.was)})` : `update #${c.issue}`,
  closed: (c) => `close #${c.issue} (checked)`,
  removed: (c) => `removed: close #${c.issue} as not planned`,
  merged: (c) => `merged into #${c.related}: close #${c.issue} as not planned`,
  linked: (c) => `link existing issue #${c.issue}`
};
function findingsTable(findings) {
  if (findings.length === 0) return ["No findings.", ""];
  return [
    "| Line | Level | Rule | Finding |",
    "| --- | --- | --- | --- |",
    ...findings.map(
      (f) => `| ${f.line} | ${f.severity} | ${f.rule} | ${cell(f.message)}${f.suggestion ? ` (${cell(f.suggestion)})` : ""} |`
    ),
    ""
  ];
}
function previewText(r) {
  if (r.blocked) return [`On merge, nothing will be filed: ${cell(r.blocked)}`, ""];
  if (r.preview.length === 0) return [`On merge: no issue changes (${r.items} item(s) already tracked).`, ""];
  return [
    "On merge:",
    "",
    "| Action item | Will | Due |",
    "| --- | --- | --- |",
    ...r.preview.map(
      (c) => `| ${cell(c.title)} | ${cell(verbs[c.kind](c))}${c.guess ? " (a guess)" : ""} | ${c.due ? cell(c.due) : "-"} |`
    ),
    ""
  ];
}
function reviewSummary(reports) {
  const parts = reports.flatMap((r) => [
    `### ${cell(r.title)} (\`${r.path}\`)`,
    "",
    ...findingsTable(r.findings),
    ...previewText(r)
  ]);
  return fitBody(parts.join("\n"), LIMIT, "(cut to fit GitHub's limit)");
}

// src/jobs/review.ts
async function reviewPullRequest(target, deps) {
  const { client, config } = deps;
  const out = [];
  for (const file of target.files.filter((f) => !f.removed && isReportPath(f.path, config))) {
    const report = await readReport(client, target.repo, file.path, target.headSha, config);
    if (report === null) continue;
    const findings = reviewReport(report, reviewOptions(config));
    const at = {
      report,
      file,
      source: target.repo,
      sha: target.headSha,
      serverUrl: target.serverUrl,
      pullRequest: target.pullRequest
    };
    const plan = planSync(await syncInputFor(client, at, deps));
    const preview = plan.kind === "sync" ? previewWithDue(plan.items, report, deps) : [];
    out.push({
      path: file.path,
      title: report.title,
      findings: [...findings, ...guessFindings(preview, config)].sort((a, b) => a.line - b.line),
      preview,
      items: report.items.length,
      blocked: plan.kind === "blocked" ? plan.reason : null
    });
  }
  return out;
}
function guessFindings(preview, config) {
  const level = config.review.rules["item-match"] ?? "warning";
  if (level === "off") return [];
  return preview.filter((c) => c.guess && c.issue !== null).map((c) => ({
    rule: "item-match",
    severity: level,
    line: c.line ?? 1,
    message: `This item is taken as the edit of #${c.issue} ("${c.was ?? c.title}"), but another issue or item is nearly as close.`,
    suggestion: `Name its issue in the item (#${c.issue}) if that is right, or the other one; the match then stays certain.`
  }));
}
function previewWithDue(items, report, deps) {
  const s = report.frontMatter.severity;
  const facts = {
    merged: deps.now().toISOString(),
    severity: typeof s === "string" || typeof s === "number" ? s : null
  };
  const rules2 = deadlineRules(deps.config);
  const ofItems = items.items.flatMap(({ changes, placed }) => {
    const d = deadlineBy(placed.entry, facts, rules2);
    const due = d.source === "policy" ? `${d.day}, from the ${d.policy} policy` : d.day;
    return changes.map((c) => ({ ...c, due }));
  });
  const itemChanges = new Set(items.items.flatMap((i) => i.changes));
  return [...ofItems, ...items.changes.filter((c) => !itemChanges.has(c))];
}

// src/action/jobs/review.ts
function annotate(reports) {
  for (const r of reports) {
    for (const f of r.findings) {
      const properties = { file: r.path, startLine: f.line, title: `postmortem ${f.rule}` };
      const text = f.suggestion ? `${f.message}
${f.suggestion}` : f.message;
      if (f.severity === "error") error(text, properties);
      else if (f.severity === "warning") warning(text, properties);
      else notice(text, properties);
    }
  }
}
async function reviewJob({ repo, payload, serverUrl, deps }, env) {
  const pr = payload.pull_request;
  if (!pr) throw new Error("the pull_request event has no pull_request");
  const files = fromPullRequestFiles(await deps.client.pullRequestFiles(repo, pr.number));
  const target = { repo, pullRequest: pr.number, headSha: pr.head.sha, files, serverUrl };
  const reports = await reviewPullRequest(target, deps);
  annotate(reports);
  writeJobSummary(env, `## Postmortem review

${reviewSummary(reports)}
`);
  const failOn = deps.config.review["fail-on"];
  if (conclusionOf(
    reports.flatMap((r) => r.findings),
    failOn
  ) === "failure")
    setFailed(`the postmortem review found problems at the "${failOn}" level or worse`);
}
export {
  reviewJob
};
