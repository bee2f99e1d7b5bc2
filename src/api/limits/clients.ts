/**
 * Fair service per client: a rate limit (express-rate-limit: a fixed window per minute, with the
 * `RateLimit`/`RateLimit-Policy` headers of the IETF draft and `Retry-After` on refusal) and a cap on
 * the requests one client may have in flight at once. The rate alone does not protect the others
 * from a client whose requests are slow (each within the cost limit, but each holding Neo4j for
 * seconds): the in-flight cap bounds the share of the server one client can hold, whatever its rate.
 *
 * Both run before the body is parsed, so a refused request costs a map lookup and a short 429.
 * A client is the API token when the request carries the right one (the ingesting service gets its
 * own budget), else its address — the socket's, or X-Forwarded-For's through trusted proxies only
 * (TRUST_PROXY), so that a client cannot pick a new identity per request.
 * Counts are per API process: with WEB_CONCURRENCY workers a client may reach N times the limits.
 */
import type { RequestHandler, Response } from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import { bearerMatches } from "./bearer.js";

export interface ClientLimits {
  /** Requests per minute per client; 0: no rate limit. */
  ratePerMinute: number;
  /** Requests in flight per client; 0: no cap. */
  concurrent: number;
}

export type LimitName = "rate" | "concurrency";

/** Seconds a client refused for concurrency should wait: its requests in flight take about that long. */
const CONCURRENCY_RETRY_SECONDS = 1;

function refuse(response: Response, status: number, message: string): void {
  response.status(status).json({ errors: [{ message, extensions: { code: "TOO_MANY_REQUESTS" } }] });
}

/** The middleware for both limits; `onRefused` learns which one refused (for /metrics). */
export function clientLimits(
  limits: ClientLimits,
  apiToken: string | undefined,
  onRefused: (limit: LimitName) => void,
): RequestHandler[] {
  const clientOf = (request: Parameters<RequestHandler>[0]) =>
    bearerMatches(request.headers.authorization, apiToken)
      ? "token"
      : ipKeyGenerator(request.ip ?? request.socket.remoteAddress ?? "unknown");
  const handlers: RequestHandler[] = [];
  if (limits.ratePerMinute > 0) {
    handlers.push(
      rateLimit({
        windowMs: 60_000,
        limit: limits.ratePerMinute,
        standardHeaders: "draft-8",
        legacyHeaders: false,
        keyGenerator: clientOf,
        handler: (_request, response, _next, options) => {
          onRefused("rate");
          refuse(
            response,
            options.statusCode,
            `More than ${limits.ratePerMinute} requests a minute from this client; retry later.`,
          );
        },
      }),
    );
  }
  if (limits.concurrent > 0) handlers.push(concurrencyLimit(limits.concurrent, clientOf, onRefused));
  return handlers;
}

function concurrencyLimit(
  max: number,
  clientOf: (request: Parameters<RequestHandler>[0]) => string,
  onRefused: (limit: LimitName) => void,
): RequestHandler {
  const inFlight = new Map<string, number>();
  return (request, response, next) => {
    const client = clientOf(request);
    const count = inFlight.get(client) ?? 0;
    if (count >= max) {
      onRefused("concurrency");
      response.set("Retry-After", String(CONCURRENCY_RETRY_SECONDS));
      refuse(
        response,
        429,
        `More than ${max} requests at once from this client; wait for an answer before sending more.`,
      );
      return;
    }
    inFlight.set(client, count + 1);
    // "close" fires whether the answer was sent or the client went away first: the slot is freed once.
    response.once("close", () => {
      const left = (inFlight.get(client) ?? 1) - 1;
      if (left > 0) inFlight.set(client, left);
      else inFlight.delete(client);
    });
    next();
  };
}
