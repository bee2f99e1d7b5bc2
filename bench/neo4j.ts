/**
 * The benchmarks' own Neo4j: the local kit's "bench" instance (ports 27687/27474, or
 * BENCH_NEO4J_BOLT_PORT / BENCH_NEO4J_HTTP_PORT when another clone's bench holds those; 2 GB
 * heap, 1 GB page cache), so no developer or test graph is touched, and helpers to empty and
 * measure it.
 */
import type { Driver } from "neo4j-driver";
import { DEV_NEO4J_PASSWORD } from "../src/config.js";
import { type LocalInstance, openDriver, startLocalNeo4j } from "../src/graph/index.js";

export const BENCH_DATABASE = "neo4j";

export const BENCH_INSTANCE: LocalInstance = {
  name: "bench",
  boltPort: Number(process.env.BENCH_NEO4J_BOLT_PORT ?? 27687),
  httpPort: Number(process.env.BENCH_NEO4J_HTTP_PORT ?? 27474),
  password: DEV_NEO4J_PASSWORD,
  heap: "2g",
  pageCache: "1g",
};

/** Starts (or finds) the bench instance; the driver retries transient failures for a minute. */
export async function openBenchGraph(): Promise<{ driver: Driver; uri: string }> {
  const server = await startLocalNeo4j(BENCH_INSTANCE, (line) => process.stderr.write(`${line}\n`));
  return {
    driver: openDriver(server.boltUri, "neo4j", BENCH_INSTANCE.password, 60_000),
    uri: server.boltUri,
  };
}

/**
 * Empties a database in small transactions: relationships first, then nodes, so a country with
 * tens of thousands of relationships never has to go in one transaction (DETACH DELETE of such
 * a node exceeded the transaction memory pool after a 100k-article load).
 */
const CLEAR_TIMEOUT_MS = 10 * 60_000;

export async function clearGraph(driver: Driver, database = BENCH_DATABASE): Promise<void> {
  // CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  // The whole statement counts against the transaction timeout: a 100k graph on a busy machine
  // takes longer than the driver's default to empty.
  const session = driver.session({ database });
  const config = { timeout: CLEAR_TIMEOUT_MS };
  try {
    await session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 2000 ROWS", {}, config);
    await session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 2000 ROWS", {}, config);
  } finally {
    await session.close();
  }
}

export async function graphSize(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(
    "CALL () { MATCH (n) RETURN count(n) AS n } CALL () { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n + r AS total",
    {},
    { database: BENCH_DATABASE },
  );
  return records[0]?.get("total") as number;
}
