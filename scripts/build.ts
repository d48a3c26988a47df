// Bundles the entry points into dist/ (committed, so nothing needs a build to run).
// `node scripts/build.ts [OUTDIR]`: OUTDIR defaults to dist; a test builds elsewhere and compares.
import { chmodSync, rmSync } from "node:fs";
import { build } from "esbuild";

const outdir = process.argv[2] ?? "dist";
// Chunk names carry content hashes: old ones must not linger.
rmSync(outdir, { recursive: true, force: true });
// Bundled CommonJS dependencies call require(); an ESM bundle gets one from node:module.
const requireShim =
  "import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);";
const common = {
  outdir,
  bundle: true,
  platform: "node",
  target: "node22",
  format: "esm",
  legalComments: "none",
  logLevel: "warning",
} as const;

// The Action and the CLI carry everything they need.
// The Action's entry loads its jobs on demand (code splitting), so that it starts fast.
await build({
  ...common,
  entryPoints: { index: "src/action/index.ts" },
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  banner: { js: requireShim },
});
await build({
  ...common,
  entryPoints: { cli: "src/cli/index.ts" },
  banner: { js: `#!/usr/bin/env node\n${requireShim}` },
});
// npm links the bin once per checkout: it has to stay executable.
chmodSync(`${outdir}/cli.js`, 0o755);
// The App server and the App function load probot from node_modules (npm ci --omit=dev installs it).
await build({
  ...common,
  entryPoints: { app: "src/app/main.ts", "probot-app": "src/app/app.ts" },
  packages: "external",
  // The server and the App function share one chunk instead of two copies.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
});
