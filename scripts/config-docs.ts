// Generates the configuration's JSON Schema and README's table from the zod schema, so they never drift.
// `node scripts/config-docs.ts` writes both; `--check` exits 1 when either is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { configSchema } from "../src/config/schema.ts";

const SCHEMA_PATH = "schema/postmortem-tracker.schema.json";
const README = "README.md";
const START = "<!-- config-table:start -->";
const END = "<!-- config-table:end -->";

interface JsonSchema {
  type?: string | string[];
  anyOf?: JsonSchema[];
  description?: string;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  minimum?: number;
  maximum?: number;
}

/**
 * An object with `.prefault({})` fills in its keys' own defaults; document the object it becomes (not `{}`),
 * as its first keyword, as a `.default({...})` spelling every value out would.
 */
function documentPrefault({
  zodSchema,
  jsonSchema,
}: {
  zodSchema: z.core.$ZodTypes;
  jsonSchema: Record<string, unknown>;
}) {
  if (zodSchema._zod.def.type !== "prefault") return;
  const { default: _prefault, ...rest } = jsonSchema;
  for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
  Object.assign(jsonSchema, { default: JSON.parse(JSON.stringify(z.parse(zodSchema, undefined))), ...rest });
}

export function jsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(configSchema, { io: "input", override: documentPrefault }) as JsonSchema &
    Record<string, unknown>;
  return {
    ...schema,
    title: "postmortem-tracker configuration (.github/postmortem-tracker.yml)",
  } as JsonSchema;
}

function typeOf(s: JsonSchema): string {
  if (s.anyOf) return s.anyOf.map(typeOf).join(" or ");
  if (s.enum) return s.enum.map((v) => `\`${JSON.stringify(v)}\``).join(" or ");
  if (s.type === "array") return `list of ${typeOf(s.items ?? {})}`;
  if (s.type === "object" && s.propertyNames?.enum)
    return `map of ${s.propertyNames.enum.join("/")} to ${typeOf(s.additionalProperties as JsonSchema)}`;
  const range = s.minimum !== undefined && s.maximum !== undefined ? ` (${s.minimum} to ${s.maximum})` : "";
  return `${Array.isArray(s.type) ? s.type.join(" or ") : (s.type ?? "any")}${range}`;
}

function rows(schema: JsonSchema, prefix = ""): string[] {
  const out: string[] = [];
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    const name = `${prefix}${key}`;
    if (prop.type === "object" && prop.properties) {
      out.push(...rows(prop, `${name}.`));
      continue;
    }
    const fallback = prop.default === undefined ? "(built in)" : `\`${JSON.stringify(prop.default)}\``;
    out.push(
      `| \`${name}\` | ${typeOf(prop)} | ${fallback} | ${(prop.description ?? "").replace(/\|/g, "\\|")} |`,
    );
  }
  return out;
}

export function configTable(): string {
  return ["| Key | Type | Default | What it does |", "| --- | --- | --- | --- |", ...rows(jsonSchema())].join(
    "\n",
  );
}

export function renderedReadme(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${README} has no ${START} ... ${END} block`);
  return `${readme.slice(0, start + START.length)}\n${configTable()}\n${readme.slice(end)}`;
}

export const schemaText = () => `${JSON.stringify(jsonSchema(), null, 2)}\n`;

if (import.meta.main) {
  const readme = readFileSync(README, "utf8");
  const stale = [
    readFileSync(SCHEMA_PATH, { encoding: "utf8", flag: "a+" }) !== schemaText() ? SCHEMA_PATH : "",
    renderedReadme(readme) !== readme ? README : "",
  ].filter(Boolean);
  if (process.argv.includes("--check")) {
    if (stale.length > 0) {
      console.error(`out of date: ${stale.join(", ")}; run node scripts/config-docs.ts`);
      process.exit(1);
    }
  } else {
    writeFileSync(SCHEMA_PATH, schemaText());
    writeFileSync(README, renderedReadme(readme));
    console.log(`wrote ${SCHEMA_PATH} and the configuration table in ${README}`);
  }
}
