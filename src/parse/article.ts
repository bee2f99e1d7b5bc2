/**
 * What parsing produces: an article's text and where its parts lie in it. Offsets (spans and,
 * downstream, evidence) are UTF-16 code unit offsets into `text`: the file as read for text
 * and Maghress pages; `title + "\n\n" + body` for JSON records and HTML pages.
 */
import { createHash } from "node:crypto";

export type Language = "ar" | "en" | "fr";
export type Format = "maghress" | "text" | "json" | "html";

export interface Span {
  start: number;
  end: number;
}

export interface Article {
  /** Content hash of the normalized title and body: the same article gets the same id. */
  id: string;
  format: Format;
  text: string;
  title: string | null;
  titleSpan: Span | null;
  bodySpan: Span;
  /** The outlet as written (e.g. الصحيفة); resolved to a known source by extraction. */
  outlet: string | null;
  aggregator: string | null;
  /** The article's own date (its dateline wins over an aggregator's header date). */
  publishedAt: string | null;
  headerDate: string | null;
  byline: string | null;
  language: Language | null;
  url: string | null;
}

/** The items a file yields: one per article, or the reason it could not be read. */
export type ParsedItem =
  | { file: string; record?: number; ok: true; article: Article }
  | { file: string; record?: number; ok: false; error: string };

export function contentId(title: string | null, body: string): string {
  const normalized = `${title ?? ""}\n${body}`.normalize("NFC").replace(/\s+/g, " ").trim();
  return createHash("sha256").update(normalized).digest("hex").slice(0, 20);
}

/** Trims whitespace off a span of `text`. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? "")) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end -= 1;
  return { start, end };
}

export function spanText(text: string, span: Span | null): string | null {
  return span ? text.slice(span.start, span.end) : null;
}

export class ParseError extends Error {
  override name = "ParseError";
}
