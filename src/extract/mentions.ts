/**
 * Finds what a text mentions: cue words first (they give context), then entities, left to
 * right, the longest alias whose conditions hold winning at each token. Conditions encode the
 * traps of the domain: a context word for ambiguous aliases (الخالد) — for a system, a class
 * noun or model marker right beside it (مقاتلات من طراز ~Kaan) or another system next to it
 * (F-16 و~Kaan), since a military word somewhere near is in every defence article —, capitals for acronyms,
 * no article for مالي, a cue or quotes for outlets named by common words (الصحيفة), no
 * continent adjective beside a nisba (دول آسيوية وأوروبية وأمريكية), no given name before a
 * nisba that is really a surname (حسن المغربي).
 */

import { lowerBound } from "../text/search.js";
import { cliticForms, type Token, tokenize } from "../text/tokens.js";
import type { CueCategory, Gazetteer } from "./gazetteer.js";
import { unglue } from "./glued.js";
import { againstOtherKind, siblingOfKind } from "./kinds.js";
import type { Alias, Candidate } from "./trie.js";

export interface Span {
  start: number;
  end: number;
}

export interface Mention {
  alias: Alias;
  /** Token index range [first, last]. */
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface CueHit {
  category: CueCategory;
  first: number;
  last: number;
}

export interface AnalyzedText {
  text: string;
  tokens: Token[];
  cues: CueHit[];
  mentions: Mention[];
}

const CONTEXT_BEFORE = 6;
const CONTEXT_AFTER = 3;
/** How close a class noun, model marker or other system must be to a contextual system alias. */
const BESIDE_BEFORE = 3;
const BESIDE_AFTER = 2;
const QUOTES = new Set(['"', "“", "”", "«", "»", "″", "„", "'", "‘", "’"]);

/** Tokens of the spans of `text`, offsets into `text`. */
export function tokenizeSpans(text: string, spans: Span[]): Token[] {
  return spans.flatMap((span) => tokenize(text, span.start, span.end));
}

function findCues(gazetteer: Gazetteer, tokens: Token[]): CueHit[] {
  const hits: CueHit[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const candidates = gazetteer.cues
      .matchAt(tokens, index)
      .filter((candidate) => caseAllows(candidate, tokens));
    const longest = candidates[0]?.last;
    for (const candidate of candidates) {
      if (candidate.last === longest)
        hits.push({ category: candidate.alias.id as CueCategory, first: index, last: candidate.last });
    }
  }
  return hits;
}

function caseAllows(
  { alias, first, last }: Candidate,
  tokens: Token[],
  text?: string,
  cues?: CueIndex,
): boolean {
  const start = tokens[first];
  if (!start) return false;
  if (
    alias.capitalized &&
    start.script === "latin" &&
    !start.capitalized &&
    !lowerCaseCode(alias, tokens, first, text) &&
    !markedNumber(tokens, first, cues)
  )
    return false;
  // A variant letter after a number is written in capitals (F-16A, Su-35S): "F-16 à la Jordanie"
  // and the plural "Su-35s" are the family — in Latin copy; Arabic copy has no such plural or
  // preposition, so «دبابات T-90s» is the T-90S.
  const end = tokens[last];
  if (
    last > first &&
    end?.script === "latin" &&
    end.norm.length <= 2 &&
    tokens[last - 1]?.script === "digit" &&
    !end.capitalized &&
    tokens[first - 1]?.script !== "arabic"
  )
    return false;
  if (alias.upperOnly)
    return tokens.slice(first, last + 1).every((token) => token.script !== "latin" || token.upper);
  return true;
}

/** Two tokens written as one word: nothing, or only a hyphen, between them ("f16", "su-35", "96K9"). */
const writtenTogether = (text: string, left: Token, right: Token) =>
  /^-?$/.test(text.slice(left.end, right.start));

/**
 * A model code typed in lower case, letters run into the number (f16, su-35, k2 in Arabic copy),
 * is still the code; spaced (at 4) it is words.
 */
function lowerCaseCode(alias: Alias, tokens: Token[], first: number, text: string | undefined): boolean {
  const [letters, digits] = [tokens[first], tokens[first + 1]];
  if (text === undefined || !letters || digits?.script !== "digit" || !/^\d+$/.test(alias.keys[1] ?? ""))
    return false;
  return writtenTogether(text, letters, digits);
}

/** A model marker before a number names a model in any case: "corvette de type 056", "project 636". */
function markedNumber(tokens: Token[], first: number, cues: CueIndex | undefined): boolean {
  return cues?.at("designationMarker", first) === true && tokens[first + 1]?.script === "digit";
}

/** More tokens than any cue phrase in cues/*.json has. */
const LONGEST_CUE = 6;

export class CueIndex {
  /** Hits per category, sorted by first token (findCues emits them in token order). */
  private readonly byCategory = new Map<CueCategory, CueHit[]>();

