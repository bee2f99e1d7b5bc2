/**
 * The one-letter-off spellings a catalogued system name takes in real copy, added to its record
 * when the catalogue loads (so matching costs nothing more): a doubled Latin consonant or
 * consonant pair written once (Mushshak → Mushak, Harrop → Harop), and a g that Egyptian copy
 * writes ج where others write غ (ستينغر → ستينجر, غريغوروفيتش → جريجوروفيتش), and the two ways Arabic
 * spells some Latin letters in a designation (جي / جيه for J, كي / كيه for K, أي / إيه for A:
 * جيه-10 سي is the J-10C). Only words long enough not to fall on a common word are respelled,
 * letter names only in an alias with a number, and a spelling another record already uses is
 * left to that record.
 */
import { normalizeArabicWord, phraseKeys } from "../text/tokens.js";

const PREFIX = /^[~^!]/;
/** A consonant or a pair of consonants written twice in a row (ss, rr, shsh). */
const DOUBLED = /([b-df-hj-np-tv-z]{1,2})\1/gi;
/** Shortest word, once respelled, that stays a name rather than a common word. */
const MIN_LATIN = 6;
const MIN_ARABIC = 5;

/** Arabic names of Latin letters written two ways (normalized: hamza folded). */
const LETTER_NAMES = new Map([
  ["جي", "جيه"],
  ["جيه", "جي"],
  ["كي", "كيه"],
  ["كيه", "كي"],
  ["اي", "ايه"],
  ["ايه", "اي"],
]);

/** A word's respellings: one-letter-off forms that real copy writes for it. */
function respelled(word: string, designation: boolean): string[] {
  const forms: string[] = [];
  const letter = designation ? LETTER_NAMES.get(normalizeArabicWord(word)) : undefined;
  if (letter) forms.push(letter);
  if (/^[A-Za-z]+$/.test(word)) {
    const single = word.replace(DOUBLED, "$1");
    if (single !== word && single.length >= MIN_LATIN) forms.push(single);
  } else if (word.includes("غ") && word.length >= MIN_ARABIC) {
    forms.push(word.replaceAll("غ", "ج"));
  }
  return forms;
}

/** The respellings of an alias, word by word (its ~ ^ ! prefix, spaces and hyphens kept); none if no word changes. */
export function respellings(alias: string): string[] {
  const prefix = PREFIX.exec(alias)?.[0] ?? "";
  // Words at even indexes, the spaces or hyphens between them at odd ones.
  const parts = alias.slice(prefix.length).split(/([\s-])/);
  const designation = /\d/.test(alias);
  const spellings = new Set<string>();
  parts.forEach((word, index) => {
    if (index % 2 === 1) return;
    for (const form of respelled(word, designation))
      spellings.add(prefix + [...parts.slice(0, index), form, ...parts.slice(index + 1)].join(""));
  });
  return [...spellings];
}

type Aliased = { aliases: string[] };

const keyOf = (alias: string) => phraseKeys(alias.replace(PREFIX, "")).join(" ");

/** The records with each alias's respellings added, unless some record already has that spelling. */
export function withRespellings<T extends Aliased>(records: T[]): T[] {
  const taken = new Set(records.flatMap((record) => record.aliases.map(keyOf)));
  return records.map((record) => {
    const added: string[] = [];
    for (const alias of record.aliases) {
      for (const spelling of respellings(alias)) {
        const key = keyOf(spelling);
        if (taken.has(key)) continue;
        taken.add(key);
        added.push(spelling);
      }
    }
    return added.length === 0 ? record : { ...record, aliases: [...record.aliases, ...added] };
  });
}
