/**
 * Sentences and clauses with their offsets and token ranges. Arabic press writes long
 * sentences of comma-joined clauses, and one sentence often states two deals ("the coming
 * agreement … after the first one, signed years ago"), so deals are read clause by clause.
 */
import { lowerBound } from "../text/search.js";
import type { Token } from "../text/tokens.js";
import type { Span } from "./mentions.js";

export interface Segment extends Span {
  /** Token index range [first, last]; first > last when the segment has no token. */
  first: number;
  last: number;
}

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "adm",
  "sgt",
  "no",
  "st",
  "inc",
  "co",
  "corp",
  "ltd",
  "vs",
  "jan",
  "feb",
  "aug",
  "sept",
  "oct",
  "nov",
  "dec",
  "m",
  "mme",
  "cf",
]);

/** Terminal punctuation a line may end with; a wrapped line ends mid-sentence. */
const LINE_END = /[.!?؟؛:»"”')\]]\s*$/u;
/** Fixed-width copy: lines no longer than this… */
const WRAP_WIDTH = 100;
/** …with half of them at least this long, over this many lines. */
const WRAP_MEDIAN = 45;
const WRAP_LINES = 3;

/**
 * Newlines inside a sentence: hard-wrapped wire copy and pasted text break lines at a width, not at
 * a sentence's end. A single newline is a space when the line before it ends without terminal
 * punctuation and either the next line goes on in lower case (Latin), or the span is
 * fixed-width copy — the one test Arabic, which has no capitals, allows. A blank line (a
 * paragraph) and a short heading line in ordinary copy stay breaks.
 */
function softBreaks(text: string, span: Span): Set<number> {
  const soft = new Set<number>();
  // Each line with the offset of the newline ending it.
  const lines = [...text.slice(span.start, span.end).matchAll(/([^\n]*?)\r?(?:\n|$)/g)]
    .map((match) => ({ newline: span.start + match.index + match[0].length - 1, text: match[1] ?? "" }))
    .filter((line, index, all) => index < all.length - 1 || line.text !== "");
  const lengths = lines
    .map((line) => line.text.trim().length)
    .filter((length) => length > 0)
    .sort((a, b) => a - b);
  const wrapped =
    lengths.length >= WRAP_LINES &&
    (lengths.at(-1) ?? 0) <= WRAP_WIDTH &&
    (lengths[Math.floor(lengths.length / 2)] ?? 0) >= WRAP_MEDIAN;
  for (let index = 0; index + 1 < lines.length; index += 1) {
    const [line, next] = [lines[index], lines[index + 1]] as [
      { newline: number; text: string },
      { text: string },
    ];
    if (line.text.trim() === "" || next.text.trim() === "" || LINE_END.test(line.text)) continue;
    if (wrapped || /^\s*\p{Ll}/u.test(next.text)) soft.add(line.newline);
  }
  return soft;
}

function isSentenceEnd(text: string, index: number): boolean {
  const char = text[index];
  if (char === "\n" || char === "؟" || char === "!" || char === "?" || char === "؛") return true;
  if (char !== ".") return false;
  const before = text[index - 1] ?? "";
  const after = text[index + 1] ?? "";
  if (/\d/.test(before) && /\d/.test(after)) return false;
  const word = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, index - 12), index))?.[1] ?? "";
  if (/^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (after === "" || /[\s"'”»″)\]]/.test(after) || after === ".") return true;
  // Pasted copy that lost the space: "…in the arms industry.Ahn pledged …", "…de la Défense.L'accord …".
  const glued = /\p{Ll}{2}$/u.test(word) || /\d/.test(before);
  return glued && /^\p{Lu}(?:\p{Ll}|['’]\p{L})/u.test(text.slice(index + 1, index + 4));
}

function isClauseEnd(text: string, index: number): boolean {
  const char = text[index];
  if (char === "،" || char === ";" || char === ":") return true;
  if (char !== ",") return false;
  return !(/\d/.test(text[index - 1] ?? "") && /\d/.test(text[index + 1] ?? ""));
}

function cut(text: string, span: Span, isEnd: (text: string, index: number) => boolean): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  for (let index = span.start; index < span.end; index += 1) {
    if (!isEnd(text, index)) continue;
    if (/\S/.test(text.slice(start, index))) pieces.push({ start, end: index + 1 });
    start = index + 1;
  }
  if (/\S/.test(text.slice(start, span.end))) pieces.push({ start, end: span.end });
  return pieces.map((piece) => trim(text, piece));
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s"'“”«»″]/.test(text[start] ?? "")) start += 1;
  while (end > start && /[\s،,;:]/.test(text[end - 1] ?? "")) end -= 1;
  return { start, end };
}

/** Attaches token ranges to spans (tokens sorted by offset), by binary search: clauses of a huge text stay cheap. */
function withTokens(spans: Span[], tokens: Token[]): Segment[] {
  return spans.map((span) => {
    const first = lowerBound(tokens, span.start, (token) => token.start);
    const after = lowerBound(tokens, span.end + 1, (token) => token.end);
    return { ...span, first, last: after - 1 };
  });
}

export function sentences(text: string, spans: Span[], tokens: Token[]): Segment[] {
  return withTokens(
    spans.flatMap((span) => {
      const soft = softBreaks(text, span);
      return cut(text, span, (all, index) => isSentenceEnd(all, index) && !soft.has(index));
    }),
    tokens,
  );
}

export function clauses(text: string, sentence: Segment, tokens: Token[]): Segment[] {
  return withTokens(cut(text, sentence, isClauseEnd), tokens);
}