  constructor(hits: CueHit[]) {
    for (const hit of hits) {
      const list = this.byCategory.get(hit.category) ?? [];
      list.push(hit);
      this.byCategory.set(hit.category, list);
    }
  }

  /** Hits of `category` lying within token indexes [from, to]. */
  within(category: CueCategory, from: number, to: number): CueHit[] {
    const hits = this.byCategory.get(category) ?? [];
    const found: CueHit[] = [];
    for (let index = lowerBound(hits, from, (hit) => hit.first); index < hits.length; index += 1) {
      const hit = hits[index] as CueHit;
      if (hit.first > to) break;
      if (hit.last <= to) found.push(hit);
    }
    return found;
  }

  has(category: CueCategory, from: number, to: number): boolean {
    return this.within(category, from, to).length > 0;
  }

  /** Whether a hit of any category named with one of `prefixes` ("kind:", "status:") lies within [from, to]. */
  hasAny(prefixes: string[], from: number, to: number): boolean {
    for (const category of this.byCategory.keys()) {
      if (prefixes.some((prefix) => category.startsWith(prefix)) && this.has(category, from, to)) return true;
    }
    return false;
  }

  /** Whether a hit of a category named with one of `prefixes` starts within [from, to] (a long noun after a name: Namer armored personnel carrier). */
  startsWithin(prefixes: string[], from: number, to: number): boolean {
    for (const category of this.byCategory.keys()) {
      if (!prefixes.some((prefix) => category.startsWith(prefix))) continue;
      if (this.within(category, from, to + LONGEST_CUE).some((hit) => hit.first <= to)) return true;
    }
    return false;
  }

  /** The class nouns ending at token `endsAt` or starting at token `startsAt`. */
  classesAround(endsAt: number, startsAt: number): CueHit[] {
    const found: CueHit[] = [];
    for (const [category, hits] of this.byCategory) {
      if (!category.startsWith("class:")) continue;
      const ending = this.within(category, endsAt - LONGEST_CUE + 1, endsAt).find(
        (hit) => hit.last === endsAt,
      );
      const starting = startsAt >= 0 ? hits[lowerBound(hits, startsAt, (hit) => hit.first)] : undefined;
      if (ending) found.push(ending);
      if (starting?.first === startsAt) found.push(starting);
    }
    return found;
  }

  /** Whether a hit of `category` ends at token `index` (a marker right before a name: "auprès de la"). */
  endsAt(category: CueCategory, index: number): boolean {
    return this.within(category, index - LONGEST_CUE + 1, index).some((hit) => hit.last === index);
  }

