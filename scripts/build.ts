// Bundles the entry points into dist/ (committed, so the CLI and the Action run without a build).
// `node scripts/build.ts [OUTDIR]`: OUTDIR defaults to dist; tests build elsewhere to compare.
import { build } from "esbuild";

const outdir = process.argv[2] ?? "dist";
const banner =
  "import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);";

await build({
  entryPoints: { cli: "src/cli/index.ts" },
  outdir,
  bundle: true,
  platform: "node",
  target: "node22",
  format: "esm",
  outExtension: { ".js": ".js" },
  banner: { js: `#!/usr/bin/env node\n${banner}` },
  legalComments: "none",
  logLevel: "warning",
});
