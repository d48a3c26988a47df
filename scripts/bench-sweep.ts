// The sweep's reads over a large repository, and the Action's cold start, both measured in one run.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runAction, seedTracker } from "../test/action/helpers.ts";
import { FakeGitHub } from "../test/support/fake-github.ts";
import { serveGitHub } from "../test/support/http-github.ts";

/** Requests read by a sweep of `trackers` trackers with `perTracker` items each, where nothing is due. */
export async function sweepReads(
  trackers: number,
  perTracker: number,
): Promise<{ reads: number; writes: number; ms: number }> {
  const fake = new FakeGitHub();
  fake.tokenLogin = "github-actions[bot]";
  for (let t = 0; t < trackers; t += 1) {
    seedTracker(fake, {
      title: `Outage ${t}`,
      merged: "2026-11-01T10:00:00Z",
      followUp: "2026-11-19T10:00:00Z",
      items: Array.from({ length: perTracker }, (_, i) => ({
        title: `Fix ${t}.${i}`,
        state: "open" as const,
        due: "2027-01-31",
      })),
    });
  }
  const server = await serveGitHub(fake);
  const start = performance.now();
  const run = await runAction(server.url, "schedule", {}, { "max-requests": "1000" });
  const ms = performance.now() - start;
  await server.close();
  if (run.code !== 0) throw new Error(`sweep failed: ${run.stdout}`);
  const writes = fake.writes().length;
  return { reads: fake.requests.length - writes, writes, ms };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median wall time of `node dist/index.js` with nothing to do, and of `node -e 0`. */
export function coldStart(runs = 9): { action: number; bare: number } {
  const dir = mkdtempSync(join(tmpdir(), "pmt-cold-"));
  const event = join(dir, "event.json");
  writeFileSync(event, "{}");
  const env = {
    ...process.env,
    GITHUB_EVENT_NAME: "none",
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: "acme/platform",
    "INPUT_GITHUB-TOKEN": "x",
  };
  const time = (args: string[]) => {
    const start = performance.now();
    execFileSync(process.execPath, args, { env, stdio: "ignore" });
    return performance.now() - start;
  };
  time(["dist/index.js"]);
  const action = median(Array.from({ length: runs }, () => time(["dist/index.js"])));
  const bare = median(Array.from({ length: runs }, () => time(["-e", "0"])));
  return { action, bare };
}
