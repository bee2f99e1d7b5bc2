/**
 * Dates as articles write them, to ISO `YYYY-MM-DD`: Arabic month names of every region
 * (Maghreb يناير … يوليوز، غشت، شتنبر، نونبر، دجنبر; Algeria/Tunisia جانفي، جوان، جويلية، أوت;
 * Egypt/Gulf يوليو، أغسطس، سبتمبر …; Levant كانون الثاني … أيلول …, also "حزيران/يونيو"),
 * English and French names, Arabic-Indic digits, `dd - mm - yyyy`, `dd/mm/yyyy` and ISO.
 */
import { normalizeArabicWord, normalizeDigits, normalizeLatinWord } from "../text/tokens.js";

const MONTH_NAMES: string[][] = [
  ["يناير", "جانفي", "كانون الثاني", "january", "jan", "janvier", "janv"],
  ["فبراير", "فيفري", "شباط", "february", "feb", "fevrier", "fevr"],
  ["مارس", "آذار", "march", "mar", "mars"],
  ["أبريل", "إبريل", "أفريل", "نيسان", "april", "apr", "avril"],
  ["ماي", "مايو", "أيار", "may", "mai"],
  ["يونيو", "يونيه", "جوان", "حزيران", "june", "jun", "juin"],
  ["يوليوز", "يوليو", "يوليه", "جويلية", "تموز", "july", "jul", "juillet", "juil"],
  ["غشت", "أغسطس", "أوت", "آب", "august", "aug", "aout"],
  ["شتنبر", "سبتمبر", "أيلول", "september", "sep", "sept", "septembre"],
  ["أكتوبر", "تشرين الأول", "october", "oct", "octobre"],
  ["نونبر", "نوفمبر", "تشرين الثاني", "november", "nov", "novembre"],
  ["دجنبر", "ديسمبر", "كانون الأول", "december", "dec", "decembre"],
];

/** Lowercase, unaccented, Arabic-normalized, ASCII digits: the form the patterns read. */
export function normalizeForDates(text: string): string {
  const folded = normalizeDigits(text).replace(
    /[\p{Script=Arabic}\u064B-\u065F\u0640]+/gu,
    normalizeArabicWord,
  );
  return normalizeLatinWord(folded).replace(/[\u00A0\u200B-\u200F\u202A-\u202E]/g, " ");
}

const MONTH_BY_NAME = new Map<string, number>();
for (const [index, names] of MONTH_NAMES.entries()) {
  for (const name of names) MONTH_BY_NAME.set(normalizeForDates(name), index + 1);
}
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const MONTH = [...MONTH_BY_NAME.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegex)
  .join("|");
const END = "(?![\\p{L}\\p{N}])";
const START = "(?<![\\p{L}\\p{N}])";

const PATTERNS: { regex: RegExp; order: "ymd" | "dmy" | "d-month-y" | "month-d-y" }[] = [
  { regex: /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/u, order: "ymd" },
  { regex: /(?<!\d)(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})(?!\d)/u, order: "dmy" },
  {
    regex: new RegExp(
      `(?<!\\d)(\\d{1,2})(?:er)?\\s+(?:de\\s+)?(${MONTH})${END}(?:\\s*/\\s*(?:${MONTH})${END})?\\s*,?\\s+(\\d{4})(?!\\d)`,
      "u",
    ),
    order: "d-month-y",
  },
  {
    regex: new RegExp(`${START}(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, "u"),
    order: "month-d-y",
  },
];

function toIso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2100 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

/** The first date written in `text`, as YYYY-MM-DD, or null. */
export function parseDate(text: string): string | null {
  const normalized = normalizeForDates(text);
  let best: { index: number; iso: string } | null = null;
  for (const { regex, order } of PATTERNS) {
    const match = regex.exec(normalized);
    if (!match) continue;
    const [, a = "", b = "", c = ""] = match;
    const iso =
      order === "ymd"
        ? toIso(Number(a), Number(b), Number(c))
        : order === "dmy"
          ? toIso(Number(c), Number(b), Number(a))
          : order === "d-month-y"
            ? toIso(Number(c), MONTH_BY_NAME.get(b) ?? 0, Number(a))
            : toIso(Number(c), MONTH_BY_NAME.get(a) ?? 0, Number(b));
    if (iso && (!best || match.index < best.index)) best = { index: match.index, iso };
  }
  return best?.iso ?? null;
}
