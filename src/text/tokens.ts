/**
 * Tokens for matching: words of the original text, each with its offsets into that text and a
 * normalized form, so that matching happens on normalized keys while every match still points
 * at the characters the article wrote.
 *
 * Arabic normalization folds diacritics, tatweel, alef variants (أ إ آ ٱ → ا), alef maqsura
 * (ى → ي), ta marbuta (ة → ه), hamza carriers (ؤ → و, ئ → ي), Persian/Urdu letter forms and
 * zero-width characters; Latin folds case and accents (é → e); Arabic-Indic digits become ASCII.
 * A letter-to-digit change splits a token ("S400" → s, 400), so "S-400", "S400", "S 400" and
 * "إس-400" all tokenize alike. Cyrillic letters that look like Latin ones, typed inside a Latin
 * word by copy that mixes keyboards ("Rаfale" with a Cyrillic а), read as the Latin letters.
 */

export type Script = "arabic" | "latin" | "digit";

export interface Token {
  /** Normalized form. */
  norm: string;
  start: number;
  end: number;
  script: Script;
  /** Latin word starting with a capital letter in the original. */
  capitalized: boolean;
  /** Latin word written wholly in capitals (acronyms: DPE, HIT). */
  upper: boolean;
}

const ARABIC_LETTERS = "\\u0621-\\u063A\\u0641-\\u064A\\u066E-\\u06D3\\u06D5\\u06FA-\\u06FF";
// Diacritics, tatweel, and invisible controls (zero-width, bidi marks and embeddings) that
// can sit inside a word without changing it.
const ARABIC_MARKS =
  "\\u0610-\\u061A\\u0640\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF";
/** Cyrillic look-alikes of Latin letters, and the Latin letter each stands for. */
const LATIN_LOOKALIKES: Record<string, string> = {
  а: "a",
  в: "b",
  е: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "i",
  ј: "j",
  ѕ: "s",
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  Х: "X",
  І: "I",
  Ј: "J",
  Ѕ: "S",
};
const LOOKALIKES = Object.keys(LATIN_LOOKALIKES).join("");
const LOOKALIKE = new RegExp(`[${LOOKALIKES}]`, "gu");
// A word starts with a Latin letter, or a look-alike before one: a Cyrillic word stays out.
const LATIN_WORD = `(?:\\p{Script=Latin}|[${LOOKALIKES}](?=\\p{Script=Latin}))[\\p{Script=Latin}\\p{M}${LOOKALIKES}]*`;
const TOKEN_PATTERN = new RegExp(
  `([${ARABIC_LETTERS}][${ARABIC_LETTERS}${ARABIC_MARKS}]*)|(${LATIN_WORD})|([0-9\\u0660-\\u0669\\u06F0-\\u06F9]+)`,
  "gu",
);

const ARABIC_FOLDS: Record<string, string> = {
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ٱ: "ا",
  ى: "ي",
  ة: "ه",
  ؤ: "و",
  ئ: "ي",
  ک: "ك",
  ی: "ي",
  ڤ: "ف",
  پ: "ب",
  چ: "ج",
  گ: "ك",
  ۀ: "ه",
};
const ARABIC_DROPPED = new RegExp(`[${ARABIC_MARKS}]`, "gu");

export function normalizeArabicWord(word: string): string {
  let out = "";
  for (const char of word.replace(ARABIC_DROPPED, "")) out += ARABIC_FOLDS[char] ?? char;
  return out;
}

export function normalizeLatinWord(word: string): string {
  return word
    .replace(LOOKALIKE, (letter) => LATIN_LOOKALIKES[letter] ?? letter)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase();
}

/**
 * Words repeat across a corpus, and normalizing one is most of tokenizing it: each word's
 * normal form is kept, in a bounded cache so memory stays flat on any corpus size.
 */
const NORM_CACHE_LIMIT = 200_000;
const normCache = new Map<string, string>();

function cachedNorm(word: string, normalize: (word: string) => string): string {
  const cached = normCache.get(word);
  if (cached !== undefined) return cached;
  const norm = normalize(word);
  if (normCache.size >= NORM_CACHE_LIMIT) normCache.clear();
  normCache.set(word, norm);
  return norm;
}

export function normalizeDigits(digits: string): string {
  return digits.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xf));
}

/** The tokens of `text`, or of its part from `from` to `to`; offsets are into the whole text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const pattern = new RegExp(TOKEN_PATTERN);
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const [word, arabic, latin] = match;
    const start = match.index;
    const end = start + word.length;
    // A word running past the part ends at its edge, as it would in the part's own text.
    if (end > to) {
      if (start < to) tokens.push(...tokenize(text.slice(0, to), start));
      break;
    }
    if (arabic) {
      tokens.push({
        norm: cachedNorm(word, normalizeArabicWord),
        start,
        end,
        script: "arabic",
        capitalized: false,
        upper: false,
      });
    } else if (latin) {
      const capitalized = /^\p{Lu}/u.test(word);
      const upper = word.length > 1 && word === word.toUpperCase();
      tokens.push({
        norm: cachedNorm(word, normalizeLatinWord),
        start,
        end,
        script: "latin",
        capitalized,
        upper,
      });
    } else {
      tokens.push({
        norm: normalizeDigits(word),
        start,
        end,
        script: "digit",
        capitalized: false,
        upper: false,
      });
    }
  }
  return tokens;
}

/** Normalized token keys of a phrase (a gazetteer alias, a cue), as tokenize() would make them. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.norm);
}

/**
 * The forms an Arabic word may stand for once its clitic prefixes are peeled off:
 * conjunction (و ف), preposition (ب ل ك), article (ال), and ل + ال written "لل".
 * "وبالمغرب" → وبالمغرب, بالمغرب, المغرب, مغرب. Stems keep at least two letters.
 */
const CLITIC_CACHE_LIMIT = 200_000;
const cliticCache = new Map<string, string[]>();

export function cliticForms(norm: string): string[] {
  const cached = cliticCache.get(norm);
  if (cached) return cached;
  const forms = new Set([norm]);
  const afterConjunction = [norm];
  if (/^[وف]/.test(norm) && norm.length > 3) afterConjunction.push(norm.slice(1));
  for (const word of afterConjunction) {
    forms.add(word);
    if (word.startsWith("لل") && word.length > 3) forms.add(`ال${word.slice(2)}`);
    if (/^[بلك]/.test(word) && word.length > 3) forms.add(word.slice(1));
  }
  for (const form of [...forms]) if (form.startsWith("ال") && form.length > 3) forms.add(form.slice(2));
  const result = [...forms].filter((form) => form.length >= 2);
  // Words repeat across articles; a bounded cache keeps memory flat on any corpus size.
  if (cliticCache.size >= CLITIC_CACHE_LIMIT) cliticCache.clear();
  cliticCache.set(norm, result);
  return result;
}
