/**
 * The fetch stage's public face: pages and feeds from the web, bounded (timeout, size,
 * redirects), as inputs for the loader.
 */
import type { Config } from "../config.js";
import type { FetchLimits } from "./http.js";

export { type FeedItem, readFeed } from "./feed.js";
export { FetchError, type FetchLimits, fetchBounded } from "./http.js";
export {
  collectInputs,
  feedInputs,
  InputListError,
  type InputRequest,
  isAddress,
  pageInput,
  readAddressList,
} from "./inputs.js";
export { articleUrl, fetchPage } from "./page.js";

/** A chain longer than this is refused; browsers allow ~20, but an article needs one or two. */
export const MAX_REDIRECTS = 5;

export const fetchLimits = (config: Config, signal?: AbortSignal): FetchLimits => ({
  timeoutMs: config.FETCH_TIMEOUT_MS,
  maxBytes: config.MAX_ARTICLE_BYTES,
  maxRedirects: MAX_REDIRECTS,
  signal,
});
