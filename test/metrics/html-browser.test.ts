import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { followThroughHtml } from "../../src/metrics/html.ts";
import { followThroughMarkdown } from "../../src/metrics/markdown.ts";
import { repoRoot } from "../helpers.ts";
import { launchChromium } from "../support/browser.ts";
import { organisationReport } from "../support/follow-through-org.ts";

let context: BrowserContext;
let pageUrl: string;
const out = join(repoRoot, "test-output");

beforeAll(async () => {
  const { report } = await organisationReport();
  mkdirSync(out, { recursive: true });
  const file = join(out, "follow-through.html");
  writeFileSync(file, followThroughHtml(report));
  pageUrl = pathToFileURL(file).href;
  context = await launchChromium();
}, 60_000);

afterAll(async () => {
  await context?.close();
});

it("shows the organisation's follow-through in Chromium with no script error and nothing fetched", async () => {
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(pageUrl, { waitUntil: "load" });

  expect(requests).toEqual([pageUrl]);
  expect(errors).toEqual([]);
  expect(
    await page.locator("svg[data-chart]").evaluateAll((s) => s.map((e) => e.getAttribute("data-chart"))),
  ).toEqual(["states", "trend", "severity"]);

  // The pie: one slice per state present, and each count in the legend.
  const states = page.locator('svg[data-chart="states"]');
  expect(await states.locator("path.slice").count()).toBe(4);
  expect(await states.locator("text.legend").allTextContents()).toEqual([
    "Done: 5",
    "Open: 1",
    "Overdue: 1",
    "Won't do: 1",
  ]);

  // The trend: a bar per month, zero months too, with the item counts written over them.
  const trend = page.locator('svg[data-chart="trend"]');
  expect(await trend.locator("rect.bar").count()).toBe(6);
  expect(await trend.locator("text.axis").allTextContents()).toEqual([
    "2026-06",
    "2026-07",
    "2026-08",
    "2026-09",
    "2026-10",
    "2026-11",
  ]);
  expect(await trend.locator("text.value").allTextContents()).toEqual(["4", "0", "3", "0", "1", "0"]);
  expect(await trend.locator("circle.point title").allTextContents()).toEqual([
    "2026-06: 67 %",
    "2026-08: 67 %",
    "2026-10: 100 %",
  ]);
  const heights = await trend
    .locator("rect.bar")
    .evaluateAll((r) => r.map((e) => e.getBoundingClientRect().height));
  expect(heights[0]).toBeGreaterThan(heights[2] ?? 0);
  expect(heights[1]).toBe(0);

  const severity = page.locator('svg[data-chart="severity"]');
  expect(await severity.locator("text.axis").allTextContents()).toEqual(["SEV-1", "SEV-2"]);
  expect(await severity.locator("text.value").allTextContents()).toEqual(["4", "4"]);

  // Titles are text, never markup; links go to the issues.
  expect(await page.getByText("Checkout runbook <draft>").count()).toBe(1);
  expect(await page.locator('a[href="https://github.com/acme/platform/issues/3"]').count()).toBe(1);
  expect(await page.locator(".card b").allTextContents()).toEqual([
    "3",
    "2",
    "1",
    "71.4 %",
    "75 %",
    "6 d",
    "35 d",
  ]);

  const shot = join(out, "follow-through.png");
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`screenshot: ${shot}`);
}, 60_000);

it("keeps docs/ in step with the report: the sample Markdown and page are what the test organisation renders to", async () => {
  const { report } = await organisationReport();
  const doc = (name: string) => readFileSync(join(repoRoot, "docs", name), "utf8");
  expect(doc("follow-through.md"), "run node scripts/screenshot.ts").toBe(followThroughMarkdown(report));
  expect(doc("follow-through.html"), "run node scripts/screenshot.ts").toBe(followThroughHtml(report));
});

it("fails, never skips, without Chromium, saying how to install it", async () => {
  await expect(launchChromium("/nonexistent/chromium")).rejects.toThrow(
    "no Chromium at /nonexistent/chromium: install it (apt-get install -y chromium)",
  );
});