  /** Whether a hit of `category` starts at token `index`. */
  at(category: CueCategory, index: number): boolean {
    const hits = this.byCategory.get(category) ?? [];
    return hits[lowerBound(hits, index, (hit) => hit.first)]?.first === index;
  }
}

export interface Checks {
  text: string;
  tokens: Token[];
  cues: CueIndex;
  gazetteer: Gazetteer;
}

function isGivenName(gazetteer: Gazetteer, token: Token | undefined): boolean {
  return token !== undefined && gazetteer.givenNames.has(token.norm);
}

const isCurrency = (gazetteer: Gazetteer, token: Token | undefined) =>
  token !== undefined && cliticForms(token.norm).some((form) => gazetteer.currencyWords.has(form));

/** A country's adjective after a currency name (دولار أمريكي, dinar algérien) or its name before one (US dollars). */
function namesCurrency(
  { text, tokens, gazetteer }: Checks,
  alias: Alias,
  first: number,
  last: number,
): boolean {
  const end = tokens[last]?.end ?? 0;
  return (
    (alias.kind === "demonym" && isCurrency(gazetteer, tokens[first - 1])) ||
    isCurrency(gazetteer, tokens[last + 1]) ||
    // US$83 million, A$ 2 billion
    /^\s?\$/.test(text.slice(end, end + 2))
  );
}

/**
 * A nisba after a given name and one more name is a surname (محمد شياع السوداني): the word
 * between carries no article, as a noun the nisba describes would (الجيش السوداني).
 */
function surnameAfterNames({ tokens, gazetteer }: Checks, first: number): boolean {
  const between = tokens[first - 1];
  return (
    between?.script === "arabic" &&
    !between.norm.startsWith("ال") &&
    tokens[first]?.norm.startsWith("ال") === true &&
    isGivenName(gazetteer, tokens[first - 2])
  );
}

/** A nisba/demonym next to a continent adjective describes a continent's states, not one country. */
function besideContinent({ tokens, cues }: Checks, first: number, last: number): boolean {
  const isConjunction = (token: Token | undefined) =>
    token?.norm === "و" || token?.norm === "and" || token?.norm === "et";
  let before = first - 1;
  if (isConjunction(tokens[before])) before -= 1;
  let after = last + 1;
  if (isConjunction(tokens[after])) after += 1;
  return cues.at("continent", before) || cues.at("continent", after) || cues.at("continent", first - 1);
}

function quotedOrCued({ text, tokens, cues }: Checks, first: number): boolean {
  const start = tokens[first]?.start ?? 0;
  const before = text.slice(Math.max(0, start - 2), start);
  return [...before].some((char) => QUOTES.has(char)) || cues.has("sourceCue", first - 2, first - 1);
}

/** How many tokens after `index` are hyphen-joined to it, as a role written before a class noun is (air-to-air). */
function hyphenatedAfter({ text, tokens }: Checks, index: number): number {
  let joined = 0;
  while (
    tokens[index + joined + 1] &&
    text.slice(tokens[index + joined]?.end, tokens[index + joined + 1]?.start) === "-"
  )
    joined += 1;
  return joined;
}

/**
 * A class noun or model marker right before or after a system name (Kilo class, مقاتلات من طراز,
 * Meteor air-to-air missiles: a hyphenated role counts as one word).
 */
function besideClassNoun(checks: Checks, first: number, last: number): boolean {
  const { cues } = checks;
  const reach = last + BESIDE_AFTER + hyphenatedAfter(checks, last + 1);
  return (
    cues.hasAny(["class:", "designationMarker"], first - BESIDE_BEFORE, first - 1) ||
    cues.startsWithin(["class:", "designationMarker"], last + 1, reach)
  );
}

/** An Arabic word right after a number, with no class noun beside it, is a measure or what is counted: "800 كيلو متر" is no Kilo. */
function measureAfterNumber(tokens: Token[], first: number): boolean {
  return tokens[first]?.script === "arabic" && tokens[first - 1]?.script === "digit";
}

/**
 * An index that starts with a number run into letters (96K9, 9M317, 57E6) is one word as
 * written: spaced, the number counts the system after it ("96 K9 howitzers").
 */
function spacedIndex(alias: Alias, tokens: Token[], first: number, text: string | undefined): boolean {
  const [number, letters] = [tokens[first], tokens[first + 1]];
  if (text === undefined || !number || letters?.script !== "latin" || !/^\d+$/.test(alias.keys[0] ?? ""))
    return false;
  return !writtenTogether(text, number, letters);
}

type Verdict = "yes" | "no" | "if beside a system";

function conditionsHold(checks: Checks, candidate: Candidate): Verdict {
  const { tokens, cues, gazetteer } = checks;
  const { alias, first, last } = candidate;
  if (!caseAllows(candidate, tokens, checks.text, cues)) return "no";
  if (alias.noArticle && candidate.articleStripped) return "no";
  if (alias.type === "system" && againstOtherKind(checks, candidate)) return "no";
  if (alias.type === "system" && spacedIndex(alias, tokens, first, checks.text)) return "no";
  if (alias.needsContext) {
    if (alias.type === "system") {
      if (besideClassNoun(checks, first, last)) return "yes";
      return measureAfterNumber(tokens, first) ? "no" : "if beside a system";
    }
    const ok =
      alias.type === "source"
        ? quotedOrCued(checks, first)
        : cues.has("military", first - CONTEXT_BEFORE, last + CONTEXT_AFTER);
    if (!ok) return "no";
  }
  if (alias.type === "country") {
    // A surname like a country's name ("Pete Hegseth" is not, "Jordan Israel" could be) follows
    // its given name with nothing between: "India, Estonia and Finland" is a list.
    if (
      isGivenName(gazetteer, tokens[first - 1]) &&
      /^\s+$/.test(checks.text.slice(tokens[first - 1]?.end ?? 0, tokens[first]?.start ?? 0)) &&
      (alias.kind === "demonym" || tokens[first]?.script === "latin")
    ) {
      return "no";
    }
    if (alias.kind === "demonym" && besideContinent(checks, first, last)) return "no";
    if (namesCurrency(checks, alias, first, last)) return "no";
    if (alias.kind === "demonym" && surnameAfterNames(checks, first)) return "no";
  }
  return "yes";
}

/** Whether mention `index` has a system mention at most BESIDE_BEFORE tokens away on either side. */
function besideSystem(mentions: Mention[], index: number, waiting: Set<Mention>): boolean {
  const mention = mentions[index] as Mention;
  const near = (other: Mention | undefined, gap: number) =>
    other !== undefined && other.alias.type === "system" && !waiting.has(other) && gap <= BESIDE_BEFORE;
  const before = mentions[index - 1];
  const after = mentions[index + 1];
  return (
    near(before, mention.first - (before?.last ?? 0) - 1) ||
    near(after, (after?.first ?? 0) - mention.last - 1)
  );
}

/** Words that join the numbers of a list ("Bell 205, 206 et 212", "زلزال 1، 2، و3"). */
const LIST_JOINERS = new Set(["و", "and", "et", "or", "ou", "او"]);
const LIST_GAP = /^[\s,،/]*$/;

/**
 * The siblings a list of bare numbers names after a system whose alias ends in a number
 * ("Bell 205, 206 et 212" is Bell 205, Bell 206 and Bell 212): each number, put in place of the
 * alias's own, must make another catalogued alias in full.
 */
function listedSiblings(gazetteer: Gazetteer, text: string, tokens: Token[], mention: Mention): Mention[] {
  const { first, last } = mention;
  if (mention.alias.type !== "system" || tokens[last]?.script !== "digit" || last === first) return [];
  const stem = tokens.slice(first, last);
  const siblings: Mention[] = [];
  let previous = last;
  for (let index = last + 1; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    if (!LIST_GAP.test(text.slice(tokens[previous]?.end, token.start))) break;
    previous = index;
    if (LIST_JOINERS.has(token.norm)) continue;
    if (token.script !== "digit") break;
    const named = [...stem, token];
    const sibling = gazetteer.entities
      .matchAt(named, 0)
      .find((candidate) => candidate.last === named.length - 1 && candidate.alias.type === "system");
    if (!sibling) break;
    siblings.push({ alias: sibling.alias, first: index, last: index, start: token.start, end: token.end });
  }
  return siblings;
}

/** What may stand between the words of one stated name: spaces or a hyphen, no comma or conjunction. */
const NAME_GAP = /^[\s-]*$/;

/**
 * A maker's nickname written against one of the maker's designations is part of that one stated
 * name ("MQ-9B Predator" is the MQ-9B, no MQ-1 Predator beside it): of two system mentions side by
 * side from one maker, the one without a digit is dropped; two designations stay two systems. A
 * nickname of a variant of the designation's family names that variant ("F-18 Super Hornet" is
 * the F/A-18E/F): then the family is dropped.
 */
function withoutNameParts(gazetteer: Gazetteer, text: string, mentions: Mention[]): Mention[] {
  const makerOf = (mention: Mention) =>
    mention.alias.type === "system" ? (gazetteer.systems.get(mention.alias.id)?.maker ?? null) : null;
  const hasDigit = (mention: Mention) => mention.alias.keys.some((key) => /\d/.test(key));
  const variantOf = (variant: Mention, family: Mention) =>
    gazetteer.systems.get(variant.alias.id)?.family === family.alias.id;
  const dropped = new Set<Mention>();
  for (let index = 1; index < mentions.length; index += 1) {
    const [before, after] = [mentions[index - 1] as Mention, mentions[index] as Mention];
    const maker = makerOf(before);
    if (maker === null || maker !== makerOf(after) || before.alias.id === after.alias.id) continue;
    if (!NAME_GAP.test(text.slice(before.end, after.start)) || hasDigit(before) === hasDigit(after)) continue;
    const [numbered, nickname] = hasDigit(before) ? [before, after] : [after, before];
    dropped.add(variantOf(nickname, numbered) ? numbered : nickname);
  }
  return dropped.size === 0 ? mentions : mentions.filter((mention) => !dropped.has(mention));
}

/**
 * Whether a longer system name starts inside the chosen one: «صاروخ فتح-360» is the Fateh-360, not
 * the Fatah of «صاروخ فتح». The chosen start is then skipped and the longer name wins from its own.
 */
function overlappedByLonger(checks: Checks, chosen: Candidate): boolean {
  if (chosen.alias.type !== "system" || chosen.last === chosen.first) return false;
  for (let start = chosen.first + 1; start <= chosen.last; start += 1) {
    for (const candidate of checks.gazetteer.entities.matchAt(checks.tokens, start)) {
      if (candidate.last <= chosen.last) break;
      if (candidate.alias.type === "system" && conditionsHold(checks, candidate) !== "no") return true;
    }
  }
  return false;
}

/** Cue hits and entity mentions in the given spans of `text`. */
export function analyze(gazetteer: Gazetteer, text: string, spans: Span[]): AnalyzedText {
  const tokens = unglue(text, tokenizeSpans(text, spans), gazetteer.entities);
  const cueHits = findCues(gazetteer, tokens);
  const checks: Checks = { text, tokens, cues: new CueIndex(cueHits), gazetteer };
  const mentions: Mention[] = [];
  // Contextual system names with no class noun beside them: kept only if another system is.
  const waiting = new Set<Mention>();
  // Names a class noun gave another kind than their own record's, by their keys.
  const retyped = new Map<string, Alias>();
  for (let index = 0; index < tokens.length; ) {
    let verdict: Verdict = "no";
    let chosen: Candidate | undefined;
    let sibling: Candidate | undefined;
    for (const candidate of gazetteer.entities.matchAt(tokens, index)) {
      verdict = conditionsHold(checks, candidate);
      if (verdict === "no") {
        sibling ??= siblingOfKind(checks, candidate);
        continue;
      }
      chosen = candidate;
      break;
    }
    if (!chosen && sibling) {
      [chosen, verdict] = [sibling, "yes"];
      retyped.set(sibling.alias.keys.join(" "), sibling.alias);
    }
    if (!chosen || overlappedByLonger(checks, chosen)) {
      index += 1;
      continue;
    }
    const { alias, first, last } = chosen;
    const mention = { alias, first, last, start: tokens[first]?.start ?? 0, end: tokens[last]?.end ?? 0 };
    if (verdict === "if beside a system") waiting.add(mention);
    mentions.push(mention);
    const siblings = verdict === "yes" ? listedSiblings(gazetteer, text, tokens, mention) : [];
    mentions.push(...siblings);
    index = (siblings.at(-1)?.last ?? last) + 1;
  }
  // A contextual name the article has already given with its context ("54 K9 howitzers … the
  // K9", «حاملتي الطائرات من طراز ميسترال … صفقة الميسترال») is that system again.
  const resolved =
    retyped.size === 0
      ? mentions
      : mentions.map((mention) => {
          const alias = waiting.has(mention) ? retyped.get(mention.alias.keys.join(" ")) : undefined;
          return alias ? { ...mention, alias } : mention;
        });
  const named = new Set(
    resolved.filter((mention) => !waiting.has(mention)).map((mention) => mention.alias.id),
  );
  const kept =
    waiting.size === 0
      ? resolved
      : resolved.filter(
          (mention, index) =>
            !waiting.has(mention) || named.has(mention.alias.id) || besideSystem(resolved, index, waiting),
        );
  return { text, tokens, cues: cueHits, mentions: withoutNameParts(gazetteer, text, kept) };
}
