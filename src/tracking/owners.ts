/** The report's owners, from its front matter `owners`: a list, or one line of mentions. */
export function reportOwners(frontMatter: Record<string, unknown>): string[] {
  const value = frontMatter.owners ?? frontMatter.owner;
  const parts = Array.isArray(value)
    ? value.map(String)
    : typeof value === "string"
      ? value.split(/[\s,]+/)
      : [];
  const owners = parts.map((p) => p.trim()).filter((p) => /^@[\w.-]+(?:\/[\w.-]+)?$/.test(p));
  return [...new Set(owners)];
}

/** Those of them who can be assigned: people, not teams. */
export const assignableOwners = (owners: readonly string[]) =>
  owners.filter((o) => !o.includes("/")).map((o) => o.slice(1));
