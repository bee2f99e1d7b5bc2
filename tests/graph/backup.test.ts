/**
 * `npm run neo4j:dump` / `neo4j:restore` on a kit instance of its own (the dump needs the
 * database offline, so never the shared test instance): write a graph, dump, wipe, restore,
 * and the graph and its constraints are the ones dumped; existing files and databases holding
 * data are refused.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  applySchema,
  dumpLocalNeo4j,
  type LocalInstance,
  openDriver,
  restoreLocalNeo4j,
  startLocalNeo4j,
  stopLocalNeo4j,
} from "../../src/graph/index.js";
import { KIT_DIR } from "../../src/graph/local-neo4j.js";
import { clearGraph, dumpGraph, TEST_DATABASE } from "../support/graph.js";
import { TEST_INSTANCE } from "../support/neo4j-global-setup.js";

/** Beside the test instance: its ports plus one. */
const BACKUP_INSTANCE: LocalInstance = {
  ...TEST_INSTANCE,
  name: "backup-test",
  boltPort: TEST_INSTANCE.boltPort + 1,
  httpPort: TEST_INSTANCE.httpPort + 1,
  pageCache: "128m",
};
const SMALL_GRAPH = `
CREATE (ma:Country {code: 'MA', name: 'Morocco', nameAr: 'المغرب'}),
       (us:Country {code: 'US', name: 'United States'}),
       (d:Deal {id: 'MA-US:acquisition:ah-64', status: 'delivered', quantity: 24, conflicts: []}),
       (a:Article {id: 'a1', title: 'Apache', text: 'Morocco received Apache helicopters.', publishedAt: '2025-03-01'}),
       (ma)-[:PARTY_TO {role: 'recipient'}]->(d), (us)-[:PARTY_TO {role: 'supplier'}]->(d),
       (a)-[:REPORTS {status: 'delivered', start: 0, end: 36, systemIds: ['ah-64']}]->(d),
       (a)-[:MENTIONS {count: 1}]->(ma)`;

async function constraintsOf(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery(
    "SHOW CONSTRAINTS YIELD labelsOrTypes, properties RETURN labelsOrTypes[0] + '.' + properties[0] AS key ORDER BY key",
    {},
    { database: TEST_DATABASE },
  );
  return records.map((record) => record.get("key") as string);
}

describe.skipIf(!inject("neo4jBrowserUrl"))("dump and restore of a local kit instance", () => {
  let dir: string;
  const connect = async () => {
    // A first start on a machine busy with other work has taken over 3 minutes.
    const server = await startLocalNeo4j(BACKUP_INSTANCE, () => {}, 600_000);
    return openDriver(server.boltUri, "neo4j", BACKUP_INSTANCE.password);
  };
  const withDriver = async <T>(work: (driver: Driver) => Promise<T>): Promise<T> => {
    const driver = await connect();
    try {
      return await work(driver);
    } finally {
      await driver.close();
    }
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "backup-"));
  });
  afterAll(async () => {
    await stopLocalNeo4j(BACKUP_INSTANCE);
    await rm(join(KIT_DIR, "instances", BACKUP_INSTANCE.name), { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  });

  it("restores the graph it dumped, and refuses to overwrite a file or a database with data", {
    timeout: 1_200_000,
  }, async () => {
    const loaded = await withDriver(async (driver) => {
      await applySchema(driver, TEST_DATABASE);
      // A cold server on a busy machine has let the loader's first batches outlast the 30 s
      // transaction timeout (bench/RESULTS.md); the round trip is tested on a graph of the
      // loader's shape written in one statement, and the loader is tested elsewhere.
      await driver.executeQuery(SMALL_GRAPH, {}, { database: TEST_DATABASE });
      return { graph: await dumpGraph(driver), constraints: await constraintsOf(driver) };
    });
    expect(loaded.graph.length).toBe(8);
    expect(loaded.constraints).toContain("WriteLock.id");

    const file = join(dir, "graph.dump");
    await dumpLocalNeo4j(BACKUP_INSTANCE, file, { force: false });
    expect(existsSync(file)).toBe(true);
    await expect(dumpLocalNeo4j(BACKUP_INSTANCE, file, { force: false })).rejects.toThrow(
      /already exists; pass --force/,
    );
    await expect(restoreLocalNeo4j(BACKUP_INSTANCE, file, { force: false })).rejects.toThrow(
      /already holds data; pass --force/,
    );

    // The instance was running, so the dump started it again.
    await withDriver((driver) => clearGraph(driver));
    await restoreLocalNeo4j(BACKUP_INSTANCE, file, { force: false });
    expect(
      await withDriver(async (driver) => ({
        graph: await dumpGraph(driver),
        constraints: await constraintsOf(driver),
      })),
    ).toEqual(loaded);
  });
});
