/**
 * Opening the Bolt connection: to NEO4J_URI when configured, otherwise to the local kit's
 * "dev" instance, which is started on demand. Callers get one driver and the database name.
 */
import neo4j, { type Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { boltUriOf, crashReason, type LocalInstance, startLocalNeo4j } from "./local-neo4j.js";

export interface GraphConnection {
  driver: Driver;
  database: string;
  uri: string;
  /** The local kit's instance, when NEO4J_URI is unset. */
  local?: LocalInstance;
  close(): Promise<void>;
}

/** The local instance described by the configuration; `name` picks its data folder. */
export function localInstance(config: Config, name = "dev"): LocalInstance {
  return {
    name,
    boltPort: config.NEO4J_BOLT_PORT,
    httpPort: config.NEO4J_HTTP_PORT,
    password: config.NEO4J_PASSWORD,
    heap: config.NEO4J_HEAP,
    pageCache: config.NEO4J_PAGECACHE,
  };
}

/**
 * A driver with plain JS numbers for integers (our counts and offsets stay far below 2^53).
 * `retryMs` bounds how long managed transactions retry transient failures: short for the API,
 * so a request fails cleanly while Neo4j is down; longer for batch loads.
 */
export function openDriver(uri: string, user: string, password: string, retryMs = 5_000): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: retryMs,
    maxConnectionPoolSize: 50,
  });
}

/** Connects to the configured server, starting the local one when NEO4J_URI is unset. */
export async function connectGraph(
  config: Config,
  log: (line: string) => void = () => {},
  retryMs?: number,
): Promise<GraphConnection> {
  const local = config.NEO4J_URI ? undefined : localInstance(config);
  if (local) {
    const crash = crashReason(local);
    if (crash) log(`${crash} Starting it again.`);
    const server = await startLocalNeo4j(local, log);
    log(`${server.started ? "Started" : "Using running"} local Neo4j (pid ${server.pid}): ${server.boltUri}`);
    log(`Neo4j Browser: ${server.browserUrl}`);
  }
  const uri = config.NEO4J_URI ?? boltUriOf(local as LocalInstance);
  const driver = openDriver(uri, config.NEO4J_USER, config.NEO4J_PASSWORD, retryMs);
  await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  return { driver, database: config.NEO4J_DATABASE, uri, local, close: () => driver.close() };
}
