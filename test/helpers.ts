import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { main } from "../src/cli/main.ts";

export const repoRoot = fileURLToPath(new URL("..", import.meta.url));

export function fixture(path: string): string {
  return readFileSync(new URL(`../${path}`, import.meta.url), "utf8");
}

/** Runs the CLI in-process and captures what it prints. */
export async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}
