import { expect, it } from "vitest";
import { followThrough } from "../../src/metrics/compute.ts";
import { followThroughHtml } from "../../src/metrics/html.ts";
import { followThroughJson } from "../../src/metrics/json.ts";
import { followThroughMarkdown } from "../../src/metrics/markdown.ts";
import type { TrackerFact } from "../../src/metrics/types.ts";

const now = new Date("2026-11-20T09:00:00Z");
const hostile: TrackerFact = {
  ref: "acme/a#1",
  url: "https://github.com/acme/a/issues/1",
  title: `"><script>alert(1)</script>`,
  date: "2026-10-01",
  severity: "<b>SEV1</b>",
  awaitingReview: true,
  items: [
    {
      title: "<img src=x onerror=alert(1)> & more",
      state: "open",
      ref: "acme/a#2",
      url: "javascript:alert(1)",
      owners: ["<evil>"],
      due: null,
      opened: "2026-10-02T00:00:00Z",
      closed: null,
    },
  ],
};

it("escapes every text in the HTML page and drops links that are not http(s)", () => {
  const html = followThroughHtml(followThrough({ trackers: [hostile], now }), "<Report>");
  expect(html).not.toMatch(/<script|<img|<b>SEV1|<evil>|javascript:/);
  expect(html).toContain("&lt;img src=x onerror=alert(1)&gt; &amp; more");
  expect(html).toContain("<title>&lt;Report&gt;</title>");
  expect(html).toContain('<a href="https://github.com/acme/a/issues/1">');
});

it("fetches nothing: no script, stylesheet link, image or font in the page", () => {
  const html = followThroughHtml(followThrough({ trackers: [hostile], now }));
  expect(html).not.toMatch(/<(?:script|link|img|iframe|object)\b|url\(|@import|<[a-z]+[^>]*\ssrc=/i);
});

it("draws the Mermaid charts from the same numbers as the tables", () => {
  const md = followThroughMarkdown(followThrough({ trackers: [hostile], now, since: "2026-09-01" }));
  expect(md).toContain('x-axis ["2026-09", "2026-10", "2026-11"]');
  expect(md).toContain("bar [0, 1, 0]");
  expect(md).toContain('"Open" : 1');
  expect(md).toContain("&lt;img src=x onerror=alert(1)> & more");
});

it("prints JSON with its version first and the model's fields", () => {
  const json = JSON.parse(followThroughJson(followThrough({ trackers: [hostile], now })));
  expect(Object.keys(json)).toEqual([
    "version",
    "generated",
    "since",
    "trackers",
    "totals",
    "timeToClose",
    "byMonth",
    "bySeverity",
    "byOwner",
    "oldestOpen",
    "awaitingReview",
  ]);
  expect(json.awaitingReview).toEqual([
    { ref: "acme/a#1", url: "https://github.com/acme/a/issues/1", title: hostile.title, date: "2026-10-01" },
  ]);
});

it("names owners in the Markdown without mentioning them", () => {
  const md = followThroughMarkdown(
    followThrough({
      trackers: [{ ...hostile, items: hostile.items.map((i) => ({ ...i, owners: ["alice"] })) }],
      now,
    }),
  );
  expect(md).toContain("`@alice`");
  expect(md).not.toMatch(/(?<!`)@alice/);
});
