/** A large, realistic report for benchmarks and tests: a long timeline and `items` action items. */
export function bigReport(items: number, targetBytes: number): string {
  const owners = ["@alice", "@bob", "@acme/sre", "@dana", "@acme/payments"];
  const types = ["prevent", "detect", "mitigate", "process"];
  const timeline = Array.from(
    { length: 800 },
    (_, i) =>
      `- **${String(Math.floor(i / 60) % 24).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}** Checked shard ${i}: replication lag ${i % 97} s, error rate ${(i % 13) / 10}%; paged [on-call](https://example.com/pages/${i}).`,
  );
  const tasks = Array.from({ length: items }, (_, i) => {
    const meta = `${owners[i % owners.length]} due: 2027-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")} P${i % 4} type: ${types[i % types.length]}`;
    const ref = i % 10 === 0 ? ` (tracked in acme/infra#${1000 + i})` : "";
    return `- [${i % 9 === 0 ? "x" : " "}] Add a **lag alert** for shard ${i} that pages before \`max_lag\` is reached${ref} ${meta}`;
  });
  const head = [
    "---",
    "title: Replication lag took the orders database read-only",
    "date: 2026-11-03",
    "severity: SEV-1",
    "---",
    "",
    "# Replication lag took the orders database read-only",
    "",
    "## Issue Summary",
    "",
    "- **Duration:** 2026-11-03 14:12 to 18:40 UTC.",
    "- **Impact:** Orders could not be written for 4 hours; 62% of users saw errors.",
    "- **Root cause:** A schema migration locked the primary while replicas fell behind.",
    "",
    "## Timeline",
    "",
    ...timeline,
    "",
    "## Root Cause and Resolution",
    "",
  ];
  const tail = [
    "",
    "## Corrective and Preventative Measures",
    "",
    ...tasks,
    "",
    "## Lessons Learned",
    "",
    "- Alerts fired late.",
    "",
  ];
  const fixed = `${head.join("\n")}\n${tail.join("\n")}`;
  const sentence =
    "The migration held a metadata lock on the orders table while the replicas applied the backlog. ";
  const prose: string[] = [];
  let size = Buffer.byteLength(fixed);
  while (size < targetBytes) {
    const paragraph = sentence.repeat(8).trim();
    prose.push(paragraph, "");
    size += paragraph.length + 2;
  }
  return `${head.join("\n")}\n${prose.join("\n")}${tail.join("\n")}`;
}
