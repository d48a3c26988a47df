import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

// A quiet, offline browser: nothing of its own goes to the network, so every request seen is the page's.
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Headless Chromium with a fresh profile; a missing browser is an error that says how to install it. */
export async function launchChromium(
  path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
): Promise<BrowserContext> {
  if (!existsSync(path)) {
    throw new Error(
      `no Chromium at ${path}: install it (apt-get install -y chromium) or set CHROMIUM_PATH; the HTML report's test needs a real browser`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), "pmt-chromium-"));
  return chromium.launchPersistentContext(profile, {
    executablePath: path,
    args: ARGS,
    headless: true,
    viewport: { width: 1200, height: 900 },
  });
}
