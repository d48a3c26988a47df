import { DateTime } from "luxon";

/** Date shapes authors write in action items; checked for real with luxon after matching. */
const month =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
export const isoDate = "\\d{4}-\\d{2}-\\d{2}(?![\\d:T])|\\d{4}/\\d{1,2}/\\d{1,2}";
export const datePattern = `(?:${isoDate}|${month}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${month}\\.?,?\\s+\\d{4})`;

const formats = ["yyyy-MM-dd", "yyyy/M/d", "MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy"];

export type DateResult = { iso: string } | { invalid: string };

// Reports repeat dates; parsing by format is the slow part of reading thousands of items.
const cache = new Map<string, DateResult>();

/** Reads one matched date; an impossible one (February 30th) says why. */
export function readDate(text: string): DateResult {
  const known = cache.get(text);
  if (known) return known;
  const result = parseDate(text);
  if (cache.size > 5000) cache.clear();
  cache.set(text, result);
  return result;
}

function parseDate(text: string): DateResult {
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (plain) {
    const date = DateTime.utc(Number(plain[1]), Number(plain[2]), Number(plain[3]));
    return date.isValid ? { iso: text } : { invalid: date.invalidExplanation ?? "not a real date" };
  }
  const cleaned = text
    .replace(/(\d)(st|nd|rd|th)\b/gi, "$1")
    .replace(/[.,]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\b(\p{L})(\p{L}*)/gu, (_, a: string, b: string) => a.toUpperCase() + b.toLowerCase())
    .replace(/\bSept\b/, "Sep");
  for (const format of formats) {
    const date = DateTime.fromFormat(cleaned, format, { zone: "utc", locale: "en-US" });
    if (date.isValid) return { iso: date.toISODate() ?? cleaned };
  }
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(cleaned);
  if (iso) {
    const date = DateTime.utc(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return { invalid: date.invalidExplanation ?? "not a real date" };
  }
  const parts = DateTime.fromFormat(cleaned, "MMMM d yyyy", { zone: "utc", locale: "en-US" });
  return { invalid: parts.invalidExplanation ?? "not a real date" };
}
