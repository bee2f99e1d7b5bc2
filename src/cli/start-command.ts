/**
 * `npm start`: connect to NEO4J_URI or start the local Neo4j, load seeds/articles (idempotent:
 * a second start finds them unchanged), then serve the GraphQL API until
 * SIGINT/SIGTERM. The local Neo4j is watched meanwhile: if it dies (an OutOfMemoryError), the
 * API's /health names why and the kit is started again. It keeps running after the API stops
 * (`npm run neo4j:stop`).
 */
import { BROWSER_GUIDE_PATH, EXPLORE_PATH, startApi } from "../api/index.js";
import { loadConfig } from "../config.js";
import { connectGraph, crashReason, superviseLocalNeo4j } from "../graph/index.js";
import { DEFAULT_BATCH_SIZE, formatSummary, loadInto } from "./load-command.js";
import { say } from "./output.js";

const SEEDS = new URL("../../seeds/articles", import.meta.url).pathname;

export async function startCommand(): Promise<number> {
  const config = loadConfig();
  const graph = await connectGraph(config, say);
  const loaded = await loadInto(graph, config, [SEEDS], {
    dryRun: false,
    quiet: true,
    batchSize: DEFAULT_BATCH_SIZE,
  });
  say(formatSummary(loaded, false));
  const local = graph.local;
  const unwatch = local ? superviseLocalNeo4j(local, say) : () => {};
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
      diagnose: local ? () => crashReason(local) : undefined,
    },
    config.PORT,
    config.HOST,
  );
  say(`GraphQL API: ${api.url}${config.NODE_ENV === "production" ? "" : "  (Apollo Sandbox in a browser)"}`);
  say(`Explore page: ${new URL(EXPLORE_PATH, api.url).href}`);
  say(`Neo4j Browser guide: :play ${new URL(BROWSER_GUIDE_PATH, api.url).href}`);
  await new Promise<void>((stopRequested) => {
    process.once("SIGINT", stopRequested);
    process.once("SIGTERM", stopRequested);
  });
  say("Stopping the API...");
  unwatch();
  await api.stop();
  await graph.close();
  return 0;
}
