/**
 * A deal's figures as a clause states them: the quantity (a number before a unit noun or a
 * system name: "24 طائرة", "24 F-16"), the value (an amount, scale and currency) and the year
 * of order. The words come from cues/*.json "figures"; they are compiled once per gazetteer.
 * A wrong figure is worse than none: an advance payment (دفعة أولى, acompte, down payment) is not
 * the deal's value, and a year after "since", "expected" or "delivery" is not its year of order.
 */
import { lowerBound } from "../../text/search.js";
import { cliticForms, phraseKeys } from "../../text/tokens.js";
import type { FigureWords } from "../gazetteer.js";
import type { Mention } from "../mentions.js";
import type { DealInput, Money } from "./types.js";

interface CompiledFigures {
  units: Set<string>;
  numbers: Map<string, number>;
  duals: Set<string>;
  designationWords: Set<string>;
  scales: Map<string, number>;
  /** Scale words as tokens: a number before one is an amount of money, not a count. */
  scaleWords: Set<string>;
  currencies: Map<string, string>;
  value: RegExp;
  /** A scale word standing alone before a currency: «نحو مليار دولار», "près d'un milliard de dollars". */
  wordValue: RegExp;
  wordAmounts: Map<string, number>;
  /** An advance-payment phrase ending shortly before an amount. */
  advance: RegExp;
  year: RegExp;
  /** A word shortly before a year that makes it no year of order. */
  yearBlocked: RegExp;
  commaScales: Set<string>;
  signedCommaScales: Set<string>;
  rangeWords: Set<string>;
  /** Codes written before the number ("Rs", "KRW"), lower-cased. */
  prefixes: Map<string, string>;
  /** The text before an amount ending with the other end of its range ("de 2 milliards à", «بين 35 و»). */
  rangeBefore: RegExp;
  /** The text after an amount opening with a range word and a number ("à 2,5 milliards", "to $40 billion"). */
  rangeAfter: RegExp;
  /** The text after an amount opening with "and" and a number: a range only after an opener. */
  andAfter: RegExp;
  /** An amount's conversion right after it ("(US$2.6 billion)", "or Rs 3,571 crore", «أي ما يعادل»): what stands between them. */
  equivalenceGap: RegExp;
  /** A range opener ending right before an amount ("between", «بين»). */
  rangeOpening: RegExp;
}

/** Arabic letters that copy writes in several ways (hamza on alef or not, ة or ه, ى or ي). */
const ARABIC_VARIANTS: [RegExp, string][] = [
  [/[اأإآ]/g, "[اأإآ]"],
  [/[ةه]/g, "[ةه]"],
  [/[يى]/g, "[يى]"],
];
const asPattern = (word: string) =>
  ARABIC_VARIANTS.reduce(
    (pattern, [letters, choice]) => pattern.replace(letters, choice),
    word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"),
  );
/**
 * Where an amount written as a word starts («مليار», "a billion"): a word of its own or after
 * the Arabic clitic «بـ»/«و», never right after a number (that number counts it).
 */
const WORD_AMOUNT_START = "(?:(?<=^|[^\\p{L}\\p{N}-])(?:بـ?|و)|(?<![\\p{N}][.,]?\\s?|[\\p{L}-]))";
/** What joins the two parts of one amount: «5 مليارات و400 مليون دولار», "1 billion and 200 million". */
const AMOUNT_JOINER_WORDS = ["و", "and", "et"];
const AMOUNT_JOINERS = AMOUNT_JOINER_WORDS.join("|");
/**
 * A number before a scale word: grouped in thousands by spaces or commas ("4 000 milliards",
 * "1,500 million"), else with a decimal point or comma ("2.5", "2,5", «٥٫٤»). Never read from
 * inside a longer number ("2019 500 million" is 500 million).
 */
const SCALED_NUMBER =
  "(?<![\\d.,٫])(\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+|\\d{1,3}(?:,\\d{3})+(?![\\d])|\\d+(?:[.,٫]\\d+)?)";
const SPACED_THOUSANDS = /^\d{1,3}(?:[ \u00A0\u202F]\d{3})+$/;
const COMMA_THOUSANDS = /^\d{1,3}(?:,\d{3})+$/;

