/**
 * Plain text: the first non-empty line is the title; a short line after it that holds a date is
 * the dateline, one that reads "By …" / "Par …" / "بقلم …" the byline; the rest is the body.
 */
import { type Article, contentId, ParseError, spanText, trimSpan } from "./article.js";
import { parseDate } from "./dates.js";
import { detectLanguage } from "./language.js";
import { isBlank, splitLines, squash } from "./lines.js";

const BYLINE = /^(?:by|par|بقلم|كتب|كتبت)\s*[:：]?\s+(.{2,80})$/iu;
const PREAMBLE_LINES = 4;

export function parsePlainText(text: string): Article {
  const lines = splitLines(text);
  const titleIndex = lines.findIndex((line) => !isBlank(line));
  const titleLine = lines[titleIndex];
  if (!titleLine) throw new ParseError("empty file (no text)");
  const titleSpan = trimSpan(text, titleLine);
  let byline: string | null = null;
  let publishedAt: string | null = null;
  let bodyIndex = titleIndex + 1;
  for (let seen = 0; bodyIndex < lines.length && seen < PREAMBLE_LINES; bodyIndex += 1) {
    const line = squash(lines[bodyIndex]?.text ?? "");
    if (line === "") continue;
    seen += 1;
    const bylineMatch = BYLINE.exec(line);
    if (!byline && bylineMatch) {
      byline = bylineMatch[1] ?? null;
      continue;
    }
    if (!publishedAt && line.length < 80 && parseDate(line)) {
      publishedAt = parseDate(line);
      continue;
    }
    break;
  }
  const bodySpan = trimSpan(text, { start: lines[bodyIndex]?.start ?? text.length, end: text.length });
  const title = squash(text.slice(titleSpan.start, titleSpan.end));
  const body = spanText(text, bodySpan) ?? "";
  return {
    id: contentId(title, body),
    format: "text",
    text,
    title,
    titleSpan,
    // A one-line file is all title: analyse it as body too.
    bodySpan: bodySpan.end > bodySpan.start ? bodySpan : titleSpan,
    outlet: null,
    aggregator: null,
    publishedAt: publishedAt ?? parseDate(text.slice(0, 400)),
    headerDate: null,
    byline,
    language: detectLanguage(text),
    url: null,
  };
}
