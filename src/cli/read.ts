import { readFileSync, statSync } from "node:fs";
import type { Report } from "../report/index.ts";

/** Reading a report file for the CLI: a folder, a binary file or a missing one gets one clear reason. */

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The file's text, or why it is not a report that can be read. */
export function readText(file: string): { text: string } | { reason: string } {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory())
      return { reason: "it is a directory: name the report files in it (DIR/*.md)" };
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { reason: "no such file" };
    if (code === "EACCES") return { reason: "permission denied" };
    return { reason: (error as Error).message };
  }
  // A NUL byte or invalid UTF-8: an image, an archive, a compiled file, not Markdown.
  if (bytes.includes(0)) return { reason: "it is not a text file" };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { reason: "it is not a text file (not UTF-8)" };
  }
}

const notRead = new WeakSet<Report>();

/** Whether `report` stands for a file that could not be read. */
export const isUnreadable = (report: Report) => notRead.has(report);

/** A report that could not be read: no items, one error naming the file. */
export function unreadable(file: string, reason: string): Report {
  const report: Report = {
    path: file,
    title: "",
    frontMatter: {},
    sections: [],
    items: [],
    prose: [],
    warnings: [],
    errors: [{ severity: "error", message: `cannot read the file: ${reason}`, file }],
  };
  notRead.add(report);
  return report;
}
