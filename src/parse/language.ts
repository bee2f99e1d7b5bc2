/** Arabic, English or French, from the script of the letters and, for Latin text, stopwords. */
import type { Language } from "./article.js";

const FRENCH = new Set([
  "le",
  "la",
  "les",
  "des",
  "du",
  "de",
  "et",
  "est",
  "une",
  "un",
  "dans",
  "pour",
  "avec",
  "qui",
  "que",
  "sur",
  "au",
  "aux",
  "par",
  "ont",
  "été",
  "selon",
  "ce",
  "cette",
]);
const ENGLISH = new Set([
  "the",
  "and",
  "of",
  "to",
  "in",
  "is",
  "for",
  "with",
  "that",
  "on",
  "by",
  "was",
  "has",
  "have",
  "are",
  "from",
  "its",
  "which",
  "will",
  "said",
  "an",
  "a",
]);

export function detectLanguage(text: string): Language | null {
  const sample = text.slice(0, 20_000);
  const arabic = sample.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (arabic + latin < 3) return null;
  if (arabic >= latin * 0.5) return "ar";
  let french = 0;
  let english = 0;
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (FRENCH.has(word)) french += 1;
    if (ENGLISH.has(word)) english += 1;
  }
  return french > english ? "fr" : "en";
}
