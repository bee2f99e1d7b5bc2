/**
 * The one-letter-off spellings a catalogued system name takes in real copy, added to its record
 * when the catalogue loads (so matching costs nothing more): a doubled Latin consonant or
 * consonant pair written once (Mushshak → Mushak, Harrop → Harop), and a g that Egyptian copy
 * writes ج where others write غ (ستينغر → ستينجر, غريغوروفيتش → جريجوروفيتش). Only words long enough
 * not to fall on a common word are respelled, and a spelling another record already uses is
 * left to that record.
 */
import { phraseKeys } from "../text/tokens.js";

const PREFIX = /^[~^!]/;
/** A consonant or a pair of consonants written twice in a row (ss, rr, shsh). */
const DOUBLED = /([b-df-hj-np-tv-z]{1,2})\1/gi;
/** Shortest word, once respelled, that stays a name rather than a common word. */
const MIN_LATIN = 6;
const MIN_ARABIC = 5;

/** A word's respellings: one-letter-off forms that real copy writes for it. */
function respelled(word: string): string[] {
  const forms: string[] = [];
  if (/^[A-Za-z]+$/.test(word)) {
    const single = word.replace(DOUBLED, "$1");
    if (single !== word && single.length >= MIN_LATIN) forms.push(single);
  } else if (word.includes("غ") && word.length >= MIN_ARABIC) {
    forms.push(word.replaceAll("غ", "ج"));
  }
  return forms;
}

/** The respellings of an alias, word by word (its ~ ^ ! prefix kept); none if no word changes. */
export function respellings(alias: string): string[] {
  const prefix = PREFIX.exec(alias)?.[0] ?? "";
  const words = alias.slice(prefix.length).split(" ");
  const spellings = new Set<string>();
  words.forEach((word, index) => {
    for (const form of respelled(word))
      spellings.add(prefix + [...words.slice(0, index), form, ...words.slice(index + 1)].join(" "));
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
