/**
 * A variant's standard written on its own after a standard word, in an article that names the
 * family: «رافال … وفق برنامج "إف 4"», "le Rafale … au standard F4", "the Rafale … F4 standard"
 * is the Rafale F4, not the F-4 Phantom that «إف 4» alone would be. The suffix a variant adds to
 * its family's designation (F4 of Rafale F4, MKA of Su-30MKA) is read, Latin letters spelled in
 * Arabic written as letters, right after a standard word (برنامج, نسخة, standard, version) or
 * right before one; it names that variant only when the article names the family or one of its
 * variants elsewhere. Without the standard word a bare "F-4" stays the Phantom.
 */
import type { Token } from "../text/tokens.js";
import type { Gazetteer, SystemInfo } from "./gazetteer.js";
import type { CueIndex, Mention } from "./mentions.js";
import { designationKeys } from "./stated-variants.js";
import { systemNamedInText } from "./trie.js";

/** Tokens a standard's suffix may take ("F 4", "F3 R", "MKA"). */
const MAX_SUFFIX_TOKENS = 3;

/** Variant ids by the suffix they add to their family's designation ("f 4" → rafale-f4). */
const suffixCache = new WeakMap<Map<string, SystemInfo>, Map<string, string[]>>();

function variantSuffixes(systems: Map<string, SystemInfo>): Map<string, string[]> {
  const cached = suffixCache.get(systems);
  if (cached) return cached;
  const suffixes = new Map<string, string[]>();
  for (const variant of systems.values()) {
    const family = variant.family ? systems.get(variant.family) : undefined;
    if (!family) continue;
    const own = designationKeys(family.name);
    const keys = designationKeys(variant.name);
    if (keys.length <= own.length || own.some((key, index) => keys[index] !== key)) continue;
    const suffix = keys.slice(own.length).join(" ");
    suffixes.set(suffix, [...(suffixes.get(suffix) ?? []), variant.id]);
  }
  suffixCache.set(systems, suffixes);
  return suffixes;
}

/** A token as a designation writes it: a Latin letter spelled in Arabic (إف) as that letter. */
const designationKey = (gazetteer: Gazetteer, token: Token) =>
  token.script === "arabic"
    ? (gazetteer.designationWords.letterNames.get(token.norm)?.toLowerCase() ?? token.norm)
    : token.norm;

/** The families the article names, each with the variants of it the article names. */
function namedFamilies(gazetteer: Gazetteer, mentions: Mention[]): Map<string, Set<string>> {
  const families = new Map<string, Set<string>>();
  for (const mention of mentions) {
    if (mention.alias.type !== "system") continue;
    const family = gazetteer.systems.get(mention.alias.id)?.family;
    const variants = families.get(family ?? mention.alias.id) ?? new Set<string>();
    if (family) variants.add(mention.alias.id);
    families.set(family ?? mention.alias.id, variants);
  }
  return families;
}

/**
 * Whether `variant` is what its family's mentions stand for: the family is named, and no other
 * variant of it is ("Rafale Marine … au standard F4" stays the Rafale M the text names).
 */
function standsFor(gazetteer: Gazetteer, families: Map<string, Set<string>>, variant: string): boolean {
  const named = families.get(gazetteer.systems.get(variant)?.family ?? "");
  return named !== undefined && [...named].every((id) => id === variant);
}

interface Standard {
  first: number;
  last: number;
  variant: string;
}

/** The variant a run of tokens starting at `first` names as a standard of a named family, longest first. */
function standardAt(
  gazetteer: Gazetteer,
  tokens: Token[],
  first: number,
  families: Map<string, Set<string>>,
): Standard | undefined {
  const suffixes = variantSuffixes(gazetteer.systems);
  for (let last = Math.min(tokens.length, first + MAX_SUFFIX_TOKENS) - 1; last >= first; last -= 1) {
    const key = tokens
      .slice(first, last + 1)
      .map((token) => designationKey(gazetteer, token))
      .join(" ");
    const variant = suffixes.get(key)?.find((id) => standsFor(gazetteer, families, id));
    if (variant) return { first, last, variant };
  }
  return undefined;
}

/** The article's mentions with each standard named on its own replacing what its tokens were read as. */
export function withStandards(
  gazetteer: Gazetteer,
  text: string,
  tokens: Token[],
  cues: CueIndex,
  mentions: Mention[],
): Mention[] {
  const families = namedFamilies(gazetteer, mentions);
  if (families.size === 0) return mentions;
  const standards: Standard[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const after = cues.endsAt("standardMarker", index - 1)
      ? standardAt(gazetteer, tokens, index, families)
      : undefined;
    const before = after ? undefined : standardBefore(gazetteer, tokens, cues, index, families);
    const standard = after ?? before;
    if (!standard) continue;
    standards.push(standard);
    index = standard.last;
  }
  if (standards.length === 0) return mentions;
  const covered = (mention: Mention) =>
    standards.some((standard) => mention.first <= standard.last && mention.last >= standard.first);
  const added = standards.map(({ first, last, variant }): Mention => {
    // Read by its place after a standard word, not by a catalogued name: the alias carries its tokens.
    const alias = systemNamedInText(
      variant,
      tokens.slice(first, last + 1).map((token) => token.norm),
    );
    return { alias, first, last, start: tokens[first]?.start ?? 0, end: tokens[last]?.end ?? text.length };
  });
  return [...mentions.filter((mention) => !covered(mention)), ...added].sort((a, b) => a.first - b.first);
}

/** A standard written before its standard word ("the F4 standard", "F4 version"). */
function standardBefore(
  gazetteer: Gazetteer,
  tokens: Token[],
  cues: CueIndex,
  index: number,
  families: Map<string, Set<string>>,
): Standard | undefined {
  const standard = standardAt(gazetteer, tokens, index, families);
  return standard && cues.at("standardMarker", standard.last + 1) ? standard : undefined;
}
