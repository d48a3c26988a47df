import type { DateTime } from "luxon";
import { IMPACT_LINE, ROOT_CAUSE_LINE, WRITTEN_BY_PEOPLE } from "../tracking/draft/sections.ts";

export { slug } from "../tracking/draft/sections.ts";

/** `new`: a report that follows the postmortem process, ready to fill in. */

export function reportTemplate(title: string, now: DateTime): string {
  // To the second: the start time is what a reader checks, and milliseconds say nothing there.
  const date = now.startOf("second").toISO({ suppressMilliseconds: true }) ?? "";
  const zone = now.zoneName ?? "UTC";
  const day = now.toISODate() ?? "";
  return `---
title: ${JSON.stringify(title)}
date: ${date} # when the incident started: set it to its start time, with its offset
timezone: ${zone}
severity: SEV-3
status: draft
owners: []
---

# ${title}

## Issue Summary

- **Duration:** ${day} HH:MM to HH:MM ${zone} (how long).
${IMPACT_LINE}
${ROOT_CAUSE_LINE}

## Timeline

All times ${zone}.

- **HH:MM** Detection: how and by what it was noticed (an alert, a customer report).
- **HH:MM** Actions taken: what was checked and tried.
- **HH:MM** Escalation: who was brought in.
- **HH:MM** Resolution: what resolved it.

${WRITTEN_BY_PEOPLE}`;
}
