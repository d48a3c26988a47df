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

/** Inputs that make Markdown parsers slow or deep: a hostile pull request could send any of them. */
export function pathologicalReports(): { name: string; text: string }[] {
  const section = "## Corrective and Preventative Measures\n\n";
  const deep = Array.from({ length: 500 }, (_, i) => `${"  ".repeat(i)}- level ${i}`).join("\n");
  const row = "| Add an alert on lag | @alice | 2027-01-01 | P1 |";
  const table = [`| Action item | Owner | Due | Priority |`, "|---|---|---|---|"];
  const distinct = [...table];
  for (let size = 0; size < 1024 * 1024; size += row.length + 1) table.push(row);
  for (let i = 0, size = 0; size < 1024 * 1024; i += 1) {
    const own = `| Add an alert on lag for shard ${i} | @team-${i % 50} | 2027-01-${String((i % 28) + 1).padStart(2, "0")} | P${i % 4} |`;
    distinct.push(own);
    size += own.length + 1;
  }
  return [
    { name: "40 KB line of `[word] `", text: `${section}- ${"[word] ".repeat(Math.ceil(40960 / 7))}\n` },
    { name: "500-deep list", text: `${section}${deep}\n` },
    { name: "10,000 `*`", text: `${section}- ${"*".repeat(10000)}\n` },
    { name: "10,000 `_`", text: `${section}- ${"_".repeat(10000)}\n` },
    { name: "10,000 backticks", text: `${section}- ${"`".repeat(10000)}\n` },
    { name: "10,000 alternating `*a_`", text: `${section}- ${"*a_".repeat(3334)}\n` },
    { name: "1 MB table", text: `${section}${table.join("\n")}\n` },
    { name: "1 MB table of distinct rows", text: `${section}${distinct.join("\n")}\n` },
  ];
}
