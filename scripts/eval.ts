// Measures the parser against labelled reports: `npm run eval -- DIR [--quiet]`.
// DIR holds NNN.md reports beside NNN.json labels; --quiet lists only the documents with differences.
import { scoreDirectory } from "./score.ts";

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--"));
if (!dir) {
  console.error("usage: npm run eval -- DIR [--quiet]   (DIR holds NNN.md reports with NNN.json labels)");
  process.exit(2);
}
const quiet = args.includes("--quiet");
const score = scoreDirectory(dir);
for (const doc of score.documents) {
  if (quiet && doc.misses.length === 0 && doc.extras.length === 0) continue;
  console.log(
    `${doc.file}: expected ${doc.expected}, found ${doc.found}, matched ${doc.expected - doc.misses.length}`,
  );
  for (const m of doc.misses) console.log(`  missed: ${m.slice(0, 140)}`);
  for (const e of doc.extras) console.log(`  extra:  ${e.slice(0, 140)}`);
}
const fields = [...score.fields].map(([f, [a, t]]) => `${f} ${a}/${t}`).join(", ");
console.log(`metadata of matched items: ${fields}`);
console.log(
  `F1 ${score.f1.toFixed(2)} precision ${score.precision.toFixed(2)} recall ${score.recall.toFixed(2)} documents ${score.documents.length}`,
);
