import { DateTime, IANAZone } from "luxon";
import { repoName } from "../model.ts";
import { IMPACT_LINE, ROOT_CAUSE_LINE, slug, WRITTEN_BY_PEOPLE } from "./sections.ts";
import { severityOf } from "./severity.ts";
import { timelineLines } from "./timeline.ts";
import { isCommand } from "./trigger.ts";
import type { Draft, DraftSettings, IncidentIssue, Reference, TimelineEvent } from "./types.ts";

/**
 * The postmortem drafted from its incident's issue: what the issue knows (title, when it opened,
 * severity, owners, timeline, links) filled in, the rest left with the `new` template's guidance.
 * `status: draft`, so merging it files nothing until its author says it is final.
 */
export function buildDraft(issue: IncidentIssue, events: TimelineEvent[], settings: DraftSettings): Draft {
  const zone = IANAZone.isValidZone(settings.zone) ? settings.zone : "UTC";
  const opened = DateTime.fromISO(issue.createdAt, { zone }).startOf("second");
  const path = `${settings.directory}/${opened.toISODate()}-${slug(issue.title, `incident-${issue.number}`)}.md`;
  const shown = events.filter((e) => !leftOut(e, settings));
  const pulls = linkedPulls(shown);
  const text = [
    frontMatter(issue, opened, zone, settings),
    `# ${issue.title}\n`,
    links(issue, pulls),
    summary(issue, opened, zone),
    timeline(issue, shown, zone),
    WRITTEN_BY_PEOPLE,
  ].join("\n");
  return { path, text, title: issue.title, pulls };
}

/** What we did (our replies, the draft's own pull request) and the commands say nothing about the incident. */
function leftOut(event: TimelineEvent, settings: DraftSettings): boolean {
  const ours = settings.botLogin !== "" && event.actor.toLowerCase() === settings.botLogin.toLowerCase();
  if (ours) return true;
  if (event.kind !== "commented") return false;
  // Our replies, by their marker too: the command line does not know the App's account.
  if (event.body.includes('"kind":"draft-reply"')) return true;
  return isCommand(event.body, settings.command);
}

/** The issue's events, with a comment asking for what happened outside the issue. */
function timeline(issue: IncidentIssue, events: TimelineEvent[], zone: string): string {
  const opened = { at: issue.createdAt, author: issue.author };
  const lines = timelineLines(opened, events, { zone, home: repoName(issue.repo) });
  return `## Timeline

All times ${zone}, from the issue's events.

<!-- Add what happened outside the issue: how it was detected, what was checked and tried, who was brought in, and what resolved it. -->

${lines.join("\n")}
`;
}

function linkedPulls(events: TimelineEvent[]): Reference[] {
  const seen = new Map<string, Reference>();
  for (const e of events)
    if (e.kind === "cross-referenced" && e.source.pull)
      seen.set(`${e.source.repo}#${e.source.number}`.toLowerCase(), e.source);
  return [...seen.values()];
}

function frontMatter(issue: IncidentIssue, opened: DateTime, zone: string, settings: DraftSettings) {
  const severity = severityOf(issue.labels, settings.severityLabels);
  const owners = issue.assignees.map((a) => JSON.stringify(`@${a}`));
  return `---
title: ${JSON.stringify(issue.title)}
date: ${opened.toISO({ suppressMilliseconds: true })} # when the issue was opened: set it to the incident's start time, with its offset
timezone: ${zone}
severity: ${severity ?? "SEV-3"}${severity ? "" : " # no severity label on the issue: set it"}
status: draft
owners: [${owners.join(", ")}]${owners.length ? "" : " # nobody was assigned to the issue: add the report's owners"}
incident: ${JSON.stringify(issue.url)}
---
`;
}

function links(issue: IncidentIssue, pulls: Reference[]): string {
  const lines = [`- Incident: [${repoName(issue.repo)}#${issue.number}](${issue.url})`];
  for (const p of pulls)
    lines.push(`- Pull request: [${p.repo}#${p.number}](${p.url}) ${JSON.stringify(p.title)}`);
  return `${lines.join("\n")}\n`;
}

/** The duration from the issue's opening to its closing, when it is closed; else its start only. */
function summary(issue: IncidentIssue, opened: DateTime, zone: string): string {
  const start = `${opened.toISODate()} ${opened.toFormat("HH:mm")}`;
  const closed = issue.closedAt ? DateTime.fromISO(issue.closedAt, { zone }) : null;
  let duration = `- **Duration:** ${start} to HH:MM ${zone} (how long). The issue was opened at ${opened.toFormat("HH:mm")}: set the incident's start and end.`;
  if (issue.state === "closed" && closed?.isValid) {
    const sameDay = closed.toISODate() === opened.toISODate();
    const end = sameDay ? closed.toFormat("HH:mm") : `${closed.toISODate()} ${closed.toFormat("HH:mm")}`;
    duration = `- **Duration:** ${start} to ${end} ${zone} (${length(opened, closed)}), from the issue's opening to its closing: correct them to the incident's start and end.`;
  }
  return `## Issue Summary\n\n${duration}\n${IMPACT_LINE}\n${ROOT_CAUSE_LINE}\n`;
}

/** "52 minutes", "3 h 05 min", "2 days 4 h". */
function length(from: DateTime, to: DateTime): string {
  const minutes = Math.max(0, Math.round(to.diff(from, "minutes").minutes));
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${String(minutes % 60).padStart(2, "0")} min`;
  return `${Math.floor(hours / 24)} days ${hours % 24} h`;
}
