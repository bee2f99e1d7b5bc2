/**
 * The HTTP face of the API: Apollo Server 5 on Express 5.
 *
 * - POST/GET /graphql: the schema; Apollo Sandbox as the landing page outside production, the
 *   production landing page and no introspection in production; CSRF prevention (Apollo's default).
 * - GET /health: 200 with the Neo4j version when Bolt answers, otherwise 503 with the reason (the
 *   local kit's crash from its log, when it has one) — for docker-compose and load balancers.
 * In production, unexpected errors reach clients as "Internal server error" only; the details go
 * to the log. Every request's work is bounded: query limits (graphql-armor) and the request cost
 * (limits/cost.ts) refuse hostile shapes with a 400 before any resolver runs; every read has a
 * transaction timeout and the request's answer a size bound, and a read stopped by either, or by
 * Neo4j's memory limit, fails alone as QUERY_TOO_EXPENSIVE. Mutations check the bearer token in
 * constant time (bearerMatches).
 * Before any of that, each client's rate and requests in flight are limited (limits/clients.ts),
 * each request gets its id and bookmarks (request-context.ts), and /metrics counts it all.
 */

import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { MaxTokensParserWLexer } from "@escape.tech/graphql-armor-max-tokens";
import express from "express";
import { GraphQLError, type GraphQLFormattedError, Kind } from "graphql";
import type { Driver } from "neo4j-driver";
import { defaultGazetteer } from "../extract/index.js";
import { OutputBudget, readServerInfo } from "../graph/index.js";
import { BROWSER_GUIDE_PATH, browserGuideHandler } from "./browser-guide.js";
import { type GraphContext, Loaders } from "./context.js";
import { EXPLORE_PATH, exploreHandler } from "./explore-page.js";
import { bearerMatches } from "./limits/bearer.js";
import { type ClientLimits, clientLimits } from "./limits/clients.js";
import { costLimit } from "./limits/cost.js";
import { boundOf, tooExpensive } from "./limits/refusals.js";
import { countRefusal, metrics, metricsHandler, type RefusalLimit } from "./metrics.js";
import { registerRoutes } from "./register.js";
import { BOOKMARK_HEADER, currentScope, requestLog, requestScope } from "./request-context.js";
import { buildApiSchema } from "./schema.js";

export interface ApiOptions {
  driver: Driver;
  database: string;
  production: boolean;
  /** Bearer token that enables mutations; undefined disables them. */
  apiToken?: string;
  /** Called for every Cypher query a request sends (tests count them). */
  onQuery?: (cypher: string) => void;
  /** The bounds on each request's work; defaults: REQUEST_LIMITS. */
  limits?: Partial<RequestLimits>;
  /** Why Neo4j may have stopped answering (the local kit reads its log), for /health. */
  diagnose?: () => string | undefined;
  /** Per-client rate and concurrency; defaults: CLIENT_LIMITS. */
  clientLimits?: Partial<ClientLimits>;
  /** Express's `trust proxy` (TRUST_PROXY): whose X-Forwarded-For names the client. */
  trustProxy?: string | number;
}

/**
 * 600 a minute is 10 a second sustained, far above a person in Sandbox or a script paging
 * through results; 8 at once is enough for a page's parallel requests. One client past either
 * cannot take the server from the others (RELIABILITY.md, "Fair service").
 */
export const CLIENT_LIMITS: ClientLimits = { ratePerMinute: 600, concurrent: 8 };

/** How much work one request may cause. */
export interface RequestLimits {
  /** The request cost (limits/cost.ts) over which it is refused before any Cypher runs. */
  maxCost: number;
  /** The largest answer, in bytes of JSON read from Neo4j. */
  maxResponseBytes: number;
  /** Each read's transaction timeout. */
  queryTimeoutMs: number;
}

/**
 * The README's and the benchmark's heaviest queries cost 80,000 and 18,000; the tests' heaviest
 * (each mentioned country's deals with their reports' sources, for 10 countries' articles)
 * 30 million; issue #13's smallest attack (`systems(first: 100) { deals { systems { deals { id } } } }`)
 * 200 million. What a request really reads is bounded again by the answer's size and the timeout.
 */
export const REQUEST_LIMITS: RequestLimits = {
  maxCost: 50_000_000,
  maxResponseBytes: 5 * 1024 * 1024,
  queryTimeoutMs: 15_000,
};

/** Largest request body (query and variables together). */
const BODY_LIMIT = "1mb";

/** Query limits, answered with a clear error before any resolver runs. */
export const LIMITS = { maxDepth: 10, maxAliases: 15, maxTokens: 2000, maxDirectives: 20 };

