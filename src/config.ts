/**
 * Configuration from environment variables, validated once at start.
 *
 * Every stage reads its settings from here, so a bad value fails fast with a message naming the
 * variable, instead of surfacing later as a confusing driver or socket error. `.env.example`
 * lists the same variables with their defaults.
 */
import { z } from "zod";

/** The documented development password of the local Neo4j kit; set NEO4J_PASSWORD anywhere real. */
export const DEV_NEO4J_PASSWORD = "defence-graph-dev";

const port = z.coerce.number().int().min(1).max(65535);
const byteSize = z.string().regex(/^\d+[kmg]$/i, "a size such as 512m or 1g");
const blankIsUnset = (value: unknown) => (value === "" ? undefined : value);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: port.default(4000),
  NEO4J_URI: z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, "a Bolt URI such as bolt://127.0.0.1:7687")
      .optional(),
  ),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().min(8, "at least 8 characters (Neo4j's minimum)").default(DEV_NEO4J_PASSWORD),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HTTP_PORT: port.default(7474),
  NEO4J_HEAP: byteSize.default("1g"),
  NEO4J_PAGECACHE: byteSize.default("512m"),
  MAX_ARTICLE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(10 * 1024 * 1024),
  // Fetching pages and feeds (`load <url>`, `--feed`, `watch`): the whole exchange's timeout.
  FETCH_TIMEOUT_MS: z.coerce.number().int().min(1).default(15_000),
  // Unset: the API's own defaults (REQUEST_LIMITS in src/api/server.ts).
  MAX_QUERY_COST: z.preprocess(blankIsUnset, z.coerce.number().int().min(1).optional()),
  MAX_RESPONSE_BYTES: z.preprocess(blankIsUnset, z.coerce.number().int().min(1024).optional()),
  QUERY_TIMEOUT_MS: z.preprocess(blankIsUnset, z.coerce.number().int().min(100).optional()),
  API_TOKEN: z.preprocess(blankIsUnset, z.string().min(16, "at least 16 characters").optional()),
  // API processes serving one graph (node:cluster); 1 serves from the main process itself.
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  // Per-client limits (src/api/limits/clients.ts); 0 turns one off.
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  CONCURRENCY_PER_CLIENT: z.coerce.number().int().min(0).default(8),
  // Express's `trust proxy`: which hops' X-Forwarded-For to believe for the client address
  // (unset: none, the socket's address is the client's), e.g. "loopback" or "1" behind one proxy.
  TRUST_PROXY: z.preprocess(
    blankIsUnset,
    z
      .string()
      .refine(
        (value) => value !== "true",
        "a hop count or addresses, not true (anyone could pick their address)",
      )
      .transform((value) => (/^\d+$/.test(value) ? Number(value) : value))
      .optional(),
  ),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses `env` (process.env by default); throws a ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join(".");
    return `  ${name}=${JSON.stringify(env[name] ?? "")}: ${issue.message}`;
  });
  throw new ConfigError(`Invalid configuration:\n${problems.join("\n")}`);
}
