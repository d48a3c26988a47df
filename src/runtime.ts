/**
 * The oldest Node.js that runs everything here (the App, the CLI, the Action, the tests). Kept in
 * step with package.json's engines by a test. Each entry point checks it before anything else loads,
 * so an older Node says which version is needed instead of crashing later on a missing API.
 */
export const MINIMUM_NODE = "22.18.0";

/** A message naming the version needed, or null when `version` (e.g. "22.12.0") is new enough. */
export function nodeTooOld(version: string, minimum = MINIMUM_NODE): string | null {
  const have = version.replace(/^v/, "").split(".").map(Number);
  const need = minimum.split(".").map(Number);
  for (let i = 0; i < need.length; i++) {
    const a = have[i] ?? 0;
    const b = need[i] ?? 0;
    if (a > b) return null;
    if (a < b)
      return `postmortem-tracker needs Node.js ${minimum} or newer; this is Node.js ${version.replace(/^v/, "")}`;
  }
  return null;
}
