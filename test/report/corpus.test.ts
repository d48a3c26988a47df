import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreDirectories, scoreDirectory } from "../../scripts/score.ts";
import { repoRoot } from "../helpers.ts";

// Labelled reports of many layouts; the parser must find what their authors meant.
describe("labelled reports", () => {
  it("finds the action items of the held-out reports (F1 >= 0.97)", () => {
    const score = scoreDirectory(join(repoRoot, "test/fixtures/holdout"));
    expect(score.documents.length).toBe(24);
    expect(score.f1).toBeGreaterThanOrEqual(0.97);
  });

  const shared = ["dev", "dev2"].map((dir) => join(repoRoot, "../shared/corpus", dir));
  it.runIf(shared.every((dir) => existsSync(dir)))(
    "finds the action items of the shared corpus, both folders (F1 >= 0.97, none left empty)",
    () => {
      const score = scoreDirectories(shared);
      expect(score.documents.length).toBeGreaterThan(65);
      expect(score.f1).toBeGreaterThanOrEqual(0.97);
      const empty = score.documents.filter((d) => d.found === 0 && d.expected > 0).map((d) => d.file);
      expect(empty).toEqual([]);
    },
  );
});
