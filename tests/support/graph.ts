/** Test access to the suite's disposable Neo4j (see neo4j-global-setup.ts). */
import type { Driver } from "neo4j-driver";
import { inject } from "vitest";
import { openDriver } from "../../src/graph/index.js";

export const TEST_DATABASE = "neo4j";

export function testDriver(): Driver {
  return openDriver(inject("neo4jUri"), "neo4j", inject("neo4jPassword"));
}

/** Empties the test database (never a developer's: the URI comes from the global setup). */
export async function clearGraph(driver: Driver): Promise<void> {
  // CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session({ database: TEST_DATABASE });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}

export async function countAll(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships",
    {},
    { database: TEST_DATABASE },
  );
  return { nodes: records[0]?.get("nodes"), relationships: records[0]?.get("relationships") };
}
