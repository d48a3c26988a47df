import type { DateTime } from "luxon";

/** `new`: a report that follows the postmortem process, ready to fill in. */

export function slug(title: string): string {
  return (
    title
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "postmortem"
  );
}

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
- **Impact:** Which services were affected, how users were affected, and what share of users (e.g. "about 12% of checkouts failed").
- **Root cause:** One sentence on what caused it.

## Timeline

All times ${zone}.

- **HH:MM** Detection: how and by what it was noticed (an alert, a customer report).
- **HH:MM** Actions taken: what was checked and tried.
- **HH:MM** Escalation: who was brought in.
- **HH:MM** Resolution: what resolved it.

## Root Cause and Resolution

What caused the incident, in enough detail for someone who was not there, and how it was fixed: the
immediate action and the longer-term one. Describe what the system and the process allowed, not who
made a mistake.

## Corrective and Preventative Measures

### Improvements

<!-- The areas of the system to enhance or fix, one list entry each. -->

### Tasks

<!-- One task per line, with an outcome you can check, for example:
- [ ] Alert when pool wait time exceeds 50 ms for 5 minutes @login due: 2026-12-15 P2 type: detect
-->

## Lessons Learned

### What Went Well

- 

### What Could Be Improved

- 

### Next Steps

- 
`;
}
