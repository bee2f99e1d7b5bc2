/**
 * `npm start`: connect to NEO4J_URI or start the local Neo4j, load seeds/articles (idempotent:
 * a second start finds them unchanged), then serve the GraphQL API until
 * SIGINT/SIGTERM. The local Neo4j is watched meanwhile: if it dies (an OutOfMemoryError), the
 * API's /health names why and the kit is started again. It keeps running after the API stops
 * (`npm run neo4j:stop`).
 *
 * With WEB_CONCURRENCY=N > 1 this process is a node:cluster primary: it does all of the above but
 * serving, and forks N workers that only serve (one port, connections shared by the kernel's
 * round robin through the primary). The API keeps no state between requests beyond caches, so
 * any worker answers any request; a worker that dies is replaced.
 */
import cluster, { type Worker } from "node:cluster";
import { BROWSER_GUIDE_PATH, EXPLORE_PATH, startApi } from "../api/index.js";
import { serveClusterMetrics } from "../api/metrics.js";
import { type Config, loadConfig } from "../config.js";
import {
  connectGraph,
  crashReason,
  type LocalInstance,
  localInstance,
  superviseLocalNeo4j,
} from "../graph/index.js";
import { DEFAULT_BATCH_SIZE, formatSummary, loadInto } from "./load-command.js";
import { say } from "./output.js";

const SEEDS = new URL("../../seeds/articles", import.meta.url).pathname;

/** Set in a worker's environment when the primary runs the local kit (for /health's diagnosis). */
const LOCAL_KIT_ENV = "DEFENCE_GRAPH_LOCAL_KIT";

/** A worker dying this soon after it started waits before its replacement, so a crash loop idles. */
const RESTART_DELAY_MS = 1_000;

const stopRequested = () =>
  new Promise<void>((stop) => {
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });

/** Serves the API in this process until SIGINT/SIGTERM; `announce` prints where. */
async function serve(config: Config, local: LocalInstance | undefined, announce: boolean): Promise<number> {
  const graph = await connectGraph(config);
  const api = await startApi(
    {
      driver: graph.driver,
      database: graph.database,
      production: config.NODE_ENV === "production",
      apiToken: config.API_TOKEN,
      limits: {
        maxCost: config.MAX_QUERY_COST,
        maxResponseBytes: config.MAX_RESPONSE_BYTES,
        queryTimeoutMs: config.QUERY_TIMEOUT_MS,
      },
      clientLimits: {
        ratePerMinute: config.RATE_LIMIT_PER_MINUTE,
        concurrent: config.CONCURRENCY_PER_CLIENT,
      },
      trustProxy: config.TRUST_PROXY,
      diagnose: local ? () => crashReason(local) : undefined,
    },
    config.PORT,
    config.HOST,
  );
  if (announce) announceApi(config, api.url);
  await stopRequested();
  if (announce) say("Stopping the API...");
  await api.stop();
  await graph.close();
  return 0;
}

function announceApi(config: Config, url: string): void {
  say(`GraphQL API: ${url}${config.NODE_ENV === "production" ? "" : "  (Apollo Sandbox in a browser)"}`);
  say(`Explore page: ${new URL(EXPLORE_PATH, url).href}`);
  say(`Neo4j Browser guide: :play ${new URL(BROWSER_GUIDE_PATH, url).href}`);
}

export async function startCommand(): Promise<number> {
  const config = loadConfig();
  if (cluster.isWorker) {
    return serve(config, process.env[LOCAL_KIT_ENV] ? localInstance(config) : undefined, false);
  }
  const graph = await connectGraph(config, say);
  const loaded = await loadInto(graph, config, [SEEDS], {
    dryRun: false,
    quiet: true,
    batchSize: DEFAULT_BATCH_SIZE,
  });
  say(formatSummary(loaded, false));
  const local = graph.local;
  const unwatch = local ? superviseLocalNeo4j(local, say) : () => {};
  try {
    if (config.WEB_CONCURRENCY === 1) return await serve(config, local, true);
    // Workers reach the same server: the local kit's URI once the primary has started it.
    await graph.close();
    return await superviseWorkers(config, { NEO4J_URI: graph.uri, [LOCAL_KIT_ENV]: local ? "1" : "" });
  } finally {
    unwatch();
  }
}

/** Forks WEB_CONCURRENCY workers, replaces any that dies, and stops them all on SIGINT/SIGTERM. */
async function superviseWorkers(config: Config, env: Record<string, string>): Promise<number> {
  serveClusterMetrics();
  const count = config.WEB_CONCURRENCY;
  let stopping = false;
  const started = new Map<Worker, number>();
  const fork = () => started.set(cluster.fork(env), Date.now());
  cluster.on("exit", (worker, code, signal) => {
    const lived = Date.now() - (started.get(worker) ?? 0);
    started.delete(worker);
    if (stopping) return;
    say(`API worker ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another.`);
    setTimeout(fork, lived < 10_000 ? RESTART_DELAY_MS : 0);
  });
  let listening = 0;
  cluster.on("listening", (_worker, address) => {
    listening += 1;
    if (listening !== count) return;
    const host = address.address === "0.0.0.0" || !address.address ? "localhost" : address.address;
    announceApi(config, `http://${host}:${address.port}/graphql`);
    say(`${count} API workers.`);
  });
  for (let index = 0; index < count; index += 1) fork();
  await stopRequested();
  stopping = true;
  say("Stopping the API workers...");
  await Promise.all(
    [...started.keys()].map(
      (worker) =>
        new Promise<void>((exited) => {
          // Ctrl-C reaches the workers too: one may be gone already.
          if (worker.isDead()) return exited();
          worker.once("exit", () => exited());
          worker.process.kill("SIGTERM");
        }),
    ),
  );
  return 0;
}
