// Measures the parser against labelled reports: `npm run eval [-- DIR... ] [--quiet]`.
// Each DIR holds NNN.md reports beside NNN.json labels (default: the shared corpus's dev and dev2);
// --quiet lists only the documents with differences.
import { scoreDirectories } from "./score.ts";

const args = process.argv.slice(2);
const given = args.filter((a) => !a.startsWith("--"));
const dirs = given.length > 0 ? given : ["../shared/corpus/dev", "../shared/corpus/dev2"];
const quiet = args.includes("--quiet");
const score = scoreDirectories(dirs);
for (const doc of score.documents) {
  if (quiet && doc.misses.length === 0 && doc.extras.length === 0) continue;
  console.log(
    `${doc.file}: expected ${doc.expected}, found ${doc.found}, matched ${doc.expected - doc.misses.length}`,
  );
  for (const m of doc.misses) console.log(`  missed: ${m.slice(0, 140)}`);
  for (const e of doc.extras) console.log(`  extra:  ${e.slice(0, 140)}`);
}
// A report that yields nothing files nothing at merge: the worst failure, counted on its own.
const empty = score.documents.filter((d) => d.found === 0 && d.expected > 0).map((d) => d.file);
const fields = [...score.fields].map(([f, [a, t]]) => `${f} ${a}/${t}`).join(", ");
console.log(`metadata of matched items: ${fields}`);
console.log(
  `documents with no item where the labels have some: ${empty.length}${empty.length > 0 ? ` (${empty.join(", ")})` : ""}`,
);
console.log(
  `F1 ${score.f1.toFixed(2)} precision ${score.precision.toFixed(2)} recall ${score.recall.toFixed(2)} documents ${score.documents.length}`,
);
