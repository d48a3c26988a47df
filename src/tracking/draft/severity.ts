import { severityLevel } from "../reminders/deadline.ts";

/** A label as the severity mapping compares it: no case, no spaces, "-" or "_". */
export const labelKey = (label: string) => label.toLowerCase().replace(/[\s_-]+/g, "");

/** The mapping with its keys compared as labels are. */
export function severityMapping(mapping: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(mapping).map(([label, sev]) => [labelKey(label), sev]));
}

/** The severity the labels say, the gravest where several do (SEV-1 before SEV-2); else null. */
export function severityOf(labels: string[], mapping: Record<string, string>): string | null {
  const found = labels.flatMap((l) => {
    const sev = mapping[labelKey(l)];
    return sev === undefined ? [] : [sev];
  });
  const rank = (s: string) => severityLevel(s) ?? Number.POSITIVE_INFINITY;
  return found.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}
