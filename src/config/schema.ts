import { IANAZone } from "luxon";
import { z } from "zod";
import { ruleIds } from "../review/ids.ts";

/** `.github/postmortem-tracker.yml`: every key has a default, so an empty file is a valid config. */

const globs = z.array(z.string().min(1));
const duration = z
  .string()
  .regex(/^\d+\s*[hdw]$/, 'a duration such as "7d", "2w" or "12h"')
  .describe('A number followed by "h" (hours), "d" (days) or "w" (weeks).');

export const configSchema = z
  .object({
    paths: globs
      .default(["postmortems/**/*.md", "docs/postmortems/**/*.md"])
      .describe("Globs of the postmortem reports to track, from the repository root."),
    exclude: globs
      .default(["**/README.md", "**/*[Tt]emplate*.md", "**/*TEMPLATE*.md"])
      .describe("Globs of files under `paths` that are not reports (indexes, templates)."),
    sections: z
      .object({
        corrective: z.array(z.string()).optional().describe("Heading words of the corrective section."),
        summary: z.array(z.string()).optional().describe("Heading words of the issue summary."),
        timeline: z.array(z.string()).optional().describe("Heading words of the timeline."),
        "root-cause": z.array(z.string()).optional().describe("Heading words of the root cause section."),
        lessons: z.array(z.string()).optional().describe("Heading words of the lessons learned."),
        improvements: z.array(z.string()).optional().describe("Heading words of the improvements part."),
        tasks: z.array(z.string()).optional().describe("Heading words of the tasks part."),
      })
      .strict()
      .prefault({})
      .describe("Words that name each part of a report, replacing the built-in ones."),
    labels: z
      .object({
        action: z
          .string()
          .min(1)
          .max(50)
          .default("postmortem-action")
          .describe("Label of every action-item issue."),
        tracker: z
          .string()
          .min(1)
          .max(50)
          .default("postmortem-tracker")
          .describe("Label of every tracker issue."),
        report: z
          .string()
          .max(20)
          .default("pm:")
          .describe(
            "Prefix of the label that ties one report's issues together; the report's path follows, without postmortems/ and .md.",
          ),
        priority: z.boolean().default(true).describe('Add a "priority: P1" label from the item\'s priority.'),
        type: z.boolean().default(true).describe('Add a "type: prevent" label from the item\'s type.'),
      })
      .strict()
      .prefault({})
      .describe("The labels the issues get; they are created on first use."),
    issues: z
      .object({
        repository: z
          .string()
          .regex(/^[A-Za-z0-9_.-]+$/, "a repository name of the same owner, without the owner")
          .nullable()
          .default(null)
          .describe("File the issues in this repository of the same owner instead of the report's own."),
        "assign-owners": z
          .boolean()
          .default(true)
          .describe("Assign the item's @owners who can be assigned; mention the others."),
        "checked-items": z
          .enum(["record", "file"])
          .default("record")
          .describe(
            '"record": a checked item is shown as done in the tracker, with no issue. "file": it gets a closed issue.',
          ),
        "max-items": z
          .number()
          .int()
          .min(1)
          .max(200)
          .default(50)
          .describe(
            "Above this many open items in one report nothing is filed, and the pull request is told why.",
          ),
      })
      .strict()
      .prefault({})
      .describe("Where and how the action-item issues are filed."),
    reminders: z
      .object({
        interval: duration
          .default("7d")
          .describe("How often a tracker with open items gets a follow-up comment."),
        timezone: z
          .string()
          .default("UTC")
          .describe("IANA time zone in which due dates and overdue days are counted."),
        "mention-owners": z
          .boolean()
          .default(true)
          .describe("Mention people in follow-ups at all; false is `mention: none`."),
        mention: z
          .enum(["overdue", "all", "none"])
          .default("overdue")
          .describe(
            'Whom the tracker\'s digest mentions: the owners of overdue items ("overdue"), of every open item ("all"), or nobody ("none").',
          ),
        "remind-before": z
          .string()
          .regex(/^(?:\d+\s*[hdw]|off)$/, 'a duration such as "2d", or "off"')
          .default("2d")
          .describe('How long before its due date an item\'s issue gets a reminder; "off": none before.'),
        "escalate-after": z
          .union([z.number().int().min(1).max(365), z.literal("off")])
          .default(14)
          .describe(
            "Days overdue after which the tracker's digest mentions the report's owners (or `escalate-to`), once per item; \"off\": never.",
          ),
        "escalate-to": z
          .string()
          .regex(/^@[\w.-]+(?:\/[\w.-]+)?$/, "a @login or an @org/team")
          .nullable()
          .default(null)
          .describe("Who is mentioned on escalation instead of the report's owners, e.g. @acme/sre-leads."),
        "effectiveness-review": z
          .union([z.number().int().min(1).max(365), z.literal("off")])
          .default(30)
          .describe(
            'Days after the tracker closes that the sweep reopens it once for a review of effectiveness; "off": no review.',
          ),
        "notify-url": z
          .url({ protocol: /^https?$/ })
          .nullable()
          .default(null)
          .describe(
            "Incoming-webhook URL (Slack or Teams) that gets one digest per sweep with something overdue or due soon. Keep it in a secret: the Action's `notify-url` input.",
          ),
        "overdue-label": z
          .string()
          .min(1)
          .max(50)
          .default("overdue")
          .describe("Label of open items past their due date."),
        "swept-by": z
          .enum(["app", "action"])
          .default("app")
          .describe(
            'Who sends the follow-ups where the App is installed: "app" (its own schedule), or "action" (a scheduled workflow; the App leaves this repository to it).',
          ),
      })
      .strict()
      .prefault({})
      .describe("The scheduled follow-up of open items (the Action's sweep)."),
    deadlines: z
      .object({
        severity: z
          .partialRecord(z.enum(["SEV-1", "SEV-2", "SEV-3", "SEV-4", "SEV-5"]), duration)
          .default({ "SEV-1": "15d", "SEV-2": "30d" })
          .describe(
            "Due date of an item without one, counted from the merge, by the report's front matter `severity` (SEV-1, sev1, critical, high...).",
          ),
        priority: z
          .partialRecord(z.enum(["P0", "P1", "P2", "P3", "P4"]), duration)
          .default({ P0: "7d", P1: "14d", P2: "30d", P3: "90d" })
          .describe(
            "Due date of an item without one, counted from the merge, by the item's priority; where both apply, the earlier date wins.",
          ),
        default: duration
          .default("30d")
          .describe(
            "Due date of an item with no due date of its own and no policy for its severity or priority.",
          ),
      })
      .strict()
      .prefault({})
      .describe("Due dates for items the report gives none: an explicit due date in the report always wins."),
    review: z
      .object({
        rules: z
          .partialRecord(z.enum(ruleIds), z.enum(["off", "notice", "warning", "error"]))
          .default({})
          .describe(
            'A level per review rule id ("item-owner": "error"), replacing its default; "off" silences it.',
          ),
        blameless: z
          .array(z.object({ phrase: z.string().min(2), rewrite: z.string().min(1) }).strict())
          .optional()
          .describe("Phrases that blame people, each with a blameless rewrite; replaces the built-in list."),
        "fail-on": z
          .enum(["error", "warning", "never"])
          .default("error")
          .describe(
            "The review check fails on findings of this level or worse; below it the check is neutral.",
          ),
      })
      .strict()
      .prefault({})
      .describe("The review of postmortems in pull requests."),
    _extends: z
      .string()
      .optional()
      .describe(
        "App only: start from another repository's file (`other-repo` or `other-repo:path/to/file.yml`), as Probot reads it.",
      ),
    "link-back": z
      .enum(["off", "pull-request"])
      .default("off")
      .describe(
        '"pull-request": after a merge, open (or update) one pull request that writes each item\'s issue link into the report. Needs contents and pull requests write.',
      ),
    draft: z
      .object({
        command: z
          .string()
          .regex(/^\/[\w-]+$/, 'a slash command such as "/postmortem"')
          .default("/postmortem")
          .describe(
            "A comment starting with this, by someone with write access, drafts the issue's postmortem.",
          ),
        label: z
          .string()
          .min(1)
          .max(50)
          .default("postmortem-needed")
          .describe("Adding this label to an issue drafts its postmortem too."),
        "severity-labels": z
          .record(z.string().min(1), z.string().min(1))
          .default({ sev1: "SEV-1", sev2: "SEV-2", sev3: "SEV-3", sev4: "SEV-4", sev5: "SEV-5" })
          .describe(
            'The draft\'s `severity` from the issue\'s labels, label -> severity (`"severity: high": SEV-2`); compared without case, spaces, "-" or "_", so sev1 also matches "SEV-1". Replaces the built-in mapping.',
          ),
        directory: z
          .string()
          .regex(
            /^[\w.-]+(?:\/[\w.-]+)*$/,
            "a folder from the repository root, without a leading or trailing /",
          )
          .default("postmortems")
          .describe("Folder of the drafted report; keep it under `paths` so the review and the sync see it."),
        timezone: z
          .string()
          .refine((zone) => IANAZone.isValidZone(zone), "an IANA time zone such as Europe/Berlin")
          .nullable()
          .default(null)
          .describe(
            "IANA time zone of the draft's date and timeline; null: `reminders.timezone` (UTC by default).",
          ),
      })
      .strict()
      .prefault({})
      .describe("Drafting a postmortem pull request from its incident issue (`/postmortem` or the label)."),
    "dry-run": z.boolean().default(false).describe("Log every change that would be made, and make none."),
  })
  .strict();

export type Config = z.output<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
