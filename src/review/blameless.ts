import type { BlamelessPhrase, Draft, Rule } from "./types.ts";

/**
 * Wording that puts the fault on people instead of on the system. The list is configurable
 * (review.blameless in the configuration); each phrase comes with a blameless way to say it.
 */
export const defaultBlamelessPhrases: BlamelessPhrase[] = [
  { phrase: "human error", rewrite: "name the gap in tooling or process that let the mistake through" },
  { phrase: "operator error", rewrite: "name the gap in tooling or process that let the mistake through" },
  {
    phrase: "should have",
    rewrite: 'say what the process or tooling did not do ("the checklist did not include ...")',
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
    rewrite: "describe the conditions (fatigue, staffing) that the process should handle",
  },
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Words that start a sentence without naming a person.
const notPeople = new Set(
  "The It We They This That These Those There Our Their Nobody Someone Everyone No One Team Service System Deploy Deployment Monitoring Alerting Engineers Engineer Operators Operator Users User Customers On-call Oncall Automation Nothing Each Every If When While After Before Then And But Also Database Server Cluster Pipeline Job".split(
    " ",
  ),
);
// A login that starts a clause, with any failure verb; a capitalised word (a name, perhaps) only with
// verbs that tools and systems are not said to do.
const failure =
  /(?:(?:^|[.;:!?,(]\s*|\band\s+|\bthen\s+)(@[\w-]+)\s+(forgot|broke|missed|messed up|screwed up|ignored|neglected|overlooked|failed to|did not|didn't|mistakenly|accidentally|carelessly|wrongly)|\b([A-Z][a-z]+)\s+(forgot|messed up|screwed up|neglected))\b/g;
// Technical phrases that contain a listed word without blaming anyone, and negated blame.
const innocent =
  /\bgit blame\b|\blazy[- ](?:load|loading|loaded|init|initiali[sz]ation|evaluation)\b|\b(?:nobody|no one|not) (?:is |was |are |were )?to blame\b|\bno blame\b|\bblameless\b/gi;

const blamelessRule: Rule = {
  id: "blameless",
  level: "warning",
  description: "The report is blameless: it names system weaknesses, not people at fault.",
  check(report, phrases) {
    const out: Draft[] = [];
    const patterns = phrases.map((p) => ({ ...p, re: new RegExp(`\\b${escapeRegExp(p.phrase)}\\b`, "i") }));
    for (const line of report.prose) {
      const text = line.text.replace(innocent, " ");
      const found = patterns.find((p) => p.re.test(text));
      if (found) {
        out.push({
          message: `"${found.phrase}" puts the fault on people`,
          line: line.line,
          suggestion: found.rewrite,
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
          suggestion: `describe what the system allowed: e.g. "the deploy went out without ..." rather than "${who} ${verb} ..."`,
        });
        break;
      }
    }
    return out;
  },
};

export const blamelessRules: Rule[] = [blamelessRule];
