/**
 * `npm run reextract [-- --batch-size N]`: today's extraction and resolution over every article
 * the graph keeps, leaving the graph a fresh load of the same files would give (see
 * src/graph/reextract.ts). Run it after upgrading, when extraction has improved.
 */
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { defaultGazetteer } from "../extract/index.js";
import { applySchema, connectGraph, reextractGraph } from "../graph/index.js";
import { DEFAULT_BATCH_SIZE } from "./load-command.js";
import { say } from "./output.js";

export async function reextractCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { "batch-size": { type: "string", default: String(DEFAULT_BATCH_SIZE) } },
  });
  const batchSize = Number(values["batch-size"]);
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    say("usage: npm run reextract -- [--batch-size N]");
    return 2;
  }
  const graph = await connectGraph(loadConfig(), say);
  try {
    await applySchema(graph.driver, graph.database);
    const counts = await reextractGraph(graph.driver, graph.database, defaultGazetteer(), batchSize, (done) =>
      say(`re-extracted ${done} articles`),
    );
    say(
      `Reextract finished: ${counts.articles} articles; ${counts.nodesCreated} nodes and ${counts.relationshipsCreated} relationships written, ${counts.nodesDeleted} nodes and ${counts.relationshipsDeleted} relationships removed.`,
    );
    return 0;
  } finally {
    await graph.close();
  }
}
