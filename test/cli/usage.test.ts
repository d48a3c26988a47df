import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { MINIMUM_NODE, nodeTooOld } from "../../src/runtime.ts";

const root = join(import.meta.dirname, "../..");
const packageJson = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

async function run(args: string[], stdout: { columns?: number; isTTY?: boolean } = {}, now?: DateTime) {
  let out = "";
  let err = "";
  const code = await main(args, {
    stdout: { ...stdout, write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    env: {},
    ...(now ? { now: () => now } : {}),
  });
  return { code, stdout: out, stderr: err };
}

describe("the command line's own options", () => {
  it("prints its version and its help, and exits 0", async () => {
    for (const flag of ["--version", "-v"]) {
      expect(await run([flag])).toEqual({
        code: 0,
        stdout: `postmortem-tracker ${packageJson.version}\n`,
        stderr: "",
      });
    }
    for (const args of [["--help"], ["-h"], ["help"], ["plan", "--help"]]) {
      const { code, stdout, stderr } = await run(args);
      expect([code, stderr]).toEqual([0, ""]);
      expect(stdout).toContain("Usage: postmortem-tracker <command>");
      expect(stdout).toContain("--version");
    }
  });
});

describe("files that are not reports", () => {
  const dir = mkdtempSync(join(tmpdir(), "pmt-files-"));
  const binary = join(dir, "diagram.md");
  writeFileSync(
    binary,
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  );
  const latin1 = join(dir, "latin1.md");
  writeFileSync(latin1, Buffer.from("# Caf\xe9\n", "latin1"));
  it.each([
    ["a directory", dir, "it is a directory: name the report files in it (DIR/*.md)"],
    ["a binary file", binary, "it is not a text file"],
    ["a file that is not UTF-8", latin1, "it is not a text file (not UTF-8)"],
    ["a missing file", join(dir, "nope.md"), "no such file"],
  ])("%s gets one line on stderr, nothing on stdout, and exit 1", async (_, file, reason) => {
    for (const command of ["plan", "lint"]) {
      expect(await run([command, file])).toEqual({
        code: 1,
        stdout: "",
        stderr: `${file}: error: cannot read the file: ${reason}\n`,
      });
    }
  });

  it("still prints the reports that could be read", async () => {
    const { code, stdout, stderr } = await run(["plan", "examples/postmortem.md", dir]);
    expect(code).toBe(1);
    expect(stdout).toContain("examples/postmortem.md: Checkout API returned 503s");
    expect(stderr.split("\n").filter(Boolean)).toHaveLength(1);
  });
});

describe("plan's table", () => {
  const longest =
    "Show the effective, merged configuration of every environment in configuration pull requests";

  it("on a 100-column terminal shows every item's whole text, wrapped in its column, within 100 columns", async () => {
    const { stdout } = await run(["plan", "examples/postmortem.md"], { isTTY: true, columns: 100 });
    const lines = stdout.trimEnd().split("\n");
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(100);
    const [title, header = "", ...rows] = lines;
    expect(title).toBe("examples/postmortem.md: Checkout API returned 503s after a connection-pool change");
    // The item comes right after line and state; columns that say nothing are left out.
    expect(header.trim().split(/\s{2,}/)).toEqual(["line", "state", "item", "owners", "due", "priority"]);
    const itemColumn = header.indexOf("item");
    const first = rows.findIndex((r) => r.includes("Show the effective"));
    const continued = rows.slice(first + 1).findIndex((r) => /^\s+\d+\s/.test(r));
    const text = rows
      .slice(first, first + 1 + continued)
      .map((r) =>
        r
          .slice(itemColumn)
          .split(/\s{2,}/)[0]
          ?.trim(),
      )
      .join(" ");
    expect(text).toBe(longest);
  });

  it("elsewhere (a pipe, a script) keeps every column in a fixed order, with the item last and whole", async () => {
    const { stdout } = await run(["plan", "examples/postmortem.md"]);
    const [, header, row] = stdout.split("\n");
    expect(header).toBe(
      "  line  state  owners              due         priority  type     ref    group         item",
    );
    expect(row).toBe(
      `  49    open   @acme/platform      -           P2        prevent  -      improvements  ${longest}`,
    );
  });
});

describe("new", () => {
  it("writes the date to the second and says where to set the incident's start time", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pmt-new-"));
    const now = DateTime.fromISO("2026-11-27T10:15:42.123", { zone: "Europe/Paris" });
    const { code, stdout, stderr } = await run(["new", "Checkout outage", "--dir", dir], {}, now);
    expect(code).toBe(0);
    const file = join(dir, "2026-11-27-checkout-outage.md");
    expect(stdout).toBe(`${file}\n`);
    expect(readFileSync(file, "utf8")).toContain(
      "\ndate: 2026-11-27T10:15:42+01:00 # when the incident started: set it to its start time, with its offset\n",
    );
    expect(stderr).toBe(
      `Set the incident's start time in ${file}'s front matter (date:); it now says 2026-11-27T10:15:42+01:00.\n`,
    );
  });
});

describe("Node's version", () => {
  it("is the one package.json's engines and .ci/run state", () => {
    expect(packageJson.engines.node).toBe(`>=${MINIMUM_NODE}`);
    expect(readFileSync(join(root, ".ci/run"), "utf8")).toContain(`version="${MINIMUM_NODE}"`);
  });

  it.each([
    ["20.19.0", false],
    ["22.12.0", false],
    ["22.17.1", false],
    [MINIMUM_NODE, true],
    ["22.20.0", true],
    ["24.0.0", true],
  ])("%s runs it: %s", (version, runs) => {
    expect(nodeTooOld(version) === null).toBe(runs);
  });

  // An older Node, as far as the program can tell: process.versions.node rewritten before it starts.
  const olderNode = `--import=data:text/javascript,Object.defineProperty(process.versions,"node",{value:"22.12.0"})`;
  const needed = `postmortem-tracker needs Node.js ${MINIMUM_NODE} or newer; this is Node.js 22.12.0\n`;
  it.each([
    ["the CLI", [olderNode, "dist/cli.js", "--version"]],
    ["the App server", [olderNode, "dist/app.js"]],
    ["npm test's first step", ["scripts/check-node.js", "22.12.0"]],
  ])("%s stops at once on an older one and names the version needed", async (_, args) => {
    const failed = await promisify(execFile)(process.execPath, args, { cwd: root }).catch((e) => e);
    expect([failed.code, failed.stdout, failed.stderr]).toEqual([1, "", needed]);
  });
});