function armor() {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    maxTokens: { enabled: false }, // see tokenLimit
    costLimit: { enabled: false }, // see limits/cost.ts: it knows each list's cap
    maxDirectives: { n: LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/**
 * The token limit, checked before Apollo parses: graphql-armor's Apollo plugin throws while
 * parsing, which Apollo answers with 500, so we run the same armor parser here and answer 400.
 */
function tokenLimit(n: number): express.RequestHandler {
  return (request, response, next) => {
    const query =
      request.method === "GET"
        ? request.query.query
        : (request.body as { query?: unknown } | undefined)?.query;
    if (typeof query !== "string") return next();
    try {
      new MaxTokensParserWLexer(query, { n }).parseDocument();
    } catch (error) {
      if (error instanceof GraphQLError && /Token limit/.test(error.message)) {
        countRefusal("tokens");
        response
          .status(400)
          .json({ errors: [{ message: error.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }] });
        return;
      }
      // Any other syntax error is Apollo's to report.
    }
    next();
  };
}

export { bearerMatches };

export interface RunningApi {
  url: string;
  httpServer: http.Server;
  stop(): Promise<void>;
}

/** Errors a client may see as they are; anything else is masked in production. */
const CLIENT_ERROR_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "SERVICE_UNAVAILABLE",
  "QUERY_TOO_EXPENSIVE",
]);

/** Driver error codes that mean "Neo4j cannot be reached now", not "this request is wrong". */
const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);

function isGraphUnavailable(error: unknown): boolean {
  const cause = unwrapResolverError(error) as { code?: unknown };
  return typeof cause?.code === "string" && UNAVAILABLE_CODES.has(cause.code);
}

function maskInProduction(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const refusal = tooExpensive(unwrapResolverError(error));
    if (refusal) {
      requestLog().warn({ reason: refusal }, "request stopped by a bound");
      return { message: refusal, path: formatted.path, extensions: { code: "QUERY_TOO_EXPENSIVE" } };
    }
    const code = (unwrapResolverError(error) as { code?: unknown } | null)?.code;
    if (typeof code === "string" && code.startsWith("Neo.ClientError.Transaction.InvalidBookmark")) {
      return {
        message: `${BOOKMARK_HEADER}: Neo4j does not know this bookmark (send back one this API returned).`,
        path: formatted.path,
        extensions: { code: "BAD_REQUEST" },
      };
    }
    if (isGraphUnavailable(error)) {
      requestLog().warn("Neo4j is unavailable");
      return {
        message: "The graph database is unavailable; try again shortly.",
        path: formatted.path,
        extensions: { code: "SERVICE_UNAVAILABLE" },
      };
    }
    const clientCode = formatted.extensions?.code;
    if (typeof clientCode === "string" && CLIENT_ERROR_CODES.has(clientCode)) {
      return production
        ? {
            message: formatted.message,
            locations: formatted.locations,
            path: formatted.path,
            extensions: { code: clientCode },
          }
        : formatted;
    }
    requestLog().error({ err: error }, "GraphQL request failed");
    if (!production) return formatted;
    return {
      message: "Internal server error",
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}

/**
 * Errors raised before GraphQL runs (a body over the limit, malformed JSON): a short JSON error
 * with the HTTP status, never Express's default HTML page with a stack trace on stderr — an
 * abusive client must not be able to flood the log.
 */
const requestErrorHandler: express.ErrorRequestHandler = (error, _request, response, _next) => {
  const status = Number((error as { status?: unknown }).status) || 500;
  const message =
    status === 413
      ? `Request body larger than ${BODY_LIMIT}`
      : status < 500
        ? "Malformed request body"
        : "Internal server error";
  // The oversized body was not read: close instead of draining it for keep-alive, so a client
  // sending megabytes again and again costs us nothing but the refusal.
  if (status === 413) {
    response.set("Connection", "close");
    countRefusal("body");
  }
  if (status >= 500) requestLog().error({ err: error }, "HTTP request failed");
  else requestLog().debug({ status, type: (error as { type?: unknown }).type }, "HTTP request refused");
  response.status(status).json({ errors: [{ message, extensions: { code: "BAD_REQUEST" } }] });
};

function healthHandler(options: ApiOptions): express.RequestHandler {
  return async (_request, response) => {
    try {
      const info = await readServerInfo(options.driver, options.database);
      response.json({ status: "ok", neo4j: { version: info.version, edition: info.edition } });
    } catch (error) {
      const reason =
        options.diagnose?.() ??
        (isGraphUnavailable(error)
          ? "Neo4j does not answer over Bolt (stopped, crashed, or unreachable)."
          : "Neo4j answered with an error.");
      response.status(503).json({ status: "unavailable", neo4j: null, reason });
    }
  };
}

/** The operation label of /metrics: its type and first root field, both bounded by the schema. */
function operationLabel(
  operation: { operation: string; selectionSet: { selections: readonly unknown[] } } | undefined,
) {
  if (!operation) return "unparsed";
  const first = operation.selectionSet.selections[0] as
    | { kind?: string; name?: { value: string } }
    | undefined;
  return `${operation.operation} ${first?.kind === Kind.FIELD ? first.name?.value : "fragment"}`;
}

/**
 * Counts each request by operation and outcome with its duration, and the limits that refused or
 * stopped it; hands the request's last bookmarks back in `X-Neo4j-Bookmark` (after a write, the
 * client's next request, to any replica, starts from them).
 */
function observe(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operation, errors, response, contextValue }) {
          const label = operationLabel(operation ?? undefined);
          const codes = (errors ?? []).map((error) =>
            String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR"),
          );
          metrics.requests.inc({ operation: label, outcome: codes[0] ?? "ok" });
          metrics.requestSeconds.observe({ operation: label }, (performance.now() - started) / 1000);
          const limits = new Set<RefusalLimit>();
          for (const error of errors ?? []) {
            if (error.extensions?.maxCost !== undefined) limits.add("cost");
            const bound = boundOf(unwrapResolverError(error));
            if (bound) limits.add(bound);
          }
          for (const limit of limits) countRefusal(limit);
          const bookmarks = [...((await contextValue?.reader.bookmarkManager?.getBookmarks()) ?? [])];
          if (bookmarks.length > 0) response.http.headers.set(BOOKMARK_HEADER, bookmarks.join(","));
        },
      };
    },
  };
}

