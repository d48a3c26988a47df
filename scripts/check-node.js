// Run first by `npm test` and `npm run build`: plain JavaScript, so that any Node can run it and
// say which version the project needs (package.json's engines) before TypeScript scripts fail.
// `node scripts/check-node.js 22.12.0` checks that version instead of the running one.
import { readFileSync } from "node:fs";

const { engines } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const minimum = engines.node.replace(/^>=\s*/, "");
const version = (process.argv[2] ?? process.versions.node).replace(/^v/, "");
const have = version.split(".").map(Number);
const need = minimum.split(".").map(Number);
const older = need.some((n, i) => have.slice(0, i).every((h, j) => h === need[j]) && (have[i] ?? 0) < n);
if (older) {
  console.error(`postmortem-tracker needs Node.js ${minimum} or newer; this is Node.js ${version}`);
  process.exit(1);
}
