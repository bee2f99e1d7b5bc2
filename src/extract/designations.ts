/**
 * Designations the catalogue does not hold: a model code beside a class noun ("the Xyz-12
 * air-defence system", "مروحيات من طراز KA-52", "hélicoptères H160M") or a quoted name right after
 * a model marker ("غواصة من نوع «أمور»", "frégates de type « Multi-Mission Surface Combatant »").
 * Each becomes a system mention with id `uncatalogued:<slug>`, the noun's category, and an origin
 * only when a demonym beside it states one. Precision first: a code must join Latin letters and
 * digits (a plain word never qualifies), a quoted name needs a marker, and a code that touches a
 * catalogued system is that system's variant suffix (Rafale F3R), left to the family — unless it
 * contradicts the model the system's own name states: "Bayraktar TB3" is not the Bayraktar TB2
 * that a bare "Bayraktar" stands for, but an uncatalogued sibling.
 */
import { normalizeDigits, phraseKeys, type Token, tokenize } from "../text/tokens.js";
import type { Gazetteer, SystemCategory, SystemInfo } from "./gazetteer.js";
import { roleNoun } from "./kinds.js";
import type { CueHit, Mention } from "./mentions.js";
import { systemNamedInText } from "./trie.js";

export const UNCATALOGUED = "uncatalogued:";