/** Builds the schema, starts Apollo Server and listens on host:port (port 0 picks a free one). */
export async function startApi(options: ApiOptions, port: number, host: string): Promise<RunningApi> {
  const { driver, database, production } = options;
  const given = Object.entries(options.limits ?? {}).filter(([, value]) => value !== undefined);
  const limits: RequestLimits = { ...REQUEST_LIMITS, ...Object.fromEntries(given) };
  const perClient = Object.entries(options.clientLimits ?? {}).filter(([, value]) => value !== undefined);
  const clients: ClientLimits = { ...CLIENT_LIMITS, ...Object.fromEntries(perClient) };
  const protection = armor();
  const gazetteer = defaultGazetteer();
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GraphContext>({
    schema: await buildApiSchema(),
    introspection: !production,
    formatError: maskInProduction(production),
    includeStacktraceInErrorResponses: !production,
    validationRules: protection.validationRules,
    plugins: [
      // graphql-armor is typed against @apollo/server's CommonJS build; the objects are the same.
      ...(protection.plugins as unknown as ApolloServerPlugin<GraphContext>[]),
      costLimit(limits.maxCost),
      observe(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No cache hints or Apollo traces are used; their per-field hooks cost ~4% of CPU (profiled).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
  });
  await apollo.start();

  if (options.trustProxy !== undefined) app.set("trust proxy", options.trustProxy);
  app.use(requestScope());
  app.get("/health", healthHandler(options));
  app.get("/metrics", metricsHandler());
  app.use(BROWSER_GUIDE_PATH, browserGuideHandler());
  // One set of per-client counters for every route that reads the graph.
  const clientGuards = clientLimits(clients, options.apiToken, countRefusal);
  // Both limits set to 0 (off) leave no guard; express refuses a path with no handler.
  if (clientGuards.length > 0) app.use(["/register.csv", "/register.jsonl"], ...clientGuards);
  app.use(registerRoutes({ ...options, gazetteer, limits, isUnavailable: isGraphUnavailable }));
  app.use(EXPLORE_PATH, exploreHandler());
  app.use(
    "/graphql",
    ...clientGuards,
    express.json({ limit: BODY_LIMIT }),
    tokenLimit(LIMITS.maxTokens),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<GraphContext> => {
        const scope = currentScope();
        const reader = {
          driver,
          database,
          onQuery: options.onQuery,
          timeoutMs: limits.queryTimeoutMs,
          budget: new OutputBudget(limits.maxResponseBytes),
          bookmarkManager: scope?.bookmarks,
          metadata: scope ? { requestId: scope.id } : undefined,
          onQueryTime: (seconds: number, failed: boolean) =>
            metrics.neo4jSeconds.observe({ outcome: failed ? "error" : "ok" }, seconds),
        };
        return {
          reader,
          loaders: new Loaders(reader),
          gazetteer,
          authorized: bearerMatches(req.headers.authorization, options.apiToken),
          mutationsEnabled: Boolean(options.apiToken),
        };
      },
    }),
  );

  app.use(requestErrorHandler);

  await new Promise<void>((listening) => httpServer.listen(port, host, listening));
  const address = httpServer.address() as AddressInfo;
  const shownHost = host === "0.0.0.0" ? "localhost" : host;
  return {
    url: `http://${shownHost}:${address.port}/graphql`,
    httpServer,
    stop: () => apollo.stop(),
  };
}
