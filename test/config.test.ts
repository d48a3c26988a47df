import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderedReadme, schemaText } from "../scripts/config-docs.ts";
import { defaultConfig, validateConfig } from "../src/config/load.ts";
import { repoRoot } from "./helpers.ts";

describe("configuration", () => {
  it("gives every key a default, so an empty file is valid", () => {
    expect(validateConfig(null)).toEqual({ ok: true, config: defaultConfig });
    expect(defaultConfig.issues["max-items"]).toBe(50);
    expect(defaultConfig.paths).toEqual(["postmortems/**/*.md", "docs/postmortems/**/*.md"]);
  });

  it("names every key at fault", () => {
    const result = validateConfig({
      issues: { "max-items": 0, "checked-items": "maybe" },
      labels: { colour: "red" },
    });
    expect(result.ok).toBe(false);
    const message = result.ok ? "" : result.message;
    expect(message).toMatch(/^\.github\/postmortem-tracker\.yml is not valid: /);
    expect(message).toContain("issues.max-items: Too small");
    expect(message).toContain("issues.checked-items: Invalid option");
    expect(message).toContain('labels: Unrecognized key: "colour"');
  });

  it("keeps the committed JSON Schema and README table in step with the schema", () => {
    const schema = readFileSync(join(repoRoot, "schema/postmortem-tracker.schema.json"), "utf8");
    expect(schema, "run node scripts/config-docs.ts").toBe(schemaText());
    const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
    expect(readme, "run node scripts/config-docs.ts").toBe(renderedReadme(readme));
    expect(readme).toContain("| `issues.max-items` | integer (1 to 200) | `50` |");
  });
});
