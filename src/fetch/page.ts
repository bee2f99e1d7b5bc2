/**
 * One article page fetched and parsed: HTML through the HTML reader, plain text as a file
 * would be. The item is named by the address as given (the graph keeps it as the Article's
 * `file`, which is how `watch` knows a feed link it has loaded already).
 *
 * The Article's `url` (its key across versions) is the page's canonical URL when that stays
 * on the site that served the page (the same host, www. aside), else the address that
 * answered after redirects: a canonical link folds tracking variants of one address into one
 * article, and refusing another site's canonical keeps a page from replacing an article it
 * does not own.
 */

import { parseHtml } from "../parse/html.js";
import type { ParsedItem } from "../parse/index.js";
import { ParseError, parseText } from "../parse/index.js";
import { FetchError, type FetchLimits, fetchBounded, httpUrl } from "./http.js";
import { textOf } from "./text.js";

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
const PAGE_TYPES = new Set([...HTML_TYPES, "text/plain"]);
const PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.8";

const site = (host: string) => host.toLowerCase().replace(/^www\./, "");

/** The URL an article from `answered` is known by (see the top of this module). */
export function articleUrl(answered: string, declared: string | null): string {
  if (!declared) return answered;
  let candidate: URL | string;
  try {
    candidate = httpUrl(new URL(declared, answered).href);
  } catch {
    return answered;
  }
  if (typeof candidate === "string") return answered;
  return site(candidate.hostname) === site(new URL(answered).hostname) ? candidate.href : answered;
}

export async function fetchPage(address: string, limits: FetchLimits): Promise<ParsedItem[]> {
  try {
    const fetched = await fetchBounded(address, (type) => PAGE_TYPES.has(type), limits, PAGE_ACCEPT);
    const text = textOf(fetched, limits.maxBytes);
    const items =
      fetched.contentType !== null && HTML_TYPES.has(fetched.contentType)
        ? [{ file: address, ok: true as const, article: parseHtml(text) }]
        : parseText(address, text);
    return items.map((item) =>
      item.ok
        ? { ...item, article: { ...item.article, url: articleUrl(fetched.url, item.article.url) } }
        : item,
    );
  } catch (error) {
    if (error instanceof FetchError) return [{ file: address, ok: false, error: error.reason }];
    if (error instanceof ParseError) return [{ file: address, ok: false, error: error.message }];
    throw error;
  }
}
