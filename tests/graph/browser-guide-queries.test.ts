/**
 * The ready Cypher questions of the Neo4j Browser guide (schema/browser-guide.html), run as
 * written against the seeds plus two fixture articles: the guide's promises are kept, or this
 * fails. (tests/graph/browser.test.ts plays the guide in Browser itself.)
 */
import { readFile } from "node:fs/promises";
import { load } from "cheerio";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearGraph, loadSeedGraph, TEST_DATABASE, testDriver } from "../support/graph.js";

const root = new URL("../../", import.meta.url).pathname;

/** Each slide's title and its runnable query, as Browser shows and runs them. */
async function guideQueries(): Promise<Map<string, string>> {
  const $ = load(await readFile(`${root}schema/browser-guide.html`, "utf8"));
  const queries = new Map<string, string>();
  for (const slide of $("slide").toArray()) {
    queries.set($(slide).find("h3").text().trim(), $(slide).find("pre.runnable").text());
  }
  return queries;
}

describe("the Browser guide's Cypher queries", () => {
  let driver: Driver;
  let queries: Map<string, string>;
  const run = async (title: string) => {
    const query = queries.get(title);
    if (!query) throw new Error(`the guide has no query "${title}"`);
    const { records } = await driver.executeQuery(query, {}, { database: TEST_DATABASE });
    return records.map((record) => record.toObject());
  };

  beforeAll(async () => {
    driver = testDriver();
    queries = await guideQueries();
    await loadSeedGraph(driver);
  });
  afterAll(async () => {
    await clearGraph(driver);
    await driver.close();
  });

  it("has eight, one a slide", () => expect(queries.size).toBe(8));

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

  it("6. finds the deals whose reports disagree", async () => {
    expect(await run("Deals whose reports disagree")).toEqual([
      {
        deal: "MA-PK:cooperation-agreement",
        latest: "under negotiation",
        statuses: ["signed", "under negotiation"],
        outlets: ["Assahifa"],
      },
      {
        deal: "MA-RU:acquisition:s-400",
        latest: "under negotiation",
        statuses: ["rumoured", "under negotiation"],
        // In the order of the statuses they reported.
        outlets: ["Hespress", "Alayam24"],
      },
    ]);
  });

  it("7. gives a deal's history, stage by stage", async () => {
    // The same two reports as question 3, one stage each.
    expect(await run("A deal's history")).toEqual([
      { status: "rumoured", since: "2024-11-20", reports: 1 },
      { status: "under negotiation", since: "2024-12-02", reports: 1 },
    ]);
  });

  it("8. lists uncatalogued systems with their deals", async () => {
    // A system the catalogue lacks, as the writer stores one (catalogued: false), in a seed deal.
    await driver.executeQuery(
      `MATCH (d:Deal {id: 'MA-RU:acquisition:s-400'})
       CREATE (d)-[:INVOLVES]->(:System {id: 'uncatalogued:xk-9', name: 'XK-9', category: 'air defence', catalogued: false})`,
      {},
      { database: TEST_DATABASE },
    );
    expect(await run("Uncatalogued systems")).toEqual([
      { system: "XK-9", category: "air defence", deals: 1, dealIds: ["MA-RU:acquisition:s-400"] },
    ]);
  });
});