/**
 * A number as written before its scale word. "6,035 milliards" is 6.035 (French and Arabic write
 * a decimal comma), "1,500 billion" is 1500, and "1,500 million" with no currency sign before it
 * could be either: no number.
 */
function numberBeforeScale(words: CompiledFigures, number: string, scale: string, signed: boolean): number {
  if (SPACED_THOUSANDS.test(number)) return Number(number.replace(/\D/g, ""));
  if (COMMA_THOUSANDS.test(number)) {
    const unit = scale.toLowerCase();
    if (words.commaScales.has(unit) || (signed && words.signedCommaScales.has(unit)))
      return Number(number.replace(/\D/g, ""));
    if (words.signedCommaScales.has(unit)) return Number.NaN;
  }
  return Number(number.replace(/[,٫]/, "."));
}
/** Alternatives longest first, so that "millions" is not read as "million". */
const alternatives = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(asPattern)
    .join("|");
const keysOf = (words: string[]) => words.flatMap((word) => phraseKeys(word));

function compile(words: FigureWords): CompiledFigures {
  const symbols = Object.keys(words.currencies).filter((word) => !/\p{L}/u.test(word));
  const prefixes = Object.keys(words.currencyPrefixes);
  const sign = `${alternatives(symbols)}|(?<![\\p{L}])(?:${alternatives(prefixes)})\\.?(?![\\p{L}])`;
  const named = Object.keys(words.currencies).filter((word) => /\p{L}/u.test(word));
  const glue = words.currencyGlue.map((word) => `${asPattern(word)}\\s*`);
  const scales = alternatives(Object.keys(words.scales));
  const amountWords = alternatives(Object.keys(words.wordAmounts));
  // One end of a range of amounts: a number, maybe signed, scaled and named ("$35 billion", "2 milliards", «35»).
  const numberPart = `(?:${sign})?\\s?\\d[\\d.,٫\\u00A0\\u202F]*(?:\\s*(?:${scales}))?(?:\\s*(?:${glue.join("|")})?(?:${alternatives(named)}))?`;
  // "and" joins the ends of a range only after an opener ("between 35 and 40"): "5 billion and 400 million" is one amount.
  const andWords = alternatives(words.rangeWords.filter((word) => AMOUNT_JOINER_WORDS.includes(word)));
  const rangeJoiners = alternatives(words.rangeWords.filter((word) => !AMOUNT_JOINER_WORDS.includes(word)));
  const openers = alternatives(words.rangeOpeners);
  const equivalence = alternatives(words.equivalenceWords);
  return {
    units: new Set(keysOf(words.units)),
    numbers: new Map(
      Object.entries(words.numbers).map(([word, value]) => [phraseKeys(word)[0] as string, value]),
    ),
    duals: new Set(keysOf(words.duals)),
    designationWords: new Set(keysOf(words.designationWords)),
    scales: new Map(Object.entries(words.scales).map(([word, value]) => [word.toLowerCase(), value])),
    scaleWords: new Set(keysOf(Object.keys(words.scales))),
    currencies: new Map(Object.entries(words.currencies).map(([word, code]) => [word.toLowerCase(), code])),
    value: new RegExp(
      `(?:${WORD_AMOUNT_START}(${amountWords})(?![\\p{L}])\\s*(?:${AMOUNT_JOINERS})\\s*)?(${sign})?\\s?${SCALED_NUMBER}(?:\\s*|-)(${scales})(?![\\p{L}])(?:\\s*(?:${AMOUNT_JOINERS})\\s*${SCALED_NUMBER}\\s*(${scales})(?![\\p{L}]))?\\s*(?:${glue.join("|")})?(${alternatives(named)})?`,
      "giu",
    ),
    wordValue: new RegExp(
      `${WORD_AMOUNT_START}(${amountWords})(?![\\p{L}])\\s*(?:${glue.join("|")})?(${alternatives(named)})`,
      "giu",
    ),
    wordAmounts: new Map(
      Object.entries(words.wordAmounts).map(([word, value]) => [word.toLowerCase(), value]),
    ),
    advance: new RegExp(`(?<!\\p{L})(?:${alternatives(words.advanceWords)})[^.؛;!?]{0,15}$`, "iu"),
    year: new RegExp(
      `(?:${alternatives(words.yearMarkers)})\\s+(?:${alternatives(words.yearMarkers)}\\s+)?((?:19[5-9]|20[0-9])\\d)(?!\\d)`,
      "giu",
    ),
    yearBlocked: new RegExp(`(?<!\\p{L})(?:${alternatives(words.yearBlockers)})[^.؛;!?]{0,40}$`, "iu"),
    commaScales: new Set(words.commaScales.map((word) => word.toLowerCase())),
    signedCommaScales: new Set(words.signedCommaScales.map((word) => word.toLowerCase())),
    rangeWords: new Set(keysOf(words.rangeWords)),
    prefixes: new Map(
      Object.entries(words.currencyPrefixes).map(([code, currency]) => [code.toLowerCase(), currency]),
    ),
    rangeBefore: new RegExp(
      `(?:(?<![\\p{L}])(?:${openers})\\s*${numberPart}\\s*(?:${andWords}|${rangeJoiners})|${numberPart}\\s*(?:${rangeJoiners}))\\s*$`,
      "iu",
    ),
    rangeAfter: new RegExp(`^\\s*(?:${andWords}|${rangeJoiners})\\s*(?:${sign})?\\s?\\d`, "iu"),
    andAfter: new RegExp(`^\\s*(?:${andWords})\\s*(?:${sign})?\\s?\\d`, "iu"),
    // Equivalence words only, or a bracket opened within a few words ("$500-million deal (Rs 3,571 crore)").
    equivalenceGap: new RegExp(
      `^(?:[\\s,]*(?:${equivalence}))*[\\s,]*$|^(?:[\\s,]*[^\\s\\d()]+){0,3}\\s*\\(\\s*(?:(?:${equivalence})\\s*)*$`,
      "iu",
    ),
    rangeOpening: new RegExp(`(?<![\\p{L}])(?:${alternatives(words.rangeOpeners)})\\s*$`, "iu"),
  };
}

