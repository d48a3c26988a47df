import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, it } from "vitest";
import { repoRoot } from "./helpers.ts";

// The layout's rules that a reader relies on (Biome enforces the others: no import cycles, no function
// in src/ over 80 lines). Each names the files that break it.

function sources(dir = join(repoRoot, "src")): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts")
      ? [{ path: relative(repoRoot, path), text: readFileSync(path, "utf8") }]
      : [];
  });
}

const offenders = (pattern: RegExp, allowed: string[]) =>
  sources()
    .filter((f) => pattern.test(f.text) && !allowed.includes(f.path))
    .map((f) => f.path);

it("spells GitHub's REST routes and GraphQL documents in the client alone", () => {
  expect(offenders(/["`](?:GET|POST|PATCH|PUT|DELETE) \//, ["src/github/client.ts"])).toEqual([]);
  expect(offenders(/["`](?:query|mutation)\s*[({]/, ["src/github/client.ts"])).toEqual([]);
});

it("writes only through the gateway, which alone checks the dry run", () => {
  expect(offenders(/\bGitHubWriter\b/, ["src/github/client.ts", "src/github/gateway.ts"])).toEqual([]);
  expect(offenders(/\.(?:dryRun|writer\(\))/, ["src/github/gateway.ts", "src/action/setup.ts"])).toEqual([]);
});

it("keeps the core pure: report, review, tracking and metrics do no I/O", () => {
  const io = /from "(?:node:(?:fs|http|https|net|child_process)|probot|@octokit\/[^"]+|@actions\/[^"]+)"/;
  const core = sources().filter(
    (f) => /^src\/(?:report|review|tracking|metrics)\//.test(f.path) && io.test(f.text),
  );
  expect(core.map((f) => f.path)).toEqual([]);
});
