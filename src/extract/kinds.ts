/**
 * The kind of equipment a class noun beside a system's name states, against the system's own:
 * «فرقاطات تايغر» is no Tiger helicopter, "missiles anti-navires Exocet" names what the missile
 * strikes (a role), not its kind, and a one-word name a class noun of another kind introduces
 * (حاملتي الطائرات من طراز ميسترال) is the system of that kind whose longer name ends with it.
 */
import type { Token } from "../text/tokens.js";
import type { SystemCategory } from "./gazetteer.js";
import type { Checks, CueHit } from "./mentions.js";
import type { Candidate } from "./trie.js";

/** More tokens than any model marker in designations.json (طراز, de type). */
const LONGEST_MARKER = 3;

/** Kinds of equipment a class noun and a system name must share: "فرقاطات تايغر" is no Tiger helicopter. */
const DOMAIN: Record<SystemCategory, string | null> = {
  "fighter aircraft": "air",
  "trainer aircraft": "air",
  "transport aircraft": "air",
  helicopter: "air",
  drone: "air",
  ship: "sea",
  submarine: "sea",
  tank: "land",
  "armoured vehicle": "land",
  artillery: "land",
  truck: "land",
  "small arms": "land",
  "air defence": "strike",
  missile: "strike",
  radar: "strike",
  other: null,
};

/** How many words (adjectives, a demonym) may stand between a class noun and the model marker after it. */
const MARKER_NOUN_REACH = 4;

/**
 * A class noun hyphen-joined to the word before it names what equipment acts on or carries, not
 * its kind: "missiles anti-navires Exocet", "hélicoptères anti-sous-marins NH90", "porte-avions".
 */
export function roleNoun(text: string, tokens: Token[], noun: CueHit): boolean {
  const [before, start] = [tokens[noun.first - 1], tokens[noun.first]];
  return before !== undefined && start !== undefined && text.slice(before.end, start.start) === "-";
}

/**
 * The kinds of equipment the class nouns ending at `endsAt` or starting at `startsAt` name, roles
 * left out, and a noun inside a longer one too: «حاملتي الطائرات» is a ship, not the aircraft of
 * its last word.
 */
function kindsAround({ text, tokens, cues }: Checks, endsAt: number, startsAt: number): SystemCategory[] {
  const nouns = cues.classesAround(endsAt, startsAt);
  const inLonger = (noun: CueHit) =>
    nouns.some(
      (other) =>
        other !== noun &&
        other.first <= noun.first &&
        other.last >= noun.last &&
        other.last - other.first > noun.last - noun.first,
    );
  return nouns
    .filter((noun) => !roleNoun(text, tokens, noun) && !inLonger(noun))
    .map((noun) => noun.category.slice("class:".length) as SystemCategory);
}

/**
 * The class noun a model marker right before the name belongs to, the nearest before the marker:
 * "عربات مدرعة روسية من طراز تايغر", "véhicules blindés de type Tigre" name vehicles.
 */
function kindsBeforeMarker(checks: Checks, first: number): SystemCategory[] {
  const { cues } = checks;
  if (!cues.endsAt("designationMarker", first - 1)) return [];
  const marker =
    cues.within("designationMarker", first - LONGEST_MARKER, first - 1).at(-1)?.first ?? first - 1;
  for (let end = marker - 1; end >= Math.max(0, marker - 1 - MARKER_NOUN_REACH); end -= 1) {
    const kinds = kindsAround(checks, end, -1);
    if (kinds.length > 0) return kinds;
  }
  return [];
}

/**
 * The kinds a class noun written right against the name (before it, or after it in Latin), or a
 * marker's, names when they are all another kind of equipment than the system's; else none.
 */
function otherKinds(checks: Checks, { alias, first, last }: Candidate): SystemCategory[] {
  const { tokens, gazetteer } = checks;
  const own = DOMAIN[gazetteer.systems.get(alias.id)?.category ?? "other"];
  if (!own) return [];
  const against = kindsAround(checks, first - 1, tokens[first]?.script === "latin" ? last + 1 : -1);
  const kinds = against.length > 0 ? against : kindsBeforeMarker(checks, first);
  return kinds.every((category) => DOMAIN[category] !== null && DOMAIN[category] !== own) ? kinds : [];
}

export const againstOtherKind = (checks: Checks, candidate: Candidate) =>
  otherKinds(checks, candidate).length > 0;

/**
 * The system of the class noun's kind that a one-word name refused for its kind stands for: one
 * whose longer name ends with that word («حاملتي الطائرات من طراز ميسترال» → the Mistral-class
 * ships; "frégates Gepard" → the Gepard-class).
 */
export function siblingOfKind(checks: Checks, candidate: Candidate): Candidate | undefined {
  const { alias, first, last } = candidate;
  if (alias.type !== "system" || first !== last) return undefined;
  const kinds = otherKinds(checks, candidate);
  if (kinds.length === 0) return undefined;
  const domains = new Set(kinds.map((category) => DOMAIN[category]));
  const sibling = checks.gazetteer.namesEnding
    .get(alias.keys.join(" "))
    ?.find(
      (id) => id !== alias.id && domains.has(DOMAIN[checks.gazetteer.systems.get(id)?.category ?? "other"]),
    );
  return sibling ? { ...candidate, alias: { ...alias, id: sibling, needsContext: false } } : undefined;
}
