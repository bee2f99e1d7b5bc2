/**
 * A trie over normalized tokens: every alias of every entity (or cue) is a path of token keys.
 * Matching walks it from each token of the text, so cost grows with the text, not with the
 * number of aliases. The first token of an Arabic alias may carry clitics in the text
 * (بالمغرب matches المغرب); later tokens may carry the article (الجنوبية matches جنوبية).
 *
 * Capital variant letters written onto a designation may sit inside a longer alias: "F-16C/D
 * Block 72" walks on to the alias "F-16 Block 72" past C and D.
 *
 * Alias syntax in the gazetteer: a leading ~ needs a context word nearby, ^ must be written in
 * capitals, ! must not carry the article ال; a trailing * (cues only) matches any word ending.
 */
import { cliticForms, type Token, tokenize } from "../text/tokens.js";

/**
 * The forms an Arabic first token may stand for. A two-letter model word after the conjunction
 * (وإف-16, وسو-35, وتي 90) is too short for the clitic rule, which spares short words; a number
 * right after it shows it is a designation.
 */
function arabicForms(tokens: Token[], first: number): string[] {
  const norm = (tokens[first] as Token).norm;
  // A one-letter model word before its number («ف 15» for the F-15) is too short to carry clitics.
  if (norm.length === 1) return tokens[first + 1]?.script === "digit" ? [norm] : [];
  const forms = cliticForms(norm);
  if (norm.length === 3 && /^[وف]/.test(norm) && tokens[first + 1]?.script === "digit")
    return [...forms, norm.slice(1)];
  return forms;
}

export type EntityKind = "country" | "region" | "system" | "organization" | "source" | "cue";

export interface Alias {
  type: EntityKind;
  /** Entity id, ISO code or cue category. */
  id: string;
  /** How the alias names the entity: a name, a capital used as metonym, or a demonym/nisba. */
  kind: "name" | "capital" | "demonym";
  keys: string[];
  /** The last key matches any word it begins (cue stems such as negotiat*). */
  prefixLast: boolean;
  needsContext: boolean;
  upperOnly: boolean;
  noArticle: boolean;
  /** The alias starts with a capital letter, so the text must too (China, not china). */
  capitalized: boolean;
}

/**
 * The alias of a system read by where it stands in the text (an uncatalogued designation, a
 * standard after its standard word) rather than by a catalogued name: its own tokens, no conditions.
 */
export function systemNamedInText(id: string, keys: string[]): Alias {
  return {
    type: "system",
    id,
    kind: "name",
    keys,
    prefixLast: false,
    needsContext: false,
    upperOnly: false,
    noArticle: false,
    capitalized: false,
  };
}

export interface Candidate {
  alias: Alias;
  /** Token index range [first, last]. */
  first: number;
  last: number;
  /** The first token matched only after its article ال was stripped. */
  articleStripped: boolean;
}

interface Node {
  next: Map<string, Node>;
  aliases: Alias[];
  /** Aliases whose last key is a stem matching any word that begins with it. */
  stems: Map<string, Alias[]>;
  /** The lengths of those stems, shortest first: a word is looked up by its prefixes of these lengths. */
  stemLengths: number[];
}

const newNode = (): Node => ({ next: new Map(), aliases: [], stems: new Map(), stemLengths: [] });

/** Later tokens of an Arabic phrase are keyed without their article, in aliases and text alike. */
const innerKey = (key: string) => (key.startsWith("ال") && key.length > 3 ? key.slice(2) : key);

export function parseAlias(
  raw: string,
  type: EntityKind,
  id: string,
  kind: Alias["kind"],
  options: { allowPrefix?: boolean; anyCase?: boolean } = {},
): Alias {
  const needsContext = raw.startsWith("~");
  const upperOnly = raw.startsWith("^");
  const noArticle = raw.startsWith("!");
  let text = raw.replace(/^[~^!]/, "");
  const prefixLast = Boolean(options.allowPrefix) && text.endsWith("*");
  if (prefixLast) text = text.slice(0, -1);
  const keys = tokenize(text).map((token, index) => (index === 0 ? token.norm : innerKey(token.norm)));
  if (keys.length === 0) throw new Error(`Alias "${raw}" of ${type} ${id} has no words`);
  const capitalized = !options.anyCase && /^\p{Lu}/u.test(text);
  return { type, id, kind, keys, prefixLast, needsContext, upperOnly, noArticle, capitalized };
}

/** Most capital variant letters a designation carries before its alias goes on (C/D). */
const MAX_VARIANT_LETTERS = 2;

/** How many single capital letters written onto the previous token start at `index` (16C/D → 2). */
function variantLetters(tokens: Token[], index: number): number {
  let count = 0;
  while (count < MAX_VARIANT_LETTERS) {
    const token = tokens[index + count];
    const previous = tokens[index + count - 1];
    if (!token || !previous || token.script !== "latin" || token.norm.length !== 1 || !token.capitalized)
      break;
    if (token.start - previous.end > 1) break;
    count += 1;
  }
  return count;
}

/**
 * A capitalized Latin word's singular, for a system name written in the plural (Rafales, Apaches,
 * F-16Vs): in lower case it is a word ("rafales de vent", and "Su-35s" is the family's plural).
 */
