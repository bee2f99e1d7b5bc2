/**
 * Arabic names glued together. Some aggregators' pages lose the spaces around linked words
 * ("الولاياتالمتحدةالأمريكية", "وتركياوالصين"), so the name is one long token that matches
 * nothing. A long Arabic token that is no known word but is wholly a run of known name words
 * (each possibly with its clitics, at least three letters) is split into them, each piece
 * keeping its own offsets in the text, so the names are found and evidence still points at
 * what the article wrote.
 */
import { cliticForms, normalizeArabicWord, type Token } from "../text/tokens.js";
import type { TokenTrie } from "./trie.js";

/** Shorter tokens are ordinary words; a glued pair of names is longer. */
const MIN_GLUED_LENGTH = 8;
const MIN_PIECE_LENGTH = 3;

const vocabularies = new WeakMap<TokenTrie, Set<string>>();
const CACHE_LIMIT = 50_000;
const splits = new Map<string, string[] | null>();

/** The Arabic words of the trie's names: what a glued token must be made of. */
function vocabularyOf(trie: TokenTrie): Set<string> {
  let words = vocabularies.get(trie);
  if (!words) {
    words = new Set(
      [...trie.keys()].filter((key) => /^[\u0621-\u064A]/.test(key) && key.length >= MIN_PIECE_LENGTH),
    );
    vocabularies.set(trie, words);
  }
  return words;
}

const isWord = (piece: string, words: Set<string>) =>
  piece.length >= MIN_PIECE_LENGTH && cliticForms(piece).some((form) => words.has(form));

/** The fewest known words `norm` is made of (two or more), or null. */
function piecesOf(norm: string, words: Set<string>): string[] | null {
  // fewest[i]: the fewest pieces covering norm[0, i), with the start of the last one.
  const fewest: ({ count: number; from: number } | null)[] = [{ count: 0, from: 0 }];
  for (let end = 1; end <= norm.length; end += 1) {
    fewest[end] = null;
    for (let start = end - MIN_PIECE_LENGTH; start >= 0; start -= 1) {
      const before = fewest[start];
      if (!before || (fewest[end] && (fewest[end]?.count ?? 0) <= before.count + 1)) continue;
      if (isWord(norm.slice(start, end), words)) fewest[end] = { count: before.count + 1, from: start };
    }
  }
  const whole = fewest[norm.length];
  if (!whole || whole.count < 2) return null;
  const pieces: string[] = [];
  for (let end = norm.length; end > 0; end = (fewest[end] as { from: number }).from)
    pieces.unshift(norm.slice((fewest[end] as { from: number }).from, end));
  return pieces;
}

function cachedPieces(norm: string, words: Set<string>): string[] | null {
  if (splits.has(norm)) return splits.get(norm) ?? null;
  const pieces = isWord(norm, words) ? null : piecesOf(norm, words);
  if (splits.size >= CACHE_LIMIT) splits.clear();
  splits.set(norm, pieces);
  return pieces;
}

/** The token's pieces as tokens: each piece's offsets are found by normalizing the word letter by letter. */
function pieceTokens(text: string, token: Token, pieces: string[]): Token[] {
  const out: Token[] = [];
  let offset = token.start;
  for (const piece of pieces) {
    let normalized = "";
    let end = offset;
    while (end < token.end && normalized.length < piece.length) {
      normalized += normalizeArabicWord(text[end] as string);
      end += 1;
    }
    // Marks right after the piece's last letter belong to it.
    while (end < token.end && normalizeArabicWord(text[end] as string) === "") end += 1;
    out.push({ ...token, norm: piece, start: offset, end });
    offset = end;
  }
  return out;
}

/** `tokens` with each glued run of Arabic name words split into its words. */
export function unglue(text: string, tokens: Token[], names: TokenTrie): Token[] {
  let out: Token[] | null = null;
  for (const [index, token] of tokens.entries()) {
    const pieces =
      token.script === "arabic" && token.norm.length >= MIN_GLUED_LENGTH
        ? cachedPieces(token.norm, vocabularyOf(names))
        : null;
    if (pieces && !out) out = tokens.slice(0, index);
    if (out) out.push(...(pieces ? pieceTokens(text, token, pieces) : [token]));
  }
  return out ?? tokens;
}
