/**
 * One bounded GET: http and https only, one timeout over the whole exchange (redirects and
 * body included), redirects followed by hand so they can be counted and a loop refused, the
 * body read as a stream and dropped past the size cap, the content type checked against what
 * the caller accepts. Node's own fetch (undici) does the HTTP: AbortSignal.timeout and a body
 * stream are all these limits need, so no client library is added. Every failure is a
 * FetchError whose message names the URL and the reason.
 */
export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Aborts the exchange from outside (watch stopping on Ctrl-C). */
  signal?: AbortSignal;
}

export interface Fetched {
  /** The address asked for. */
  requested: string;
  /** The address that answered, after redirects. */
  url: string;
  contentType: string | null;
  /** The charset the server declared, if any. */
  charset: string | null;
  bytes: Uint8Array;
}

export class FetchError extends Error {
  override name = "FetchError";
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${url}: ${reason}`);
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = "defence-graph/0.1 (article loader)";

/** The address as a URL when it is one we fetch (http/https), else the reason it is not. */
export function httpUrl(address: string): URL | string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return "not a valid URL";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return `unsupported scheme ${url.protocol} (only http and https are fetched)`;
  return url;
}

function reasonOf(error: unknown, limits: FetchLimits, step: "cannot connect" | "reading failed"): string {
  const name = (error as Error).name;
  if (name === "TimeoutError") return `timed out after ${limits.timeoutMs} ms`;
  if (name === "AbortError") return "abandoned: stopping";
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return `${step}: ${cause?.code ?? cause?.message ?? (error as Error).message}`;
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | "too large"> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    return "too large";
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks, size);
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      return "too large";
    }
    chunks.push(value);
  }
}

function mediaType(response: Response): { type: string | null; charset: string | null } {
  const header = response.headers.get("content-type");
  if (!header) return { type: null, charset: null };
  const [type, ...params] = header.split(";").map((part) => part.trim());
  const charset = params
    .find((param) => /^charset=/i.test(param))
    ?.slice(8)
    .replace(/"/g, "");
  return { type: type?.toLowerCase() || null, charset: charset?.toLowerCase() || null };
}

/**
 * GETs `address`; `accepts` says which content types the caller can read (a missing type is
 * let through to be sniffed by the parser).
 */
export async function fetchBounded(
  address: string,
  accepts: (contentType: string) => boolean,
  limits: FetchLimits,
  acceptHeader: string,
): Promise<Fetched> {
  const first = httpUrl(address);
  if (typeof first === "string") throw new FetchError(address, first);
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const signal = limits.signal ? AbortSignal.any([timeout, limits.signal]) : timeout;
  const visited = [first.href];
  let current = first;
  for (;;) {
    let response: Response;
    try {
      response = await fetch(current, {
        redirect: "manual",
        signal,
        headers: { "user-agent": USER_AGENT, accept: acceptHeader },
      });
    } catch (error) {
      throw new FetchError(address, reasonOf(error, limits, "cannot connect"));
    }
    if (REDIRECTS.has(response.status)) {
      await response.body?.cancel();
      const location = response.headers.get("location");
      if (!location) throw new FetchError(address, `redirect ${response.status} without a Location`);
      const next = URL.canParse(location, current.href)
        ? httpUrl(new URL(location, current).href)
        : "not a valid URL";
      if (typeof next === "string") throw new FetchError(address, `redirected to ${location}: ${next}`);
      if (visited.includes(next.href))
        throw new FetchError(address, `redirect loop (${[...visited, next.href].join(" → ")})`);
      if (visited.length > limits.maxRedirects)
        throw new FetchError(address, `more than ${limits.maxRedirects} redirects`);
      visited.push(next.href);
      current = next;
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new FetchError(
        address,
        `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`,
      );
    }
    const { type, charset } = mediaType(response);
    if (type !== null && !accepts(type)) {
      await response.body?.cancel();
      throw new FetchError(address, `content type ${type} is not one this reads`);
    }
    let body: Uint8Array | "too large";
    try {
      body = await readCapped(response, limits.maxBytes);
    } catch (error) {
      throw new FetchError(address, reasonOf(error, limits, "reading failed"));
    }
    if (body === "too large")
      throw new FetchError(
        address,
        `too large: over the ${megabytes(limits.maxBytes)} limit (MAX_ARTICLE_BYTES)`,
      );
    return { requested: address, url: current.href, contentType: type, charset, bytes: body };
  }
}
