// Writes docs/follow-through.png, docs/follow-through.html and docs/follow-through.md: the report of
// the test organisation (test/support/follow-through-org.ts), as README shows it.
// Run: node scripts/screenshot.ts (needs Chromium at /usr/bin/chromium, or CHROMIUM_PATH).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { followThroughHtml, followThroughMarkdown } from "../src/metrics/index.ts";
import { launchChromium } from "../test/support/browser.ts";
import { organisationReport } from "../test/support/follow-through-org.ts";

const docs = join(import.meta.dirname, "..", "docs");
mkdirSync(docs, { recursive: true });
const { report, requests } = await organisationReport();
const html = join(docs, "follow-through.html");
writeFileSync(html, followThroughHtml(report));
writeFileSync(join(docs, "follow-through.md"), followThroughMarkdown(report));
const context = await launchChromium();
try {
  const page = await context.newPage();
  await page.goto(pathToFileURL(html).href, { waitUntil: "load" });
  await page.screenshot({ path: join(docs, "follow-through.png"), fullPage: true });
} finally {
  await context.close();
}
console.log(`wrote docs/follow-through.{png,html,md} (${requests} requests to read the organisation)`);
