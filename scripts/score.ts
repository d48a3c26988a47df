// Scores the parser against labelled reports: NNN.md beside NNN.json ({"items": [{"text", ...}]}).
// An item matches a label when their token overlap is at least 0.8 (see tokenOverlap).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseReport, tokenOverlap } from "../src/report/index.ts";

export interface LabelledItem {
  text: string;
  group: string | null;
  owner: string | null;
  due: string | null;
  priority: string | null;
}

export interface DocumentScore {
  file: string;
  expected: number;
  found: number;
  misses: string[];
  extras: string[];
}

export interface Score {
  documents: DocumentScore[];
  precision: number;
  recall: number;
  f1: number;
  /** Agreement on the metadata of matched items, per field: [agreed, labelled]. */
  fields: Map<string, [number, number]>;
}

const THRESHOLD = 0.8;

export function scoreDirectory(dir: string): Score {
  const names = new Set(readdirSync(dir));
  const fields = new Map<string, [number, number]>();
  const tally = (field: string, want: string | null, got: string | null) => {
    const [agreed, total] = fields.get(field) ?? [0, 0];
    fields.set(field, [agreed + (want === got ? 1 : 0), total + 1]);
  };
  const documents: DocumentScore[] = [];
  for (const file of [...names]
    .filter((f) => f.endsWith(".md") && names.has(f.replace(/\.md$/, ".json")))
    .sort()) {
    const label = JSON.parse(readFileSync(join(dir, file.replace(/\.md$/, ".json")), "utf8")) as {
      items: LabelledItem[];
    };
    const report = parseReport(readFileSync(join(dir, file), "utf8"), { path: file });
    const used = new Set<number>();
    const misses: string[] = [];
    for (const want of label.items) {
      let best = -1;
      let bestScore = THRESHOLD;
      report.items.forEach((got, index) => {
        const score = tokenOverlap(want.text, got.text);
        if (!used.has(index) && score >= bestScore) {
          best = index;
          bestScore = score;
        }
      });
      const item = report.items[best];
      if (!item) {
        misses.push(want.text);
        continue;
      }
      used.add(best);
      tally("group", want.group, item.group);
      if (want.due) tally("due", want.due, item.due);
      if (want.priority) tally("priority", want.priority, item.priority);
      if (want.owner) tally("owner", want.owner, item.owners.join(", ") || null);
    }
    const extras = report.items.filter((_, index) => !used.has(index)).map((i) => i.text);
    documents.push({ file, expected: label.items.length, found: report.items.length, misses, extras });
  }
  return summarise(documents, fields);
}

/** One score over several folders (documents named by folder and file). */
export function scoreDirectories(dirs: string[]): Score {
  const scores = dirs.map((dir) => ({ dir, score: scoreDirectory(dir) }));
  const documents = scores.flatMap(({ dir, score }) =>
    score.documents.map((d) => ({ ...d, file: `${dir.replace(/\/$/, "").replace(/^.*\//, "")}/${d.file}` })),
  );
  const fields = new Map<string, [number, number]>();
  for (const { score } of scores) {
    for (const [field, [a, t]] of score.fields) {
      const [agreed, total] = fields.get(field) ?? [0, 0];
      fields.set(field, [agreed + a, total + t]);
    }
  }
  return summarise(documents, fields);
}

function summarise(documents: DocumentScore[], fields: Map<string, [number, number]>): Score {
  const tp = documents.reduce((n, d) => n + d.expected - d.misses.length, 0);
  const fp = documents.reduce((n, d) => n + d.extras.length, 0);
  const fn = documents.reduce((n, d) => n + d.misses.length, 0);
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { documents, precision, recall, f1, fields };
}