const compiledCache = new WeakMap<FigureWords, CompiledFigures>();

function figuresOf(input: DealInput): CompiledFigures {
  let compiled = compiledCache.get(input.gazetteer.figures);
  if (!compiled) {
    compiled = compile(input.gazetteer.figures);
    compiledCache.set(input.gazetteer.figures, compiled);
  }
  return compiled;
}

/** Unit nouns (طائرة, jets, chars) as tokenize() normalizes them. */
export function unitWords(input: DealInput): Set<string> {
  return figuresOf(input).units;
}

const systemStartsCache = new WeakMap<Mention[], Set<number>>();

/** Token indexes where a system name starts; computed once per article, not once per clause. */
function systemStartsOf(mentions: Mention[]): Set<number> {
  let starts = systemStartsCache.get(mentions);
  if (!starts) {
    starts = new Set(
      mentions.filter((mention) => mention.alias.type === "system").map((mention) => mention.first),
    );
    systemStartsCache.set(mentions, starts);
  }
  return starts;
}

/** How far before its number a running total's words stand: "the total number of K9s confirmed for export to Poland to 364". */
const TOTAL_REACH = 14;

/** An ordinal written in digits: "4th", "5e", "3ème", "1er" count nothing. */
const ORDINAL_SUFFIX = /^(?:th|st|nd|rd|e|ème|eme|er|ère|re)(?![\p{L}])/iu;

/** What joins the digit groups of one number: "2,747", "1 700", "6.600". */
const GROUP_JOIN = /^[,.\s\u00a0\u202f]$/;

/** Whether the digit token at `index` is a group of the number before it ("747" of "2,747"). */
function continuesNumber(input: DealInput, index: number): boolean {
  const [before, token] = [input.tokens[index - 1], input.tokens[index]];
  if (before?.script !== "digit" || token?.script !== "digit" || !/^\d{3}$/.test(token.norm)) return false;
  return GROUP_JOIN.test(input.text.slice(before.end, token.start));
}

/** Whether digit tokens `index - 1` and `index` are one decimal number ("4.5", «٤٫٥»), not thousands. */
function decimalJoin(input: DealInput, index: number): boolean {
  const [before, token] = [input.tokens[index - 1], input.tokens[index]];
  if (before?.script !== "digit" || token?.script !== "digit" || continuesNumber(input, index)) return false;
  return /^[.,٫]$/.test(input.text.slice(before.end, token.start));
}

