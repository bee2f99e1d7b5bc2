/**
 * The five Cypher queries of the README, run as written against the seeds plus two fixture
 * articles: the README's promises are kept, or this fails.
 */
import { readFile } from "node:fs/promises";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultGazetteer } from "../../src/extract/index.js";
import { applySchema, collectFiles, loadFiles } from "../../src/graph/index.js";
import { clearGraph, TEST_DATABASE, testDriver } from "../support/graph.js";

const root = new URL("../../", import.meta.url).pathname;

async function readmeQueries(): Promise<Map<string, string>> {
  const readme = await readFile(`${root}README.md`, "utf8");
  const queries = new Map<string, string>();
  for (const match of readme.matchAll(/^### (\d)\. (.+)\n\n```cypher\n([\s\S]+?)```/gm))
    queries.set(match[2] ?? "", match[3] ?? "");
  return queries;
}

describe("the README's Cypher queries", () => {
  let driver: Driver;
  let queries: Map<string, string>;
  const run = async (title: string) => {
    const query = queries.get(title);
    if (!query) throw new Error(`README has no query "${title}"`);
    const { records } = await driver.executeQuery(query, {}, { database: TEST_DATABASE });
    return records.map((record) => record.toObject());
  };

  beforeAll(async () => {
    driver = testDriver();
    queries = await readmeQueries();
    await clearGraph(driver);
    await applySchema(driver, TEST_DATABASE);
    const files = await collectFiles([`${root}seeds/articles`, `${root}tests/fixtures/articles`]);
    await loadFiles(driver, TEST_DATABASE, files, defaultGazetteer(), {
      batchSize: 50,
      dryRun: false,
      maxBytes: 1e7,
    });
  });
  afterAll(async () => {
    await clearGraph(driver);
    await driver.close();
  });

  it("has five", () => expect(queries.size).toBe(5));

  it("1. finds who negotiates S-400 with Russia", async () => {
    expect(await run("Who negotiates S-400 with Russia?")).toEqual([
      { country: "Egypt", nameAr: "مصر", status: "under negotiation", lastReported: "2024-12-02" },
      { country: "Iraq", nameAr: "العراق", status: "under negotiation", lastReported: "2024-12-02" },
      { country: "Morocco", nameAr: "المغرب", status: "under negotiation", lastReported: "2024-12-02" },
      { country: "Qatar", nameAr: "قطر", status: "under negotiation", lastReported: "2024-12-02" },
    ]);
  });

  it("2. ranks Morocco's partners", async () => {
    expect(await run("Morocco's partners by number of deals")).toEqual([
      { partner: "Pakistan", deals: 1, kinds: ["cooperation agreement"] },
      { partner: "Russian Federation", deals: 1, kinds: ["acquisition"] },
    ]);
  });

  it("3. lists every report of one deal with evidence, oldest first", async () => {
    const reports = await run("Every report of one deal, with its evidence");
    expect(reports.map(({ date, outlet, status }) => ({ date, outlet, status }))).toEqual([
      { date: "2024-11-20", outlet: "Hespress", status: "rumoured" },
      { date: "2024-12-02", outlet: "Alayam24", status: "under negotiation" },
    ]);
    expect(reports[1]?.evidence).toContain("تناقش المملكة المغربية مع روسيا");
  });

  it("4. finds Pakistani systems offered to African states", async () => {
    expect(await run("Systems of Pakistani origin offered to African states")).toEqual([
      { system: "JF-17 Thunder", country: "Nigeria", status: "delivered", lastReported: "2021-05-20" },
    ]);
  });

  it("5. credits the outlets that reported a deal first", async () => {
    expect(await run("Outlets that reported a deal first")).toEqual([
      { outlet: "Alayam24", dealsReportedFirst: 3 },
      { outlet: "Assahifa", dealsReportedFirst: 2 },
      { outlet: "Hespress", dealsReportedFirst: 1 },
    ]);
  });
});
