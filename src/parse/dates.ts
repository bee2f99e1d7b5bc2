/**
 * Dates as articles write them, to ISO `YYYY-MM-DD`: Arabic month names of every region
 * (Maghreb يناير … يوليوز، غشت، شتنبر، نونبر، دجنبر; Algeria/Tunisia جانفي، جوان، جويلية، أوت;
 * Egypt/Gulf يوليو، أغسطس، سبتمبر …; Levant كانون الثاني … أيلول …, also "حزيران/يونيو"),
 * English and French names (also abbreviated: "4 déc. 2024"), Arabic-Indic digits,
 * `dd - mm - yyyy`, `dd/mm/yyyy`, `yyyy/mm/dd` and ISO, and Hijri dates ("5 ربيع الأول 1447 هـ"),
 * converted through the Umm al-Qura calendar of the runtime's ICU.
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

const HIJRI_MONTH_NAMES: string[][] = [
  ["محرم"],
  ["صفر"],
  ["ربيع الأول", "ربيع الاول"],
  ["ربيع الآخر", "ربيع الثاني", "ربيع الاخر"],
  ["جمادى الأولى", "جمادى الاولى", "جمادى الأول"],
  ["جمادى الآخرة", "جمادى الثانية", "جمادى الاخرة", "جمادى الآخر"],
  ["رجب"],
  ["شعبان"],
  ["رمضان"],
  ["شوال"],
  ["ذو القعدة", "ذي القعدة"],
  ["ذو الحجة", "ذي الحجة"],
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
const HIJRI_MONTH_BY_NAME = new Map<string, number>();
for (const [index, names] of HIJRI_MONTH_NAMES.entries()) {
  for (const name of names) HIJRI_MONTH_BY_NAME.set(normalizeForDates(name), index + 1);
}
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (names: Iterable<string>) =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join("|");
const MONTH = alternation(MONTH_BY_NAME.keys());
const HIJRI_MONTH = alternation(HIJRI_MONTH_BY_NAME.keys());
const END = "(?![\\p{L}\\p{N}])";
const START = "(?<![\\p{L}\\p{N}])";

type Order = "ymd" | "dmy" | "d-month-y" | "month-d-y" | "hijri";

const PATTERNS: { regex: RegExp; order: Order }[] = [
  { regex: /(?<!\d)(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)/u, order: "ymd" },
  { regex: /(?<!\d)(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})(?!\d)/u, order: "dmy" },
  {
    regex: new RegExp(
      `(?<!\\d)(\\d{1,2})(?:er)?\\s+(?:de\\s+)?(${MONTH})${END}\\.?(?:\\s*/\\s*(?:${MONTH})${END})?\\s*,?\\s+(\\d{4})(?!\\d)`,
      "u",
    ),
    order: "d-month-y",
  },
  {
    regex: new RegExp(`${START}(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, "u"),
    order: "month-d-y",
  },
  {
    regex: new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${HIJRI_MONTH})${END}\\s*,?\\s+(1[34]\\d\\d)(?!\\d)`, "u"),
    order: "hijri",
  },
];

const UMM_AL_QURA = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura", {
  day: "numeric",
  month: "numeric",
  year: "numeric",
  timeZone: "UTC",
});
const DAY_MS = 86_400_000;

/** A Hijri (Umm al-Qura) date as YYYY-MM-DD: estimate the day, then check a week around it. */
function hijriToIso(year: number, month: number, day: number): string | null {
  const estimate = Date.UTC(622, 6, 16) + ((year - 1) * 354.367 + (month - 1) * 29.53 + day - 1) * DAY_MS;
  for (let offset = -4; offset <= 4; offset += 1) {
    const date = new Date(Math.round(estimate / DAY_MS + offset) * DAY_MS);
    const parts = Object.fromEntries(UMM_AL_QURA.formatToParts(date).map((part) => [part.type, part.value]));
    if (Number(parts.year) === year && Number(parts.month) === month && Number(parts.day) === day)
      return toIso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  return null;
}

function toIso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2100 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

const part = (match: RegExpExecArray, index: number) => match[index] ?? "";
const num = (match: RegExpExecArray, index: number) => Number(part(match, index));

/** Each pattern's groups to a date. */
const CONVERT: Record<Order, (match: RegExpExecArray) => string | null> = {
  ymd: (m) => toIso(num(m, 1), num(m, 3), num(m, 4)),
  dmy: (m) => toIso(num(m, 3), num(m, 2), num(m, 1)),
  "d-month-y": (m) => toIso(num(m, 3), MONTH_BY_NAME.get(part(m, 2)) ?? 0, num(m, 1)),
  "month-d-y": (m) => toIso(num(m, 3), MONTH_BY_NAME.get(part(m, 1)) ?? 0, num(m, 2)),
  hijri: (m) => hijriToIso(num(m, 3), HIJRI_MONTH_BY_NAME.get(part(m, 2)) ?? 0, num(m, 1)),
};

/** The first date written in `text`, as YYYY-MM-DD, or null. */
export function parseDate(text: string): string | null {
  const normalized = normalizeForDates(text);
  let best: { index: number; iso: string } | null = null;
  for (const { regex, order } of PATTERNS) {
    const match = regex.exec(normalized);
    if (!match) continue;
    const iso = CONVERT[order](match);
    if (iso && (!best || match.index < best.index)) best = { index: match.index, iso };
  }
  return best?.iso ?? null;
}
