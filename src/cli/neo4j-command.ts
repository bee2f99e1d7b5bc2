/**
 * `npm run neo4j:start | neo4j:stop | neo4j:status`: the local Neo4j kit's "dev" instance;
 * `npm run neo4j:dump -- <file> [--force]` / `neo4j:restore -- <file> [--force]`: an offline
 * dump of its database to a file, and back (the instance is stopped meanwhile, then started
 * again if it was running).
 */
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import {
  dumpLocalNeo4j,
  type LocalInstance,
  LocalNeo4jError,
  localInstance,
  restoreLocalNeo4j,
  startLocalNeo4j,
  statusOfLocalNeo4j,
  stopLocalNeo4j,
} from "../graph/index.js";
import { say } from "./output.js";

async function backupCommand(
  action: "dump" | "restore",
  instance: LocalInstance,
  database: string,
  argv: string[],
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { force: { type: "boolean", default: false } },
  });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) {
    say(`usage: npm run neo4j:${action} -- <file> [--force]`);
    return 2;
  }
  const options = { force: values.force ?? false, database, log: say };
  try {
    if (action === "dump") await dumpLocalNeo4j(instance, file, options);
    else await restoreLocalNeo4j(instance, file, options);
  } catch (error) {
    if (!(error instanceof LocalNeo4jError)) throw error;
    say(error.message);
    return 1;
  }
  say(action === "dump" ? `Dumped "${database}" to ${file}.` : `Restored "${database}" from ${file}.`);
  return 0;
}

export async function neo4jCommand(action: string | undefined, argv: string[] = []): Promise<number> {
  const config = loadConfig();
  const instance = localInstance(config);
  switch (action) {
    case "start": {
      const began = Date.now();
      const server = await startLocalNeo4j(instance, say);
      say(
        server.started
          ? `Neo4j started in ${((Date.now() - began) / 1000).toFixed(1)}s (pid ${server.pid}).`
          : `Neo4j is already running (pid ${server.pid}); not starting a second one.`,
      );
      say(`Bolt:          ${server.boltUri}  (user ${config.NEO4J_USER})`);
      say(`Neo4j Browser: ${server.browserUrl}`);
      return 0;
    }
    case "stop":
      say((await stopLocalNeo4j(instance)) ? "Neo4j stopped." : "Neo4j was not running.");
      return 0;
    case "status": {
      const status = await statusOfLocalNeo4j(instance);
      if (status.pid === undefined) {
        say(status.crash ?? "Neo4j (local kit) is not running.");
        return 3;
      }
      say(
        `Neo4j (local kit) runs as pid ${status.pid}; Bolt ${status.boltAnswers ? "answers" : "does not answer"} on ${status.boltUri}.`,
      );
      say(`Neo4j Browser: ${status.browserUrl}`);
      return status.boltAnswers ? 0 : 1;
    }
    case "dump":
    case "restore":
      return backupCommand(action, instance, config.NEO4J_DATABASE, argv);
    default:
      say("usage: neo4j start|stop|status|dump|restore");
      return 2;
  }
}
