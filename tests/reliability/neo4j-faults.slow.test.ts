/**
 * Neo4j failing under the loader and under the API, on a Neo4j of this file's own (the kit's
 * "faults" instance, other ports) so the suite's shared server is never stopped:
 * - a short outage mid-load is ridden out by the driver's retries, and the graph ends up equal
 *   to a clean load;
 * - a crash (SIGKILL) that outlasts the retries stops the load with a message naming what was not
 *   written; what is in the graph is exactly a clean load of the rest (no article half written);
 *   after a restart, the same load again gives a graph equal to a clean load;
 * - the API answers SERVICE_UNAVAILABLE and /health 503 while Neo4j is down, and recovers alone;
 * - a crashed kit server is named on /health (from its log), and `npm start`'s watch
 *   (superviseLocalNeo4j) starts it again.
 * Slow (~2 min of server stops and starts): run by `npm run test:reliability`.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../bench/corpus.js";
import type { RunningApi } from "../../src/api/index.js";
import { startApi } from "../../src/api/index.js";
import { defaultGazetteer } from "../../src/extract/index.js";
import {
  applySchema,
  collectFiles,
  crashReason,
  type LoadSummary,
  type LocalInstance,
  loadFiles,
  openDriver,
  runningPid,
  startLocalNeo4j,
  stopLocalNeo4j,
  superviseLocalNeo4j,
} from "../../src/graph/index.js";
import { postGraphQL } from "../support/api.js";
import { clearGraph, dumpGraph, TEST_DATABASE } from "../support/graph.js";
import { TEST_INSTANCE } from "../support/neo4j-global-setup.js";

const FAULTS: LocalInstance = {
  ...TEST_INSTANCE,
  name: "faults",
  boltPort: Number(process.env.NEO4J_FAULTS_BOLT_PORT ?? 37687),
  httpPort: Number(process.env.NEO4J_FAULTS_HTTP_PORT ?? 37474),
  heap: "512m",
  pageCache: "128m",
};
const ARTICLES = 1500;
const BATCH = 100;
const URI = `bolt://127.0.0.1:${FAULTS.boltPort}`;

const start = () => startLocalNeo4j(FAULTS);
const crash = () => process.kill(runningPid(FAULTS) ?? 0, "SIGKILL");
const seconds = (since: number) => (performance.now() - since) / 1000;

async function load(driver: Driver, files: string[], onProgress?: (files: number) => void) {
  return loadFiles(
    driver,
    TEST_DATABASE,
    files,
    defaultGazetteer(),
    { batchSize: BATCH, dryRun: false, maxBytes: 1024 * 1024 },
    ({ files: done }) => onProgress?.(done),
  );
}

async function cleanLoadDump(driver: Driver, files: string[]): Promise<string[]> {
  await clearGraph(driver);
  await applySchema(driver, TEST_DATABASE);
  const summary = await load(driver, files);
  expect(summary.aborted).toBeNull();
  return dumpGraph(driver);
}

// Stopping and starting servers needs the local kit; an external NEO4J_TEST_URI cannot be stopped.
describe.skipIf(process.env.NEO4J_TEST_URI)("Neo4j faults", () => {
  let files: string[];
  let reference: string[];
  let driver: Driver;

  beforeAll(async () => {
    const folder = join(await mkdtemp(join(tmpdir(), "faults-")), "corpus");
    await writeCorpus(ARTICLES, folder, 7);
    files = await collectFiles([folder]);
    await start();
    driver = openDriver(URI, "neo4j", FAULTS.password, 60_000);
    reference = await cleanLoadDump(driver, files);
  }, 240_000);
  afterAll(async () => {
    await driver?.close();
    await stopLocalNeo4j(FAULTS);
  });

  it("rides out a short outage in the middle of a load: the graph equals a clean load", async () => {
    await clearGraph(driver);
    await applySchema(driver, TEST_DATABASE);
    let outage: Promise<unknown> | undefined;
    const summary = await load(driver, files, (done) => {
      if (done === ARTICLES / 3) outage ??= stopLocalNeo4j(FAULTS).then(start);
    });
    await outage;
    expect(outage).toBeDefined();
    expect(summary.aborted).toBeNull();
    // A batch whose commit landed just as the server went down is retried and found unchanged.
    expect(summary.new + summary.unchanged).toBe(ARTICLES);
    expect(await dumpGraph(driver)).toEqual(reference);
  }, 180_000);

  describe("a crash that outlasts the retries", () => {
    let summary: LoadSummary;
    const impatient = openDriver(URI, "neo4j", FAULTS.password, 2_000);
    afterAll(() => impatient.close());

    beforeAll(async () => {
      await clearGraph(driver);
      await applySchema(driver, TEST_DATABASE);
      summary = await load(impatient, files, (done) => {
        if (done === ARTICLES / 2) crash();
      });
      await start();
    }, 180_000);

    it("stops with a clear message naming the files not written", () => {
      console.info(
        `crash: ${summary.new} articles written, ${summary.aborted?.filesNotWritten.length} files not written: ${summary.aborted?.error}`,
      );
      expect(summary.aborted?.error).toMatch(/connect|unavailable|closed/i);
      const notWritten = summary.aborted?.filesNotWritten ?? [];
      expect(notWritten.length).toBeGreaterThanOrEqual(ARTICLES / 2);
      expect(notWritten.length).toBeLessThan(ARTICLES);
      expect(new Set(notWritten).size).toBe(notWritten.length);
    });

    it("left exactly a clean load of the files reported written: no article half written", async () => {
      const notWritten = new Set(summary.aborted?.filesNotWritten);
      const written = files.filter((file) => !notWritten.has(file));
      const partial = await dumpGraph(driver);
      expect(partial).toEqual(await cleanLoadDump(driver, written));
      // Put the partial graph back for the next test: rerun on top of it.
      await clearGraph(driver);
      expect((await load(driver, written)).aborted).toBeNull();
    }, 120_000);

    it("after the restart, the same load again gives a graph equal to a clean load", async () => {
      const rerun = await load(driver, files);
      expect(rerun.aborted).toBeNull();
      expect(rerun.new).toBe(summary.aborted?.filesNotWritten.length);
      expect(await dumpGraph(driver)).toEqual(reference);
    }, 120_000);
  });

  describe("the API while Neo4j goes away and comes back", () => {
    let api: RunningApi;
    const apiDriver = openDriver(URI, "neo4j", FAULTS.password);
    beforeAll(async () => {
      api = await startApi(
        { driver: apiDriver, database: TEST_DATABASE, production: true, diagnose: () => crashReason(FAULTS) },
        0,
        "127.0.0.1",
      );
    });
    afterAll(async () => {
      await api.stop();
      await apiDriver.close();
    });
    const health = () => fetch(api.url.replace("/graphql", "/health")).then((response) => response.status);
    const countries = () => postGraphQL<{ countries: unknown[] }>(api.url, "{ countries { code } }");

    it("answers 503-style errors while Neo4j is down, and recovers by itself", async () => {
      const before = await countries();
      expect(before.body.errors).toBeUndefined();
      expect(before.body.data?.countries.length).toBeGreaterThan(0);
      crash();
      await expect.poll(health, { timeout: 10_000 }).toBe(503);
      const down = await countries();
      expect(down.body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");

      await start();
      const back = performance.now();
      await expect
        .poll(async () => (await countries()).body.data?.countries.length, {
          timeout: 30_000,
          interval: 50,
        })
        .toBeGreaterThan(0);
      const recovery = seconds(back);
      expect(await health()).toBe(200);
      console.info(`API recovered ${recovery.toFixed(2)} s after Neo4j answered Bolt again`);
      expect(recovery).toBeLessThan(10);
    }, 240_000);

    it("names a crash on /health from the kit's log, and the kit's watch starts Neo4j again", async () => {
      crash();
      const healthBody = async () => {
        const response = await fetch(api.url.replace("/graphql", "/health"));
        return { code: response.status, ...((await response.json()) as { reason?: string }) };
      };
      await expect.poll(async () => (await healthBody()).code, { timeout: 10_000 }).toBe(503);
      expect((await healthBody()).reason).toMatch(
        /^The local Neo4j stopped: it exited without a clean shutdown \(see .*console\.log\)\.$/,
      );
      const said: string[] = [];
      const unwatch = superviseLocalNeo4j(FAULTS, (line) => said.push(line), 500);
      try {
        await expect
          .poll(async () => (await healthBody()).code, { timeout: 120_000, interval: 500 })
          .toBe(200);
        // The kit reports the restart when its start returns, which may be just after Bolt answers.
        await expect
          .poll(() => said.at(-1), { timeout: 60_000, interval: 200 })
          .toMatch(/Local Neo4j restarted/);
      } finally {
        unwatch();
      }
      expect(said[0]).toMatch(/The local Neo4j stopped: .* Restarting it\.\.\./);
      expect(said.at(-1)).toMatch(/Local Neo4j restarted \(pid \d+\)/);
      expect(crashReason(FAULTS)).toBeUndefined();
    }, 240_000);
  });
});