/** The value of the number starting at digit token `index`, its digit groups joined; and its last token. */
function groupedNumber(input: DealInput, index: number): { value: number; last: number } {
  let digits = input.tokens[index]?.norm ?? "";
  let last = index;
  while (continuesNumber(input, last + 1)) {
    last += 1;
    digits += input.tokens[last]?.norm ?? "";
  }
  return { value: Number(digits), last };
}

/**
 * The number of units ordered: a number right before a unit word or a system name ("24 طائرة",
 * "24 F-16"). Two different numbers do not read as one order: null, since a wrong figure is
 * worse than none. A number word followed by another (أربع عشرة, fourteen in two words) is
 * not read at all; digit groups are one number ("2,747 vehicles"); a number before a scale word
 * is money ("$1 billion JLTV deal"); a number after "first" counts a batch.
 */
export function quantityIn(input: DealInput, from: number, to: number): number | null {
  const words = figuresOf(input);
  const systemStarts = systemStartsOf(input.mentions);
  const insideName = (index: number) => {
    const before = input.mentions[lowerBound(input.mentions, index, (m) => m.first) - 1];
    return before !== undefined && index <= before.last;
  };
  const isNumberWord = (index: number) => words.numbers.has(input.tokens[index]?.norm ?? "");
  const isCount = (index: number) =>
    !insideName(index) && (input.tokens[index]?.script === "digit" || isNumberWord(index));
  // "de 6 à 14 avions", "between 6 and 14 jets": a range states no one quantity.
  const endsRange = (index: number) =>
    words.rangeWords.has(input.tokens[index - 1]?.norm ?? "") && isCount(index - 2);
  const found = new Set<number>();
  for (let index = from; index <= to; index += 1) {
    const token = input.tokens[index];
    if (!token || insideName(index) || words.designationWords.has(input.tokens[index - 1]?.norm ?? ""))
      continue;
    if (words.duals.has(token.norm) && input.tokens[index - 1]?.script !== "digit") {
      found.add(2);
      continue;
    }
    if (isNumberWord(index) && (isNumberWord(index + 1) || isNumberWord(index - 1))) continue;
    // "the first six helicopters", «أول ست مروحيات»: a batch of the order, not the order.
    if (continuesNumber(input, index) || input.cues.endsAt("batch", index - 1)) continue;
    // "This brings the total number of K9s … to 364 units", «ليصل العدد الإجمالي إلى 50»: a fleet, not the order.
    if (input.cues.has("total", Math.max(from, index - TOTAL_REACH), index - 1)) continue;
    // "4.5-generation fighters": a decimal number counts nothing.
    if (decimalJoin(input, index) || decimalJoin(input, index + 1)) continue;
    if (token.script === "digit" && ORDINAL_SUFFIX.test(input.text.slice(token.end, token.end + 4))) continue;
    const grouped = token.script === "digit" ? groupedNumber(input, index) : null;
    const value = grouped ? grouped.value : words.numbers.get(token.norm);
    const last = grouped?.last ?? index;
    if (value === undefined || words.scaleWords.has(input.tokens[last + 1]?.norm ?? "")) continue;
    if (!(value > 0 && value < 10_000) || (value >= 1950 && value <= 2100)) continue;
    const unitAhead = [1, 2].some(
      (ahead) => words.units.has(input.tokens[last + ahead]?.norm ?? "") || systemStarts.has(last + ahead),
    );
    if (unitAhead && endsRange(index)) return null;
    if (unitAhead) found.add(value);
  }
  return found.size === 1 ? ([...found][0] as number) : null;
}

/** How far before an amount or a year the words that disqualify it are looked for. */
const LOOK_BEHIND = 80;

const before = (text: string, index: number) => text.slice(Math.max(0, index - LOOK_BEHIND), index);

/** An amount as the text writes it: where it stands, and what it is worth (no currency: a bare number). */
interface AmountHit {
  index: number;
  end: number;
  amount: number;
  currency: string | undefined;
}

/** The currency a sign or a code before the number names ("$", "Rs", "KRW"). */
function signCurrency(words: CompiledFigures, sign: string): string | undefined {
  const key = sign.toLowerCase();
  return words.currencies.get(key) ?? words.prefixes.get(key.replace(/\.$/, ""));
}

