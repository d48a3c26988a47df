import type { ItemStatus } from "./status.ts";

/** Who a follow-up is about: pure text, so that a login can be shown without notifying. */

/** The people of an item: its issue's assignees, else its owners in the report, else the report's owners. */
export function itemPeople(s: ItemStatus, reportOwners: readonly string[]): string[] {
  if (s.assignees.length > 0) return s.assignees.map((a) => `@${a}`);
  const owners = s.entry.owners ?? [];
  return owners.length > 0 ? owners : [...reportOwners];
}

/** Logins as text: mentions, or in code so that nobody is notified. */
export function names(people: readonly string[], mention: boolean): string {
  return people.map((p) => (mention || !p.startsWith("@") ? p : `\`${p}\``)).join(", ");
}
