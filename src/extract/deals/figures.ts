/**
 * A deal's figures as a clause states them: the quantity (a number before a unit noun or a
 * system name: "24 طائرة", "24 F-16"), the value (an amount, scale and currency) and the year
 * of order. The words come from cues/*.json "figures"; they are compiled once per gazetteer.
 */
import { lowerBound } from "../../text/search.js";
import { phraseKeys } from "../../text/tokens.js";
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
  year: RegExp;
}

const asPattern = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
/** Alternatives longest first, so that "millions" is not read as "million". */
const alternatives = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(asPattern)
    .join("|");
const keysOf = (words: string[]) => words.flatMap((word) => phraseKeys(word));

function compile(words: FigureWords): CompiledFigures {
  const symbols = Object.keys(words.currencies).filter((word) => !/\p{L}/u.test(word));
  const named = Object.keys(words.currencies).filter((word) => /\p{L}/u.test(word));
  const glue = words.currencyGlue.map((word) => `${asPattern(word)}\\s*`);
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
      `(${alternatives(symbols)})?\\s?(\\d+(?:[.,]\\d+)?)\\s*(${alternatives(Object.keys(words.scales))})(?![\\p{L}])\\s*(?:${glue.join("|")})?(${alternatives(named)})?`,
      "giu",
    ),
    year: new RegExp(
      `(?:${alternatives(words.yearMarkers)})\\s+(?:${alternatives(words.yearMarkers)}\\s+)?((?:19[5-9]|20[0-9])\\d)(?!\\d)`,
      "iu",
    ),
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

/** What joins the digit groups of one number: "2,747", "1 700", "6.600". */
const GROUP_JOIN = /^[,.\s\u00a0\u202f]$/;

/** Whether the digit token at `index` is a group of the number before it ("747" of "2,747"). */
function continuesNumber(input: DealInput, index: number): boolean {
  const [before, token] = [input.tokens[index - 1], input.tokens[index]];
  if (before?.script !== "digit" || token?.script !== "digit" || !/^\d{3}$/.test(token.norm)) return false;
  return GROUP_JOIN.test(input.text.slice(before.end, token.start));
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
    const grouped = token.script === "digit" ? groupedNumber(input, index) : null;
    const value = grouped ? grouped.value : words.numbers.get(token.norm);
    const last = grouped?.last ?? index;
    if (value === undefined || words.scaleWords.has(input.tokens[last + 1]?.norm ?? "")) continue;
    if (!(value > 0 && value < 10_000) || (value >= 1950 && value <= 2100)) continue;
    const unitAhead = [1, 2].some(
      (ahead) => words.units.has(input.tokens[last + ahead]?.norm ?? "") || systemStarts.has(last + ahead),
    );
    if (unitAhead) found.add(value);
  }
  return found.size === 1 ? ([...found][0] as number) : null;
}

/** The amount with a known currency in `text` (digits already ASCII); null when it states two. */
export function moneyIn(input: DealInput, text: string): Money | null {
  const words = figuresOf(input);
  const amounts = new Map<string, Money>();
  for (const match of text.matchAll(words.value)) {
    const [, symbol, number = "", scale = "", word] = match;
    const currency = words.currencies.get((symbol ?? word ?? "").toLowerCase());
    const amount = Number(number.replace(",", ".")) * (words.scales.get(scale.toLowerCase()) ?? 1);
    if (currency && Number.isFinite(amount)) {
      const money = { amount: Math.round(amount), currency };
      amounts.set(`${money.amount} ${currency}`, money);
    }
  }
  return amounts.size === 1 ? ([...amounts.values()][0] as Money) : null;
}

/** The year of order a text states ("عام 2020", "in 2019", "en 2008"). */
export function yearIn(input: DealInput, text: string): number | null {
  return Number(figuresOf(input).year.exec(text)?.[1]) || null;
}