/** How many tokens may stand between a class noun and the code it introduces. */
const MAX_BETWEEN = 4;
/** Arabic adjectives allowed between a noun and its code: with the article or nisba-shaped (هجومية, الأمريكية). */
const MAX_ADJECTIVES = 2;
const MAX_CODE_TOKENS = 5;
const MAX_QUOTED_TOKENS = 5;
const QUOTES = /["«»“”„‘’'″]/;
const YEAR = /^(19|20)\d\d$/;
/** Lower-case ordinal endings written onto a number: "5e génération", "4th generation", "2nd batch" are no codes. */
const ORDINAL_ENDING = /^(e|er|re|ere|eme|th|st|nd|rd)$/;
/** A unit or the wheel-layout x written onto a number: "155mm", "10t", "5.5m", "6x6" are measures, not codes. */
const MEASURE = /^(mm|cm|m|km|t|kg|kt|ft|nm|kn|hp|kw|x)$/;
/** With the article, or ending as a nisba does (هجوميه, متطوره is not: it needs the article). */
const ARABIC_ADJECTIVE = /^ال|يه?$|يين$|يون$/;

export interface Designations {
  /** All system and other mentions, in text order: the analyzed ones, sibling models replaced, plus the new ones. */
  mentions: Mention[];
  systems: Map<string, SystemInfo>;
}

interface Span {
  first: number;
  last: number;
}

interface Run extends Span {
  /** Letters joined to digits: a model code (KA-52, Sky Dragon 50), not just capitalized words. */
  code: boolean;
  /** Some letters and digits are written without a space (KA-52), not only "Name 50". */
  tight: boolean;
}

interface Context {
  text: string;
  tokens: Token[];
  gazetteer: Gazetteer;
  /** The mention covering each token, if any. */
  coveredBy: (Mention | undefined)[];
  markers: Set<number>;
}

const between = ({ text, tokens }: Context, left: number) =>
  text.slice(tokens[left]?.end ?? 0, tokens[left + 1]?.start ?? 0);

/** Tokens `left` and `left + 1` are written as one name: nothing, a hyphen or slash (spaced or not), or one space. */
const joined = (context: Context, left: number) => /^( ?[-/] ?| )?$/.test(between(context, left));

/** Nothing or a hyphen between: written tight (KA-52, سي- 295), not "Name 50". */
const tightGap = (gap: string) => gap === "" || /^ ?- ?$/.test(gap);

/** The Latin letter an Arabic token spells (سي → C), if it is one. */
const letterName = (context: Context, token: Token | undefined) =>
  token?.script === "arabic" ? context.gazetteer.designationWords.letterNames.get(token.norm) : undefined;

/** Letters of a code: a Latin word, or a Latin letter spelled in Arabic. */
const isLetters = (context: Context, token: Token) =>
  token.script === "latin" || letterName(context, token) !== undefined;

/** A word that may be part of a model's name: capitalized Latin, a spelled letter, a letter right after digits (64E). */
function nameWord(context: Context, index: number): boolean {
  const token = context.tokens[index] as Token;
  if (token.script === "digit" || letterName(context, token)) return true;
  if (token.script !== "latin") return false;
  return (
    token.capitalized || (context.tokens[index - 1]?.script === "digit" && between(context, index - 1) === "")
  );
}

const measureWord = (token: Token | undefined) =>
  token?.script === "latin" && !token.capitalized && MEASURE.test(token.norm);

/** Letters and digits written together (KA-52, H160M, 9K37), or a name and a number (Sky Dragon 50), not a year or a measure. */
function lettersWithDigits(context: Context, left: number): "tight" | "spaced" | undefined {
  const [a, b] = [context.tokens[left], context.tokens[left + 1]];
  if (!a || !b) return undefined;
  const gap = between(context, left);
  if (measureWord(a) && context.tokens[left - 1]?.script === "digit") return undefined;
  if (isLetters(context, a) && b.script === "digit") {
    if (tightGap(gap)) return "tight";
    // A spelled letter before a spaced number is too often a word.
    return gap === " " && a.script === "latin" && !YEAR.test(b.norm) ? "spaced" : undefined;
  }
  const ordinal = ORDINAL_ENDING.test(b.norm) && !b.capitalized;
  const code = a.script === "digit" && b.script === "latin" && gap === "" && !ordinal && !measureWord(b);
  return code ? "tight" : undefined;
}

/**
 * Runs of capitalized Latin words and digits written as one name, by first token. A run holding
 * letters joined to digits is a model code; one without is a name only a marker may introduce
 * (de type Barracuda, Barracuda-class).
 */
function nameRuns(context: Context): Map<number, Run> {
  const { tokens, gazetteer } = context;
  const runs = new Map<number, Run>();
  for (let first = 0; first < tokens.length; first += 1) {
    if (!nameWord(context, first) || context.coveredBy[first]) continue;
    let last = first;
    while (
      last - first + 1 < MAX_CODE_TOKENS &&
      last + 1 < tokens.length &&
      joined(context, last) &&
      nameWord(context, last + 1) &&
      !context.coveredBy[last + 1]
    )
      last += 1;
    let start = first;
    // Small words begin no name (The Xyz-12), but an acronym in capitals does (AN/APG-83).
    while (
      start < last &&
      !tokens[start]?.upper &&
      gazetteer.designationWords.leading.has(tokens[start]?.norm ?? "")
    )
      start += 1;
    // A number set apart before a name is a quantity (40 Tz-6 trucks), not part of it (9K37).
    while (start < last && tokens[start]?.script === "digit" && between(context, start) !== "") start += 1;
    const pairs = new Set<string | undefined>();
    for (let index = start; index < last; index += 1) pairs.add(lettersWithDigits(context, index));
    const code = pairs.has("tight") || pairs.has("spaced");
    // Spelled letters count only joined to digits; a name without digits only in Latin script.
    if (code || tokens[start]?.script === "latin")
      runs.set(start, { first: start, last, code, tight: pairs.has("tight") });
    first = last;
  }
  return runs;
}

/** A quoted name starting at token `first`: up to the token a closing quote follows. */
function quotedAt(context: Context, first: number): Span | undefined {
  const { text, tokens } = context;
  const start = tokens[first]?.start ?? 0;
  if (!QUOTES.test(text.slice(Math.max(0, start - 2), start))) return undefined;
  for (let last = first; last < Math.min(tokens.length, first + MAX_QUOTED_TOKENS); last += 1) {
    if (context.coveredBy[last]) return undefined;
    if (QUOTES.test(between(context, last)) || last === tokens.length - 1) return { first, last };
  }
  return undefined;
}

const isDemonym = (mention: Mention | undefined) =>
  mention?.alias.type === "country" && mention.alias.kind === "demonym";

interface Found extends Span {
  category: SystemCategory;
  origin: string | null;
}

/** What follows class noun `noun`: fillers, markers, demonyms, adjectives, then a code or (after a marker) a quoted name. */
function after(
  context: Context,
  noun: CueHit,
  runs: Map<number, Run>,
  category: SystemCategory,
): Found | undefined {
  const { tokens, gazetteer } = context;
  let origin: string | null = null;
  let marked = false;
  let adjectives = 0;
  let index = noun.last + 1;
  for (let steps = 0; steps <= MAX_BETWEEN && index < tokens.length; steps += 1) {
    const run = runs.get(index);
    const code = run?.code || marked ? run : undefined;
    if (code)
      return {
        first: code.first,
        last: code.last,
        category,
        origin: origin ?? originAfter(context, code.last),
      };
    if (marked) {
      const quoted = quotedAt(context, index);
      if (quoted) return { ...quoted, category, origin: origin ?? originAfter(context, quoted.last) };
    }
    const token = tokens[index] as Token;
    const mention = context.coveredBy[index];
    if (isDemonym(mention) && mention) {
      origin = mention.alias.id;
      index = mention.last + 1;
    } else if (context.markers.has(index)) {
      marked = true;
      index += 1;
    } else if (gazetteer.designationWords.fillers.has(token.norm)) {
      index += 1;
    } else if (
      token.script === "arabic" &&
      ARABIC_ADJECTIVE.test(token.norm) &&
      !mention &&
      adjectives < MAX_ADJECTIVES
    ) {
      adjectives += 1;
      index += 1;
    } else return undefined;
  }
  return undefined;
}

function originAfter(context: Context, last: number): string | null {
  const mention = context.coveredBy[last + 1];
  return isDemonym(mention) && mention ? mention.alias.id : null;
}

/** A code touching a catalogued system (Rafale F3R, F-16 Block 72) is its variant suffix. */
function touchesSystem(context: Context, span: Span): boolean {
  const before = context.coveredBy[span.first - 1];
  const next = context.coveredBy[span.last + 1];
  return (
    (before?.alias.type === "system" && joined(context, span.first - 1)) ||
    (next?.alias.type === "system" && joined(context, span.last))
  );
}

/** Letters → number of each letters-and-digits pair in a designation's keys (Bayraktar TB2 → tb: 2). */
function modelNumbers(keys: string[]): Map<string, string> {
  const numbers = new Map<string, string>();
  for (let index = 0; index + 1 < keys.length; index += 1) {
    const [letters, digits] = [keys[index] as string, keys[index + 1] as string];
    if (/^\p{L}+$/u.test(letters) && /^\d+$/.test(digits)) numbers.set(letters, digits);
  }
  return numbers;
}

/**
 * A code written onto a system named without a number whose own name states another number for
 * the same letters (Bayraktar TB3 beside the record Bayraktar TB2): a sibling model.
 */
function siblingModel(
  context: Context,
  mention: Mention,
  runs: Map<number, Run>,
  runEndingAt: Map<number, Run>,
): Found | undefined {
  if (mention.alias.keys.some((key) => /\d/.test(key))) return undefined;
  const after = joined(context, mention.last) ? runs.get(mention.last + 1) : undefined;
  const before = joined(context, mention.first - 1) ? runEndingAt.get(mention.first - 1) : undefined;
  const code = after?.code ? after : before?.code ? before : undefined;
  const system = context.gazetteer.systems.get(mention.alias.id);
  if (!code || !system) return undefined;
  const own = modelNumbers(phraseKeys(system.name));
  const written = modelNumbers(context.tokens.slice(code.first, code.last + 1).map((token) => token.norm));
  const differs = [...written].some(([letters, digits]) => own.has(letters) && own.get(letters) !== digits);
  if (!differs) return undefined;
  return {
    first: Math.min(code.first, mention.first),
    last: Math.max(code.last, mention.last),
    category: system.category,
    origin: system.origin,
  };
}

/**
 * English and French (not Arabic) also put the name first: a code right before the noun (the
 * Xyz-12 air-defence system) — written tight, as a spaced number there is rather a quantity
 * (NH Industries 68 hélicoptères) — or any name before a marker (Qz-7 class, Barracuda-class).
 */
function before(context: Context, noun: CueHit, runEndingAt: Map<number, Run>): Found | undefined {
  if (context.tokens[noun.first]?.script !== "latin") return undefined;
  const category = noun.category.slice("class:".length) as SystemCategory;
  const code = runEndingAt.get(noun.first - 1);
  const named = context.markers.has(noun.first - 1) ? runEndingAt.get(noun.first - 2) : undefined;
  const run = code?.code && code.tight ? code : named;
  return run && { first: run.first, last: run.last, category, origin: null };
}

/** Uncatalogued designations in the analyzed text, as system mentions and the systems they name. */
export function findDesignations(
  text: string,
  tokens: Token[],
  cues: CueHit[],
  mentions: Mention[],
  gazetteer: Gazetteer,
): Designations {
  const coveredBy: (Mention | undefined)[] = new Array(tokens.length);
  for (const mention of mentions)
    for (let i = mention.first; i <= mention.last; i += 1) coveredBy[i] = mention;
  const markers = new Set<number>();
  for (const cue of cues) if (cue.category === "designationMarker") markers.add(cue.first);
  const context: Context = { text, tokens, gazetteer, coveredBy, markers };
  const runs = nameRuns(context);
  const runEndingAt = new Map([...runs.values()].map((run) => [run.last, run]));
  const found: Found[] = [];
  const replaced = new Set<Mention>();
  for (const mention of mentions) {
    if (mention.alias.type !== "system") continue;
    const sibling = siblingModel(context, mention, runs, runEndingAt);
    if (!sibling) continue;
    replaced.add(mention);
    found.push(sibling);
  }
  for (const cue of cues) {
    if (!cue.category.startsWith("class:") || roleNoun(text, tokens, cue)) continue;
    const category = cue.category.slice("class:".length) as SystemCategory;
    const hit = before(context, cue, runEndingAt) ?? after(context, cue, runs, category);
    if (hit && !touchesSystem(context, hit) && !found.some((other) => other.first === hit.first))
      found.push(hit);
  }
  const added = toMentions(context, found, writtenVariants(gazetteer, mentions));
  if (added.mentions.length === 0) return { mentions, systems: added.systems };
  const kept = replaced.size === 0 ? mentions : mentions.filter((mention) => !replaced.has(mention));
  return { mentions: [...kept, ...added.mentions].sort((a, b) => a.first - b.first), systems: added.systems };
}

/**
 * A designation spelled with Arabic names of Latin letters, written in Latin (سي- 295 → C-295,
 * تي بي-3 → TB-3); undefined when some Arabic word in it is not a spelled letter.
 */
function transliterated(context: Context, first: number, last: number): string | undefined {
  const span = context.tokens.slice(first, last + 1);
  if (!span.some((token) => letterName(context, token))) return undefined;
  if (span.some((token) => token.script === "arabic" && !letterName(context, token))) return undefined;
  let name = "";
  for (const [offset, token] of span.entries()) {
    const previous = span[offset - 1];
    if (previous) {
      const gap = between(context, first + offset - 1);
      if (letterName(context, previous) && letterName(context, token)) name += "";
      else if (gap.includes("-") || (isLetters(context, previous) && token.script === "digit")) name += "-";
      else name += gap;
    }
    name += letterName(context, token) ?? normalizeDigits(context.text.slice(token.start, token.end));
  }
  return name;
}

/**
 * The variants the article names in full, by what their name adds to the family's (Rafale F4 →
 * "f 4"): "80 chasseurs F4" after "Rafale F4" is that variant, not another system.
 */
function writtenVariants(gazetteer: Gazetteer, mentions: Mention[]): Map<string, string> {
  const bySuffix = new Map<string, string>();
  for (const mention of mentions) {
    const system = mention.alias.type === "system" ? gazetteer.systems.get(mention.alias.id) : undefined;
    const family = system?.family ? gazetteer.systems.get(system.family) : undefined;
    if (!system || !family) continue;
    const [own, familyKeys] = [phraseKeys(system.name), phraseKeys(family.name)];
    if (own.length > familyKeys.length && familyKeys.every((key, index) => own[index] === key))
      bySuffix.set(own.slice(familyKeys.length).join(" "), system.id);
  }
  return bySuffix;
}

/** The catalogued system a transliterated designation names in full (جيه إف-17 → JF-17), if one. */
function catalogued(gazetteer: Gazetteer, latin: string): string | undefined {
  const keys = tokenize(latin);
  return gazetteer.entities
    .matchAt(keys, 0)
    .find((candidate) => candidate.alias.type === "system" && candidate.last === keys.length - 1)?.alias.id;
}

function toMentions(context: Context, found: Found[], variants: Map<string, string>): Designations {
  const { text, tokens } = context;
  const systems = new Map<string, SystemInfo>();
  const mentions: Mention[] = [];
  for (const { first, last, category, origin } of found.sort((a, b) => a.first - b.first)) {
    const latin = transliterated(context, first, last);
    const keys = latin ? phraseKeys(latin) : tokens.slice(first, last + 1).map((token) => token.norm);
    const variant =
      variants.get(keys.join(" ")) ?? (latin ? catalogued(context.gazetteer, latin) : undefined);
    const id = variant ?? `${UNCATALOGUED}${keys.join("-")}`;
    const start = tokens[first]?.start ?? 0;
    const end = tokens[last]?.end ?? 0;
    const known = systems.get(id);
    if (!known && !variant) {
      const written = normalizeDigits(text.slice(start, end));
      const arabic = tokens[first]?.script === "arabic";
      systems.set(id, {
        id,
        name: latin ?? written,
        nameAr: arabic ? written : null,
        category,
        origin,
        maker: null,
        family: null,
        catalogued: false,
      });
    } else if (known && !known.origin && origin) known.origin = origin;
    mentions.push({ alias: systemNamedInText(id, keys), first, last, start, end });
  }
  return { mentions, systems };
}
