import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreDirectory } from "../../scripts/score.ts";
import { repoRoot } from "../helpers.ts";

// Labelled reports of many layouts; the parser must find what their authors meant.
describe("labelled reports", () => {
  it("finds the action items of the held-out reports (F1 >= 0.97)", () => {
    const score = scoreDirectory(join(repoRoot, "test/fixtures/holdout"));
    expect(score.documents.length).toBe(24);
    expect(score.f1).toBeGreaterThanOrEqual(0.97);
  });

  const shared = join(repoRoot, "../shared/corpus/dev");
  it.runIf(existsSync(shared))("finds the action items of the shared corpus (F1 >= 0.97)", () => {
    const score = scoreDirectory(shared);
    expect(score.documents.length).toBeGreaterThan(30);
    expect(score.f1).toBeGreaterThanOrEqual(0.97);
  });
});
