/**
 * `npm run neo4j:start | neo4j:stop | neo4j:status`: the local Neo4j kit's "dev" instance.
 */
import { loadConfig } from "../config.js";
import { localInstance, startLocalNeo4j, statusOfLocalNeo4j, stopLocalNeo4j } from "../graph/index.js";
import { say } from "./output.js";

export async function neo4jCommand(action: string | undefined): Promise<number> {
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
    default:
      say("usage: neo4j start|stop|status");
      return 2;
  }
}
