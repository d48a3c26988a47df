/**
 * The parts of a new report a person writes, with their guidance: shared by the `new` template and
 * the draft made from an incident's issue, so that both read the same way.
 */

/**
 * A file name from a title: ASCII, lower case, words joined by "-", at most 60 characters;
 * `fallback` where no word is left (a title in another script).
 */
export function slug(title: string, fallback = "postmortem"): string {
  return (
    title
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60)
      .replace(/-$/, "") || fallback
  );
}

export const IMPACT_LINE =
  '- **Impact:** Which services were affected, how users were affected, and what share of users (e.g. "about 12% of checkouts failed").';

export const ROOT_CAUSE_LINE = "- **Root cause:** One sentence on what caused it.";

/** Root Cause and Resolution, Corrective and Preventative Measures, Lessons Learned: to be written. */
export const WRITTEN_BY_PEOPLE = `## Root Cause and Resolution

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
