/** Test access to the suite's disposable Neo4j (see neo4j-global-setup.ts). */
import type { Driver } from "neo4j-driver";
import { inject } from "vitest";
import { clearGraph as clearDatabase } from "../../bench/neo4j.js";
import { defaultGazetteer } from "../../src/extract/index.js";
import { applySchema, collectFiles, type LoadSummary, loadFiles, openDriver } from "../../src/graph/index.js";

export const TEST_DATABASE = "neo4j";

export function testDriver(): Driver {
  return openDriver(inject("neo4jUri"), "neo4j", inject("neo4jPassword"));
}

/** Empties the test database (never a developer's: the URI comes from the global setup). */
export const clearGraph = (driver: Driver) => clearDatabase(driver, TEST_DATABASE);

const root = new URL("../../", import.meta.url).pathname;

/**
 * Empties the test database and loads the seeds and the test fixtures (and any `extra` folders)
 * onto the schema: the graph the API, Browser and explore tests read. Throws on a failed file.
 */
export async function loadSeedGraph(driver: Driver, extra: string[] = []): Promise<LoadSummary> {
  await clearGraph(driver);
  await applySchema(driver, TEST_DATABASE);
  const files = await collectFiles([`${root}seeds/articles`, `${root}tests/fixtures/articles`, ...extra]);
  const summary = await loadFiles(driver, TEST_DATABASE, files, defaultGazetteer(), {
    batchSize: 100,
    dryRun: false,
    maxBytes: 1e7,
  });
  if (summary.failed > 0)
    throw new Error(`test articles failed to load: ${JSON.stringify(summary.failures)}`);
  return summary;
}

export async function countAll(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships",
    {},
    { database: TEST_DATABASE },
  );
  return { nodes: records[0]?.get("nodes"), relationships: records[0]?.get("relationships") };
}

/** JSON with sorted keys, so equal property maps print alike. */
const canonical = (value: Record<string, unknown>) =>
  JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))));

/**
 * Every node and relationship with its properties, as sorted lines: equal dumps, equal graphs.
 * The write lock's stamp is left out: a random token each writing transaction sets so loaders
 * know their cached bucket state is current (src/graph/bucket-state.ts), not a fact of the graph.
 */
export async function dumpGraph(driver: Driver): Promise<string[]> {
  const nodes = await driver.executeQuery(
    "MATCH (n) RETURN labels(n) AS labels, CASE WHEN n:WriteLock THEN n {.*, stamp: null} ELSE properties(n) END AS props",
    {},
    { database: TEST_DATABASE },
  );
  const rels = await driver.executeQuery(
    "MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, a.code) AS from, coalesce(b.id, b.code) AS to, properties(r) AS props",
    {},
    { database: TEST_DATABASE },
  );
  return [
    ...nodes.records.map((r) => `${[...r.get("labels")].sort().join(":")} ${canonical(r.get("props"))}`),
    ...rels.records.map(
      (r) => `${r.get("from")}-[${r.get("type")} ${canonical(r.get("props"))}]->${r.get("to")}`,
    ),
  ].sort();
}
