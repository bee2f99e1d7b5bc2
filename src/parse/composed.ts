/**
 * Articles whose title and body arrive apart (JSON records, HTML pages) get one text,
 * `title + "\n\n" + body`, so that every offset points into a single string.
 */
import { type Article, contentId, type Format } from "./article.js";
import { parseDate } from "./dates.js";
import { detectLanguage } from "./language.js";

export interface ArticleParts {
  title: string | null;
  body: string;
  outlet?: string | null;
  publishedAt?: string | null;
  byline?: string | null;
  language?: Article["language"];
  url?: string | null;
}

export function composeArticle(format: Format, parts: ArticleParts): Article {
  const title = parts.title?.trim() || null;
  const body = parts.body.trim();
  const prefix = title ? `${title}\n\n` : "";
  const text = `${prefix}${body}`;
  const published = parts.publishedAt ? parseDate(parts.publishedAt) : parseDate(body.slice(0, 400));
  return {
    id: contentId(title, body),
    format,
    text,
    title,
    titleSpan: title ? { start: 0, end: title.length } : null,
    bodySpan: { start: prefix.length, end: text.length },
    outlet: parts.outlet?.trim() || null,
    aggregator: null,
    publishedAt: published,
    headerDate: null,
    byline: parts.byline?.trim() || null,
    language: parts.language ?? detectLanguage(text),
    url: parts.url?.trim() || null,
  };
}
