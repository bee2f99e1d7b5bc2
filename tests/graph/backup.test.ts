/**
 * `npm run neo4j:dump` / `neo4j:restore` on a kit instance of its own (the dump needs the
 * database offline, so never the shared test instance): load the seeds, dump, wipe, restore,
 * and the graph is the one dumped; existing files and databases holding data are refused.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { defaultGazetteer } from "../../src/extract/index.js";
import {
  applySchema,
  collectFiles,
  dumpLocalNeo4j,
  type LocalInstance,
  loadFiles,
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
const SEEDS = new URL("../../seeds/articles/", import.meta.url).pathname;
const LOAD_OPTIONS = { batchSize: 1, dryRun: false, maxBytes: 1024 * 1024 };

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
      // A cold server plans the loader's statements in its first transactions; on a busy machine
      // that has outlasted the 30 s transaction timeout, so load again (a load is idempotent).
      const files = await collectFiles([SEEDS]);
      let summary = await loadFiles(driver, TEST_DATABASE, files, defaultGazetteer(), LOAD_OPTIONS);
      for (let attempt = 1; attempt < 3 && summary.aborted; attempt += 1)
        summary = await loadFiles(driver, TEST_DATABASE, files, defaultGazetteer(), LOAD_OPTIONS);
      expect(summary).toMatchObject({ failed: 0, aborted: null });
      return dumpGraph(driver);
    });
    expect(loaded.filter((line) => line.startsWith("Article ")).length).toBe(2);
    expect(loaded.length).toBeGreaterThan(50);

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
    expect(await withDriver((driver) => dumpGraph(driver))).toEqual(loaded);
  });
});
