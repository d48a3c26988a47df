import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { repoRoot } from "./helpers.ts";

it("the committed dist/ is what the sources build to", () => {
  const out = mkdtempSync(join(tmpdir(), "pmt-dist-"));
  execFileSync(process.execPath, ["scripts/build.ts", out], { cwd: repoRoot });
  const files = (dir: string) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
      .sort();
  const built = files(out);
  expect(files(join(repoRoot, "dist"))).toEqual(built);
  for (const file of built) {
    const fresh =
      readFileSync(join(out, file), "utf8") === readFileSync(join(repoRoot, "dist", file), "utf8");
    expect(fresh, `dist/${file} is stale: run npm run build and commit dist/`).toBe(true);
  }
});

it("the bundled CLI runs on its own", () => {
  const out = execFileSync(process.execPath, ["dist/cli.js", "plan", "--json", "examples/postmortem.md"], {
    cwd: repoRoot,
    encoding: "utf8",
  });
  expect(JSON.parse(out).items).toHaveLength(8);
});
