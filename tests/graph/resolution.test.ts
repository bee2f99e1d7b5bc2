/**
 * Deal identity in the graph: reports of one contract from several outlets and languages
 * converge on one Deal, different contracts of one pair stay apart, figures that disagree are
 * named, and the graph is the same whatever order or batches the articles arrive in — also
 * with two loaders writing at once.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { defaultGazetteer } from "../../src/extract/index.js";
import {
  applySchema,
  assertCurrentFormat,
  collectFiles,
  loadFiles,
  reextractGraph,
} from "../../src/graph/index.js";
import {
  UNRELATED_ARTICLE as UNRELATED,
  VARIANT_AND_FAMILY_ARTICLES,
  writeContractArticles,
} from "../support/contracts.js";
import { clearGraph, dumpGraph, TEST_DATABASE, testDriver } from "../support/graph.js";

const options = { batchSize: 50, dryRun: false, maxBytes: 1024 * 1024 };

async function rows(driver: Driver, cypher: string) {
  const { records } = await driver.executeQuery(cypher, {}, { database: TEST_DATABASE });
  return records.map((record) => record.toObject());
}

describe("deal identity across articles, on a real Neo4j", () => {
  let driver: Driver;
  let dir: string;
  let files: string[];
  const load = (paths: string[], batchSize = options.batchSize) =>
    loadFiles(driver, TEST_DATABASE, paths, defaultGazetteer(), { ...options, batchSize });

  beforeAll(async () => {
    driver = testDriver();
    await applySchema(driver, TEST_DATABASE);
    dir = await mkdtemp(join(tmpdir(), "resolution-"));
    await writeContractArticles(dir);
    files = await collectFiles([dir]);
  });
  beforeEach(() => clearGraph(driver));
  afterAll(async () => {
    await clearGraph(driver);
    await driver.close();
  });

  it("makes one deal of the order reported twice and its delivery, and another of the later order", async () => {
    await load(files);
    const deals = await rows(
      driver,
      `MATCH (d:Deal) RETURN d.id AS id, d.status AS status, d.year AS year, d.quantity AS quantity,
         d.conflicts AS conflicts, COUNT { (:Article)-[:REPORTS]->(d) } AS reports ORDER BY id`,
    );
    expect(deals).toEqual([
      {
        id: "DZ-RU:acquisition:su-57:2019",
        status: "delivered",
        year: 2019,
        quantity: 14,
        conflicts: ["value"],
        reports: 3,
      },
      {
        id: "DZ-RU:acquisition:su-57:2024",
        status: "signed",
        year: 2024,
        quantity: 40,
        conflicts: [],
        reports: 1,
      },
    ]);
  });

  it("gives the same graph loaded in one batch, one at a time in any order, or by two loaders at once", async () => {
    await load(files);
    const expected = await dumpGraph(driver);
    for (const order of [files, [...files].reverse(), [files[2], files[0], files[3], files[1]]]) {
      await clearGraph(driver);
      await load(order as string[], 1);
      expect(await dumpGraph(driver)).toEqual(expected);
    }
    await clearGraph(driver);
    await Promise.all([load(files.slice(0, 2), 1), load(files.slice(2), 1)]);
    expect(await dumpGraph(driver)).toEqual(expected);
  });

  it("keeps deal ids when unrelated articles are added", async () => {
    await load(files);
    const before = await rows(driver, "MATCH (d:Deal) RETURN d.id AS id ORDER BY id");
    const other = join(dir, "..", `unrelated-${Date.now()}.json`);
    await writeFile(other, JSON.stringify(UNRELATED));
    await load([other]);
    const after = await rows(
      driver,
      "MATCH (d:Deal) WHERE d.id STARTS WITH 'DZ-' RETURN d.id AS id ORDER BY id",
    );
    expect(after).toEqual(before);
    expect(await rows(driver, "MATCH (d:Deal) WHERE d.id STARTS WITH 'MA-' RETURN d.id AS id")).toEqual([
      { id: "MA-US:acquisition:ah-64" },
    ]);
  });

  it("keeps each report's own figures, and the article's text for evidence in context", async () => {
    await load(files);
    const reports = await rows(
      driver,
      `MATCH (a:Article)-[r:REPORTS]->(:Deal {id: 'DZ-RU:acquisition:su-57:2019'})
       RETURN a.outlet AS outlet, r.value AS value, r.status AS status,
              substring(a.text, r.start, r.end - r.start) = r.evidence AS evidenceInText
       ORDER BY outlet`,
    );
    expect(reports).toEqual([
      { outlet: "Reuters", value: 2e9, status: "signed", evidenceInText: true },
      { outlet: "TASS", value: 1.8e9, status: "signed", evidenceInText: true },
      { outlet: "الشروق", value: null, status: "delivered", evidenceInText: true },
    ]);
  });

  it("reextract leaves the graph a fresh load of the same files gives, and refuses a graph without article text", {
    timeout: 240_000,
  }, async () => {
    const seeds = await collectFiles([new URL("../../seeds/articles/", import.meta.url).pathname]);
    await load([...files, ...seeds]);
    const fresh = await dumpGraph(driver);
    // What an older extractor might have left: a stray deal and system no article supports now.
    await driver.executeQuery(
      "CREATE (:Deal {id: 'XX-YY:acquisition', bucket: 'XX-YY:acquisition'})-[:INVOLVES]->(:System {id: 'stale'})",
      {},
      { database: TEST_DATABASE },
    );
    await driver.executeQuery(
      "MATCH (d:Deal) WHERE d.id STARTS WITH 'DZ-' SET d.status = 'rumoured'",
      {},
      {
        database: TEST_DATABASE,
      },
    );
    const counts = await reextractGraph(driver, TEST_DATABASE, defaultGazetteer(), 2);
    expect(counts.articles).toBe(files.length + seeds.length);
    expect(await dumpGraph(driver)).toEqual(fresh);
    await driver.executeQuery(
      "MATCH (a:Article) WITH a LIMIT 1 REMOVE a.text",
      {},
      { database: TEST_DATABASE },
    );
    await expect(reextractGraph(driver, TEST_DATABASE, defaultGazetteer(), 2)).rejects.toThrow(
      /1 article\(s\) were written by a version that did not keep article text: load them again/,
    );
  });

  it("makes one deal of a delivery reported in Arabic with the variant and in French with the family", async () => {
    const paths = [];
    for (const [name, article] of Object.entries(VARIANT_AND_FAMILY_ARTICLES)) {
      paths.push(join(dir, "..", name));
      await writeFile(join(dir, "..", name), JSON.stringify(article));
    }
    await load(paths);
    expect(
      await rows(
        driver,
        `MATCH (d:Deal) RETURN d.id AS id, d.status AS status, COUNT { (:Article)-[:REPORTS]->(d) } AS reports,
           COLLECT { MATCH (d)-[:INVOLVES]->(s:System) RETURN s.id ORDER BY s.id } AS systems`,
      ),
    ).toEqual([
      { id: "MA-US:acquisition:ah-64", status: "delivered", reports: 2, systems: ["ah-64", "ah-64e"] },
    ]);
  });

  it.each([
    ["keep no state (the first resolving version)", null],
    [
      "keep it as lists on the bucket node",
      "MATCH (b:DealBucket) SET b.signatures = ['x'], b.reportCounts = [1], b.deals = ['x']",
    ],
  ])("upgrades a graph whose deal buckets %s, and loads on as a fresh load does", async (_, lists) => {
    await load(files);
    const fresh = await dumpGraph(driver);
    await clearGraph(driver);
    await load(files.slice(0, 2));
    // What an earlier version left: no DealSignature nodes, and the buckets as it kept them.
    const database = { database: TEST_DATABASE };
    await driver.executeQuery("MATCH (s:DealSignature) DELETE s", {}, database);
    if (lists) await driver.executeQuery(lists, {}, database);
    await applySchema(driver, TEST_DATABASE);
    await load(files.slice(2));
    expect(await dumpGraph(driver)).toEqual(fresh);
  });

  it("tells a loader plainly that a graph an earlier version wrote cannot take new reports", async () => {
    await load(files);
    await expect(assertCurrentFormat(driver, TEST_DATABASE, "test")).resolves.toBeUndefined();
    await driver.executeQuery(
      "MATCH ()-[r:REPORTS]->() WITH r LIMIT 1 REMOVE r.bucket",
      {},
      { database: TEST_DATABASE },
    );
    await expect(assertCurrentFormat(driver, TEST_DATABASE, "test")).rejects.toThrow(
      /The graph at test was written by an earlier version of defence-graph .* Load your files into an empty database/,
    );
  });
});
