/**
 * `npm start`: connect to NEO4J_URI or start the local Neo4j, load seeds/articles (idempotent:
 * a second start finds them unchanged), then serve the GraphQL API until
 * SIGINT/SIGTERM. The local Neo4j keeps running after the API stops (`npm run neo4j:stop`).
 */
import { BROWSER_GUIDE_PATH, startApi } from "../api/index.js";
import { loadConfig } from "../config.js";
import { connectGraph } from "../graph/index.js";
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
  const api = await startApi(
    {
      driver: graph.driver,
      database: graph.database,
      production: config.NODE_ENV === "production",
      apiToken: config.API_TOKEN,
    },
    config.PORT,
    config.HOST,
  );
  say(`GraphQL API: ${api.url}${config.NODE_ENV === "production" ? "" : "  (Apollo Sandbox in a browser)"}`);
  say(`Neo4j Browser guide: :play ${new URL(BROWSER_GUIDE_PATH, api.url).href}`);
  await new Promise<void>((stopRequested) => {
    process.once("SIGINT", stopRequested);
    process.once("SIGTERM", stopRequested);
  });
  say("Stopping the API...");
  await api.stop();
  await graph.close();
  return 0;
}
