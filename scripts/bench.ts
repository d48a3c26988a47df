// Prints the parser's speed and memory: `npm run bench [-- CORPUS_DIR]`.
// Ratios are measured in one run, so they hold on any machine.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { parseReport } from "../src/report/index.ts";

const corpusDir = process.argv[2] ?? "../shared/corpus/dev";

function bareParse(text: string): void {
  fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

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

if (existsSync(corpusDir)) {
  const texts = readdirSync(corpusDir)
    .filter((f) => f.endsWith(".md"))
    .map((f) => readFileSync(join(corpusDir, f), "utf8"));
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  best(texts, (t) => parseReport(t), 3); // warm-up
  best(texts, bareParse, 3);
  const ours = best(texts, (t) => parseReport(t), 10);
  const bare = best(texts, bareParse, 10);
  console.log(
    `corpus: ${texts.length} documents, ${(bytes / 1024).toFixed(0)} KiB: ${(texts.length / (ours / 1000)).toFixed(0)} documents/s, ${(bytes / 1024 / 1024 / (ours / 1000)).toFixed(2)} MiB/s`,
  );
  console.log(
    `overhead: whole parse ${ours.toFixed(1)} ms vs bare mdast+GFM parse ${bare.toFixed(1)} ms = ${(ours / bare).toFixed(2)}x (goal <= 1.5x)`,
  );
} else {
  console.log(`corpus: ${corpusDir} not found, skipped (pass a folder of .md reports)`);
}

// The large report is parsed in a child process of its own, so its peak memory is its own; a second
// child compares warm parses (ours and the bare one, each the best of three) for the ratio.
const child = (code: string) =>
  JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" }));
const bigChild = `
import { bigReport } from "./scripts/big-report.ts";
import { parseReport } from "./src/report/index.ts";
const text = bigReport(5000, 1024 * 1024);
const before = process.memoryUsage().rss;
const start = performance.now();
const report = parseReport(text);
const ms = performance.now() - start;
console.log(JSON.stringify({ bytes: Buffer.byteLength(text), items: report.items.length, ms, peak: process.resourceUsage().maxRSS * 1024, before }));
`;
const warm = `
import { bigReport } from "./scripts/big-report.ts";
import { parseReport } from "./src/report/index.ts";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
const text = bigReport(5000, 1024 * 1024);
const time = (f) => { const s = performance.now(); f(); return performance.now() - s; };
let ours = Infinity, bare = Infinity;
for (let i = 0; i < 3; i++) {
  bare = Math.min(bare, time(() => fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })));
  ours = Math.min(ours, time(() => parseReport(text)));
}
console.log(JSON.stringify({ ours, bare }));
`;
const result = child(bigChild) as { bytes: number; items: number; ms: number; peak: number; before: number };
const ratio = child(warm) as { ours: number; bare: number };
const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
console.log(
  `1 MB report: ${(result.bytes / 1024 / 1024).toFixed(2)} MiB, ${result.items} items parsed in ${result.ms.toFixed(0)} ms cold (goal < 1000 ms), peak RSS ${mb(result.peak)} MB (goal < 200 MB; ${mb(result.before)} MB before parsing); warm: ${ratio.ours.toFixed(0)} ms vs bare mdast+GFM ${ratio.bare.toFixed(0)} ms = ${(ratio.ours / ratio.bare).toFixed(2)}x`,
);

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