/** Every amount `text` writes, in order: a number with a scale, or a scale word standing alone. */
function amountsIn(words: CompiledFigures, text: string): AmountHit[] {
  const hits: AmountHit[] = [];
  for (const match of text.matchAll(words.value)) {
    const [, lead, symbol, number = "", scale = "", more, moreScale = "", word] = match;
    const scaled = (digits: string, unit: string) =>
      numberBeforeScale(words, digits, unit, symbol !== undefined) *
      (words.scales.get(unit.toLowerCase()) ?? 1);
    // «مليار و89 مليون يورو», "one billion and 200 million": the word amount leads the number.
    const leading = lead ? (words.wordAmounts.get(lead.toLowerCase().replace(/\s+/g, " ")) ?? Number.NaN) : 0;
    const amount = leading + scaled(number, scale) + (more ? scaled(more, moreScale) : 0);
    const currency = symbol ? signCurrency(words, symbol) : words.currencies.get((word ?? "").toLowerCase());
    hits.push({ index: match.index, end: match.index + match[0].length, amount, currency });
  }
  for (const match of text.matchAll(words.wordValue)) {
    const [, scale = "", word = ""] = match;
    // «ثلاثة مليار»: a number word before the scale is a count of it, not read here.
    const previous = /(\S+)\s+$/.exec(before(text, match.index))?.[1] ?? "";
    if (cliticForms(phraseKeys(previous)[0] ?? "").some((form) => words.numbers.has(form))) continue;
    const amount = words.wordAmounts.get(scale.toLowerCase().replace(/\s+/g, " ")) ?? Number.NaN;
    hits.push({
      index: match.index,
      end: match.index + match[0].length,
      amount,
      currency: words.currencies.get(word.toLowerCase()),
    });
  }
  return hits.sort((a, b) => a.index - b.index);
}

/**
 * An end of a range of amounts ("de 2 milliards à 2,5 milliards d'euros", "between $35 and
 * $40 billion", «بين 35 و40 مليار دولار»): the text states no one value. The other end may be
 * a bare number ("de 650 à 700 millions").
 */
function isRangeEnd(words: CompiledFigures, text: string, hit: AmountHit): boolean {
  return (
    words.rangeBefore.test(before(text, hit.index)) ||
    (words.rangeAfter.test(text.slice(hit.end, hit.end + LOOK_BEHIND)) &&
      (!words.andAfter.test(text.slice(hit.end, hit.end + LOOK_BEHIND)) ||
        words.rangeOpening.test(before(text, hit.index))))
  );
}

/**
 * The amount with a known currency in `text` (digits already ASCII); null when it states two.
 * An advance payment's amount is left out: "a down payment of $500m on the $3bn deal" is $3bn.
 * An amount's conversion right after it ("KRW3.4 trillion (US$2.6 billion)", "$500-million (Rs
 * 3,571 crore)", «5.2 مليار يورو أي ما يعادل 5.9 مليار دولار») is the same value: the first-stated
 * one is kept. A range of amounts is no value.
 */
export function moneyIn(input: DealInput, text: string): Money | null {
  const words = figuresOf(input);
  const hits = amountsIn(words, text);
  const amounts = new Map<string, Money>();
  for (const [at, hit] of hits.entries()) {
    const previous = hits[at - 1];
    const converts =
      previous?.currency !== undefined &&
      hit.currency !== undefined &&
      previous.currency !== hit.currency &&
      words.equivalenceGap.test(text.slice(previous.end, hit.index));
    const { amount, currency } = hit;
    if (!currency || converts || !Number.isFinite(amount) || amount <= 0) continue;
    if (words.advance.test(before(text, hit.index)) || isRangeEnd(words, text, hit)) continue;
    const money = { amount: Math.round(amount), currency };
    amounts.set(`${money.amount} ${currency}`, money);
  }
  return amounts.size === 1 ? ([...amounts.values()][0] as Money) : null;
}

/** The year of order a text states ("عام 2020", "in 2019", "en 2008"); not one "since" or "expected" dates. */
export function yearIn(input: DealInput, text: string): number | null {
  const words = figuresOf(input);
  for (const match of text.matchAll(words.year))
    if (!words.yearBlocked.test(before(text, match.index))) return Number(match[1]) || null;
  return null;
}
