import { nodeTooOld } from "../runtime.ts";

// Node's version first: an older Node says which one is needed instead of failing on a missing API.
const tooOld = nodeTooOld(process.versions.node);
if (tooOld) {
  process.stderr.write(`${tooOld}\n`);
  process.exit(1);
}
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
