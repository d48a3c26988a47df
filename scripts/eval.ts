// Measures the parser against labelled postmortems: `npm run eval -- DIR [--quiet]`.
// DIR holds NNN.md reports beside NNN.json labels ({"items": [{"text": ...}]}).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseReport, tokenOverlap } from "../src/report/index.ts";

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--"));
const quiet = args.includes("--quiet");
if (!dir) {
  console.error("usage: npm run eval -- DIR [--quiet]   (DIR holds NNN.md reports with NNN.json labels)");
  process.exit(2);
}

const threshold = 0.8;
let tp = 0;
let fp = 0;
let fn = 0;
let documents = 0;
// Agreement on the metadata of matched items, per field: [agreed, labelled].
const fields = new Map<string, [number, number]>();
function tally(field: string, want: string | null, got: string | null): void {
  const [agreed, total] = fields.get(field) ?? [0, 0];
  fields.set(field, [agreed + (want === got ? 1 : 0), total + 1]);
}

const files = readdirSync(dir)
  .filter((f) => f.endsWith(".md") && readdirSync(dir).includes(f.replace(/\.md$/, ".json")))
  .sort();
for (const file of files) {
  const label = JSON.parse(readFileSync(join(dir, file.replace(/\.md$/, ".json")), "utf8")) as {
    items: {
      text: string;
      group: string | null;
      owner: string | null;
      due: string | null;
      priority: string | null;
    }[];
  };
  const report = parseReport(readFileSync(join(dir, file), "utf8"), { path: file });
  const found = report.items.map((i) => i.text);
  const expected = label.items.map((i) => i.text);
  const used = new Set<number>();
  const misses: string[] = [];
  for (const want of expected) {
    let best = -1;
    let bestScore = threshold;
    found.forEach((got, index) => {
      const score = tokenOverlap(want, got);
      if (!used.has(index) && score >= bestScore) {
        best = index;
        bestScore = score;
      }
    });
    if (best >= 0) {
      used.add(best);
      const item = report.items[best];
      const labelled = label.items[expected.indexOf(want)];
      if (item && labelled) {
        tally("group", labelled.group, item.group);
        if (labelled.due) tally("due", labelled.due, item.due);
        if (labelled.priority) tally("priority", labelled.priority, item.priority);
        if (labelled.owner) tally("owner", labelled.owner, item.owners.join(", ") || null);
      }
    } else misses.push(want);
  }
  const extra = found.filter((_, index) => !used.has(index));
  tp += expected.length - misses.length;
  fn += misses.length;
  fp += extra.length;
  documents += 1;
  if (!quiet || misses.length > 0 || extra.length > 0) {
    console.log(
      `${file}: expected ${expected.length}, found ${found.length}, matched ${expected.length - misses.length}`,
    );
    for (const m of misses) console.log(`  missed: ${m.slice(0, 140)}`);
    for (const e of extra) console.log(`  extra:  ${e.slice(0, 140)}`);
  }
}
const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
console.log(`metadata of matched items: ${[...fields].map(([f, [a, t]]) => `${f} ${a}/${t}`).join(", ")}`);
console.log(
  `F1 ${f1.toFixed(2)} precision ${precision.toFixed(2)} recall ${recall.toFixed(2)} documents ${documents}`,
);
