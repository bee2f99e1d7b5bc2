/**
 * People quoted or named with a role: "قال هشام معتضد، مستشار في الشؤون السياسية",
 * "وزير الدفاع الباكستاني خواجة آصف", "said Jane Doe, an analyst at …", "selon Jean Dupont,
 * chercheur". A name is two to four words that belong to no known entity, led by a known given
 * name or followed by a role after a comma; a lone surname (وأضاف معتضد) is not a new person.
 */
import { lowerBound } from "../text/search.js";
import type { Token } from "../text/tokens.js";
import type { Gazetteer } from "./gazetteer.js";
import type { CueIndex, Mention } from "./mentions.js";

export interface Person {
  id: string;
  name: string;
  role: string | null;
}

export interface PeopleInput {
  text: string;
  tokens: Token[];
  cues: CueIndex;
  mentions: Mention[];
  gazetteer: Gazetteer;
  byline: string | null;
}

const MAX_NAME_WORDS = 4;
/** Function words that never start or continue a name. */
const NOT_NAME = new Set(
  "ان إن أن عن على علي في من إلى الى التي الذي الذين هذا هذه ذلك تلك عينه ذاته نفسه نفسها قد لا ما كما مع او أو ثم حيث بعد قبل منذ حول ضد بين لدى عند كل بعض غير لكن وقد وهو وهي هو هي انه إنه أنه انها إنها أنها the of and for with from by to in on at".split(
    " ",
  ),
);
const MAX_ROLE_WORDS = 10;

export function personId(name: string): string {
  return `person:${name.normalize("NFC").toLowerCase().replace(/\s+/g, "-")}`;
}

/** Only spaces between two tokens: they belong to one phrase. */
const joined = (text: string, a: Token | undefined, b: Token | undefined) =>
  a !== undefined && b !== undefined && /^[\s\u00A0]*$/.test(text.slice(a.end, b.start));

function covered(mentions: Mention[], index: number): boolean {
  const candidate = mentions[lowerBound(mentions, index + 1, (mention) => mention.first) - 1];
  return candidate !== undefined && index <= candidate.last;
}

/**
 * Whether the token can be part of a name. `afterGivenName`: a known given name precedes, so an
 * Arabic word with the article continues it (محمد العلوي, أحمد التازي: the common family-name form).
 */
function isNameWord(input: PeopleInput, index: number, afterGivenName = false): boolean {
  const token = input.tokens[index];
  if (!token || token.script === "digit" || covered(input.mentions, index)) return false;
  if (input.cues.at("speech", index) || input.cues.at("role", index) || input.cues.at("military", index))
    return false;
  if (NOT_NAME.has(token.norm)) return false;
  // An indefinite accusative (وفدا، عسكريا) is an object of the verb, not part of a name.
  if (
    token.script === "arabic" &&
    token.norm.length >= 4 &&
    token.norm.endsWith("ا") &&
    !input.gazetteer.givenNames.has(token.norm)
  ) {
    return false;
  }
  if (token.script === "arabic")
    return (
      !token.norm.startsWith("ال") ||
      afterGivenName ||
      token.norm === "الله" ||
      /^ال(حسن|حسين|مهدي)$/.test(token.norm)
    );
  return token.capitalized;
}

/** Name words starting at `first`, stopping at punctuation or a non-name word. */
function nameAt(input: PeopleInput, first: number): { first: number; last: number } | null {
  let last = first;
  if (!isNameWord(input, first)) return null;
  const givenName = input.gazetteer.givenNames.has(input.tokens[first]?.norm ?? "");
  while (
    last - first + 1 < MAX_NAME_WORDS &&
    isNameWord(input, last + 1, givenName) &&
    joined(input.text, input.tokens[last], input.tokens[last + 1])
  ) {
    last += 1;
  }
  return last > first ? { first, last } : null;
}

/** A role right after the name: "، مستشار في …" / ", an analyst at …". */
function roleAfter(input: PeopleInput, last: number): string | null {
  const token = input.tokens[last];
  const next = input.tokens[last + 1];
  if (!token || !next || !/^\s*[،,]\s*$/.test(input.text.slice(token.end, next.start))) return null;
  // "، مستشار …", ", a senior analyst …", ", chercheur …": a role word among the first three.
  if (![1, 2, 3].some((ahead) => input.cues.at("role", last + ahead))) return null;
  return phraseFrom(input, last + 1, MAX_ROLE_WORDS);
}

function phraseFrom(input: PeopleInput, first: number, maxWords: number): string {
  let last = first;
  while (last - first + 1 < maxWords && joined(input.text, input.tokens[last], input.tokens[last + 1]))
    last += 1;
  const start = input.tokens[first]?.start ?? 0;
  return input.text.slice(start, input.tokens[last]?.end ?? start).trim();
}

/** Words a title may take before the name: "الوزير المنتدب المكلف بإدارة الدفاع الوطني عبد اللطيف لوديي". */
const MAX_TITLE_WORDS = 7;

/** A role word and its qualifiers right before the name: "وزير الدفاع الباكستاني". */
function roleBefore(input: PeopleInput, first: number): string | null {
  for (let back = 1; back <= MAX_TITLE_WORDS; back += 1) {
    const index = first - back;
    if (!joined(input.text, input.tokens[index], input.tokens[index + 1])) return null;
    if (input.cues.at("role", index)) {
      const start = input.tokens[index]?.start ?? 0;
      return input.text.slice(start, input.tokens[first - 1]?.end ?? start).trim();
    }
  }
  return null;
}

export function extractPeople(input: PeopleInput): Person[] {
  const people = new Map<string, Person>();
  const add = (name: string, role: string | null) => {
    const id = personId(name);
    const known = people.get(id);
    if (!known) people.set(id, { id, name, role });
    else known.role ??= role;
  };
  if (input.byline) add(input.byline, "author");
  for (let index = 0; index < input.tokens.length; index += 1) {
    const name = nameAt(input, index);
    if (!name) continue;
    const givenName = input.gazetteer.givenNames.has(input.tokens[name.first]?.norm ?? "");
    // Capitalized Latin words are a name by their form ("ministre de la Défense Benny Gantz"),
    // unless they are a Title Case headline's words ("Minister Signs Deal").
    const latinName =
      input.tokens[name.first]?.script === "latin" &&
      !input.cues.hasAny(["kind:", "status:"], name.first, name.last);
    const stated = roleAfter(input, name.last);
    const titled = roleBefore(input, name.first);
    const spoke = input.cues.has("speech", name.first - 2, name.first - 1);
    // A role after a comma is evidence enough; otherwise a given name (or capitals) and a title or a speech verb.
    if (stated !== null || ((givenName || latinName) && (titled !== null || spoke))) {
      add(input.text.slice(input.tokens[name.first]?.start, input.tokens[name.last]?.end), stated ?? titled);
      index = name.last;
    }
  }
  return [...people.values()];
}
