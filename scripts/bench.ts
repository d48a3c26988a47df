// Prints the speed and memory figures: `npm run bench [-- CORPUS_DIR...]`.
// Ratios are measured in one run, so they hold on any machine.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import MarkdownIt from "markdown-it";
import footnote from "markdown-it-footnote";
import { parseReport } from "../src/report/index.ts";
import { pathologicalReports } from "./big-report.ts";

const given = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const corpusDirs = given.length > 0 ? given : ["../shared/corpus/dev", "../shared/corpus/dev2"];

// The floor: markdown-it alone, with the options the parser uses, and nothing read from its tokens.
const md = new MarkdownIt({ html: true, linkify: true, maxNesting: 2000 }).use(footnote);
const bareParse = (text: string) => void md.parse(text, {});

/** Best of `rounds` timings of `fn` over all texts, in milliseconds. */
function best(texts: string[], fn: (text: string) => void, rounds: number): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r += 1) {
    const start = performance.now();
    for (const text of texts) fn(text);
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

const texts = corpusDirs
  .filter((dir) => existsSync(dir))
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".md"))
      .map((f) => readFileSync(join(dir, f), "utf8")),
  );
if (texts.length > 0) {
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  best(texts, (t) => parseReport(t), 3); // warm-up
  best(texts, bareParse, 3);
  const ours = best(texts, (t) => parseReport(t), 10);
  const bare = best(texts, bareParse, 10);
  console.log(
    `corpus: ${texts.length} documents, ${(bytes / 1024).toFixed(0)} KiB: ${(texts.length / (ours / 1000)).toFixed(0)} documents/s, ${(bytes / 1024 / 1024 / (ours / 1000)).toFixed(2)} MiB/s`,
  );
  console.log(
    `overhead: whole parse ${ours.toFixed(1)} ms vs bare markdown-it parse ${bare.toFixed(1)} ms = ${(ours / bare).toFixed(2)}x (goal <= 3x)`,
  );
} else {
  console.log(`corpus: ${corpusDirs.join(", ")} not found, skipped (pass folders of .md reports)`);
}

// Each cold parse of the large report runs in a child process of its own, so its time is a first
// run's and its peak memory its own: ours, and a bare mdast+GFM parse (what a remark-based tool pays).
const child = (code: string) =>
  JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" }));
const coldParse = (parse: string, imports: string) => `
import { bigReport } from "./scripts/big-report.ts";
${imports}
const text = bigReport(5000, 1024 * 1024);
const before = process.memoryUsage().rss;
const start = performance.now();
const result = ${parse};
const ms = performance.now() - start;
console.log(JSON.stringify({ bytes: Buffer.byteLength(text), items: result.items?.length ?? 0, ms, peak: process.resourceUsage().maxRSS * 1024, before }));
`;
type Cold = { bytes: number; items: number; ms: number; peak: number; before: number };
const ours = child(
  coldParse("parseReport(text)", 'import { parseReport } from "./src/report/index.ts";'),
) as Cold;
const mdast = child(
  coldParse(
    "fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })",
    'import { fromMarkdown } from "mdast-util-from-markdown"; import { gfmFromMarkdown } from "mdast-util-gfm"; import { gfm } from "micromark-extension-gfm";',
  ),
) as Cold;
const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
console.log(
  `1 MB report: ${(ours.bytes / 1024 / 1024).toFixed(2)} MiB, ${ours.items} items parsed in ${ours.ms.toFixed(0)} ms cold, peak RSS ${mb(ours.peak)} MB (${mb(ours.before)} MB before parsing; goal < 200 MB); bare mdast+GFM parse of the same text ${mdast.ms.toFixed(0)} ms cold, peak RSS ${mb(mdast.peak)} MB: time ${(ours.ms / mdast.ms).toFixed(2)}x (goal <= 0.5x)`,
);

for (const { name, text } of pathologicalReports()) {
  const start = performance.now();
  const report = parseReport(text);
  const ms = performance.now() - start;
  const bareStart = performance.now();
  bareParse(text);
  const bareMs = performance.now() - bareStart;
  console.log(
    `pathological ${name} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB): ${ms.toFixed(0)} ms (bare markdown-it ${bareMs.toFixed(0)} ms), ${report.items.length} items, ${report.warnings.length} warnings (goal < 2000 ms)`,
  );
}

// The request budget of a sync (counted, not timed).
const { syncRequests } = await import("./bench-requests.ts");
const sync = await syncRequests();
console.log(
  `requests to sync 20 items (500 closed trackers and 5,000 old action issues in the repository): ${sync.total} = ${sync.creations} creations + ${sync.others} others + ${sync.labels} label creations on first use (lower bound 20 creations; goal: others <= 8)`,
);

// The sweep's reads (counted) and the Action's cold start (timed, as a ratio).
const { sweepReads, coldStart } = await import("./bench-sweep.ts");
const big = await sweepReads(1000, 10);
console.log(
  `sweep of 1,000 trackers and 10,000 items with nothing due: ${big.reads} read requests, ${big.writes} writes, ${(big.ms / 1000).toFixed(1)} s (goal <= 120 reads; bound ceil(T/100) + ceil(I/100) + 3 = 113)`,
);
const cold = coldStart();
console.log(
  `cold start of node dist/index.js with nothing to do: ${cold.action.toFixed(0)} ms vs node -e 0 ${cold.bare.toFixed(0)} ms = ${(cold.action / cold.bare).toFixed(2)}x (goal <= 4x)`,
);

// The App's own sweep of one installation (counted): one search for its trackers, not one list per repository.
const { appSweepCost } = await import("./bench-app-sweep.ts");
const app = await appSweepCost(1000, 2, 5);
const kinds = Object.entries(app.byKind)
  .map(([k, n]) => `${n} ${k}`)
  .join(", ");
console.log(
  `App sweep of 1,000 repositories holding 2,000 trackers and 10,000 items, nothing due: ${app.requests} requests (${kinds}) for ${app.trackers} trackers in ${(app.ms / 1000).toFixed(1)} s, vs ${app.bound} for the per-repository sweep in each repository (ceil(T/100) + ceil(I/100) + 3 each) = ${(app.requests / app.bound).toFixed(2)}x`,
);
