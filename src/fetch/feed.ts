/**
 * An RSS or Atom feed read into its items' links, with @extractus/feed-extractor (RSS 2.0,
 * RSS 1.0/RDF and Atom normalized to one shape on fast-xml-parser; it parses a string, so
 * the feed is fetched by our bounded fetcher like any page). Relative item links are made
 * absolute against the feed's address. Items are loaded from their pages, not from any
 * content the feed carries: feeds often hold a summary only, and the page has the date,
 * outlet and canonical URL the article needs.
 */
import { extractFromXml } from "@extractus/feed-extractor";
import { FetchError, type FetchLimits, fetchBounded } from "./http.js";
import { textOf } from "./text.js";

export interface FeedItem {
  /** The item's page, absolute; null when the item names none. */
  link: string | null;
  title: string | null;
}

const FEED_ACCEPT =
  "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";
// Servers label feeds loosely (text/html, text/plain): any text or XML type is tried.
const isFeedType = (type: string) =>
  type.startsWith("text/") || type.endsWith("/xml") || type.endsWith("+xml");

/** The items of the feed at `address`, in feed order; throws a FetchError naming the feed. */
export async function readFeed(address: string, limits: FetchLimits): Promise<FeedItem[]> {
  const fetched = await fetchBounded(address, isFeedType, limits, FEED_ACCEPT);
  const text = textOf(fetched, limits.maxBytes);
  let entries: { link?: string; title?: string }[];
  try {
    entries = extractFromXml(text, { baseUrl: fetched.url, descriptionMaxLen: 0 }).entries ?? [];
  } catch (error) {
    throw new FetchError(address, `not a readable RSS or Atom feed (${(error as Error).message})`);
  }
  return entries.map((entry) => ({ link: entry.link?.trim() || null, title: entry.title?.trim() || null }));
}