function latinSingular(token: Token | undefined): string | undefined {
  if (token?.script !== "latin" || !token.capitalized || !token.norm.endsWith("s")) return undefined;
  return token.norm.length >= 4 || token.norm.length === 2 ? token.norm.slice(0, -1) : undefined;
}

/**
 * A system's name ending in a word (not a code) or in a variant letter after its number (F-16V),
 * and no common word: a contextual name (~Mistral, ~Patriot) is ambiguous enough in the singular.
 */
function pluralizable(alias: Alias): boolean {
  if (alias.type !== "system" || alias.needsContext) return false;
  const [number, last] = [alias.keys.at(-2) ?? "", alias.keys.at(-1) ?? ""];
  return /^\p{L}{3,}$/u.test(last) || (/^\p{L}$/u.test(last) && /^\d+$/.test(number));
}

export class TokenTrie {
  private readonly root = newNode();
  private readonly seen = new Set<string>();

  /** Whether the entity already has an alias with these keys (whatever its conditions). */
  has(alias: Alias): boolean {
    return this.seen.has(`${alias.type}|${alias.id}|${alias.keys.join(" ")}`);
  }

  /** Adds an alias; the same keys with the same conditions for the same entity are kept once. */
  add(alias: Alias): void {
    const flags = [alias.prefixLast, alias.needsContext, alias.upperOnly, alias.noArticle]
      .map(Number)
      .join("");
    const signature = `${alias.type}|${alias.id}|${alias.keys.join(" ")}`;
    if (this.seen.has(`${signature}|${flags}`)) return;
    this.seen.add(`${signature}|${flags}`);
    this.seen.add(signature);
    let node = this.root;
    const last = alias.keys.length - 1;
    for (const [index, key] of alias.keys.entries()) {
      if (index === last && alias.prefixLast) {
        const list = node.stems.get(key) ?? [];
        list.push(alias);
        node.stems.set(key, list);
        if (!node.stemLengths.includes(key.length))
          node.stemLengths = [...node.stemLengths, key.length].sort((a, b) => a - b);
        return;
      }
      let child = node.next.get(key);
      if (!child) {
        child = newNode();
        node.next.set(key, child);
      }
      node = child;
    }
    node.aliases.push(alias);
  }

  /** Every key of every alias (the words names are made of). */
  keys(): Set<string> {
    const keys = new Set<string>();
    const visit = (node: Node) => {
      for (const [key, child] of node.next) {
        keys.add(key);
        visit(child);
      }
    };
    visit(this.root);
    return keys;
  }

  /** Every alias that matches starting at token `first`, longest first. */
  matchAt(tokens: Token[], first: number): Candidate[] {
    const start = tokens[first];
    if (!start) return [];
    const found: Candidate[] = [];
    const forms = start.script === "arabic" ? arabicForms(tokens, first) : [start.norm];
    for (const form of forms) {
      // Only a peeled Arabic form can have lost its article (the hot path: every token, twice).
      const articleStripped =
        form !== start.norm && !form.startsWith("ال") && start.norm.includes(`ال${form}`);
      this.addStems(this.root, form, found, first, first, articleStripped);
      let node = this.root.next.get(form);
      if (!node) this.addPlural(this.root, start, found, first, first);
      let index = first;
      while (node) {
        for (const alias of node.aliases) found.push({ alias, first, last: index, articleStripped });
        const following = tokens[index + 1];
        if (!following) break;
        this.addStems(node, following.norm, found, first, index + 1, articleStripped);
        let next = node.next.get(following.norm) ?? node.next.get(innerKey(following.norm));
        const skipped = next ? 0 : variantLetters(tokens, index + 1);
        if (skipped > 0) next = node.next.get(tokens[index + 1 + skipped]?.norm ?? "");
        if (!next) this.addPlural(node, following, found, first, index + 1);
        node = next;
        index += 1 + (next ? skipped : 0);
      }
    }
    return found.length > 1 ? found.sort((a, b) => b.last - a.last) : found;
  }

  /** Adds the system names that `word`, read as a plural, ends at `node` (the Rafales, two Mistrals). */
  private addPlural(
    node: Node,
    word: Token | undefined,
    found: Candidate[],
    first: number,
    last: number,
  ): void {
    const singular = latinSingular(word);
    const child = singular === undefined ? undefined : node.next.get(singular);
    if (!child) return;
    for (const alias of child.aliases)
      if (pluralizable(alias)) found.push({ alias, first, last, articleStripped: false });
  }

  /** Adds the aliases whose last key is a stem of `word` (hot path: no closures). */
  private addStems(
    node: Node,
    word: string,
    found: Candidate[],
    first: number,
    last: number,
    articleStripped: boolean,
  ): void {
    // A few lookups by prefix instead of testing every stem (the cue trie's root holds dozens).
    for (const length of node.stemLengths) {
      if (length > word.length) break;
      const aliases = node.stems.get(length === word.length ? word : word.slice(0, length));
      if (aliases) for (const alias of aliases) found.push({ alias, first, last, articleStripped });
    }
  }
}
