import matter from "gray-matter";
import { parse as parseYaml } from "yaml";

export interface FrontMatter {
  data: Record<string, unknown>;
  /** The Markdown body, with the front matter's lines blanked so line numbers stay the file's. */
  body: string;
  error: { message: string; line: number } | null;
}

/** JSON-friendly values: YAML dates become ISO strings. */
function plain(value: unknown): unknown {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? String(value)
      : value.toISOString().replace(/T00:00:00\.000Z$/, "");
  }
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/** The line that closes a front matter block opened on line 1, or -1. */
function closingLine(lines: string[]): number {
  if (lines[0]?.trimEnd() !== "---") return -1;
  return lines.findIndex((line, i) => i > 0 && (line.trimEnd() === "---" || line.trimEnd() === "..."));
}

export function readFrontMatter(text: string): FrontMatter {
  const lines = text.split("\n");
  const close = closingLine(lines);
  if (close < 0) return { data: {}, body: text, error: null };
  const body = "\n".repeat(close + 1) + lines.slice(close + 1).join("\n");
  try {
    // An options object turns off gray-matter's cache, which would keep every file parsed.
    // YAML 1.2 (the yaml package) keeps dates as written, with their time zone.
    const parsed = matter(lines.slice(0, close + 1).join("\n"), {
      language: "yaml",
      engines: { yaml: (text: string) => parseYaml(text) as object },
    });
    const data =
      parsed.data && typeof parsed.data === "object" ? (plain(parsed.data) as Record<string, unknown>) : {};
    return { data, body, error: null };
  } catch (error) {
    // The yaml package reads from the opening "---" line on, so its line numbers are the file's.
    const message = (error as Error).message ?? "unreadable";
    const at = / at line (\d+), column \d+/.exec(message);
    const line = at ? Number(at[1]) : 1;
    const reason = message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "");
    return { data: {}, body, error: { message: `front matter is not valid YAML: ${reason}`, line } };
  }
}

const said = (data: Record<string, unknown>, key: string) => {
  const value = data[key] ?? data[key.replace(/-/g, "_")];
  return typeof value === "string" ? value.trim().toLowerCase() : value;
};

/** `action-items: none` (or false, 0, []): the author says the report has nothing to track. */
export function declaresNoItems(data: Record<string, unknown>): boolean {
  const value = said(data, "action-items");
  return value === "none" || value === false || value === 0 || (Array.isArray(value) && value.length === 0);
}

/** `status: draft`: the report is not final, so a merge files nothing. */
export function isDraft(data: Record<string, unknown>): boolean {
  return said(data, "status") === "draft";
}
