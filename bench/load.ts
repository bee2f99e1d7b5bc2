/**
 * Load speed into an empty Neo4j, against a baseline that writes the very same rows with the
 * leanest Cypher (one `UNWIND $rows MERGE …` per label and relationship type, 5,000-row
 * batches, no version check and no deal aggregation), and the time to reload an already
 * loaded corpus (everything unchanged). Extraction runs once up front and is timed apart.
 *
 * The baseline runs first, then the loader, after one untimed warm-up pass of each on the first
 * 1,000 articles. Runs against the kit's "bench" instance (bench/neo4j.ts), so no other graph
 * is touched.   npx tsx bench/load.ts [counts=1000,10000] [batchSize=1000]
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { Driver } from "neo4j-driver";
import { defaultGazetteer, extractArticle } from "../src/extract/index.js";
import { type ArticleToWrite, applySchema, writeArticles } from "../src/graph/index.js";
import { addArticleRows, emptyRows, type Rows } from "../src/graph/rows.js";
import { listInputs, parseText } from "../src/parse/index.js";
import { writeCorpus } from "./corpus.js";
import { clearGraph as clear, BENCH_DATABASE as DATABASE, graphSize, openBenchGraph } from "./neo4j.js";

const [countsArg = "1000,10000", batchArg = "1000"] = process.argv.slice(2);
const counts = countsArg.split(",").map(Number);
const batchSize = Number(batchArg);
const BASELINE_BATCH = 5_000;

/** The baseline's deal rows: one Deal per distinct report signature, no resolution, no aggregation. */
interface BaselineRows extends Omit<Rows, "reports"> {
  deals: { id: string; props: { kind: string } }[];
  parties: { deal: string; code: string }[];
  involves: { deal: string; system: string }[];
  reports: { article: string; deal: string; props: Rows["reports"][number]["props"] }[];
}

function baselineRows(rows: Rows): BaselineRows {
  const deals = new Map(rows.reports.map((report) => [report.signature, report]));
  return {
    ...rows,
    deals: [...deals.values()].map((report) => ({ id: report.signature, props: { kind: report.kind } })),
    parties: [...deals.values()].flatMap((report) =>
      report.parties.map((code) => ({ deal: report.signature, code })),
    ),
    involves: [...deals.values()].flatMap((report) =>
      (report.props.systemIds as string[]).map((system) => ({ deal: report.signature, system })),
    ),
    reports: rows.reports.map((report) => ({
      article: report.article,
      deal: report.signature,
      props: report.props,
    })),
  };
}

const BASELINE: [keyof BaselineRows, string][] = [
  ["articles", "UNWIND $rows AS r MERGE (a:Article {id: r.id}) SET a += r.props"],
  ["sources", "UNWIND $rows AS r MERGE (s:Source {id: r.id}) SET s += r.props"],
  ["countries", "UNWIND $rows AS r MERGE (c:Country {code: r.code}) SET c += r.props"],
  ["systems", "UNWIND $rows AS r MERGE (s:System {id: r.id}) SET s += r.props"],
  ["organizations", "UNWIND $rows AS r MERGE (o:Organization {id: r.id}) SET o += r.props"],
  ["people", "UNWIND $rows AS r MERGE (p:Person {id: r.id}) SET p += r.props"],
  ["deals", "UNWIND $rows AS r MERGE (d:Deal {id: r.id}) SET d += r.props"],
  [
    "publishedBy",
    "UNWIND $rows AS r MATCH (a:Article {id: r.article}), (s:Source {id: r.source}) MERGE (a)-[:PUBLISHED_BY]->(s)",
  ],
  [
    "via",
    "UNWIND $rows AS r MATCH (a:Article {id: r.article}), (s:Source {id: r.source}) MERGE (a)-[:VIA]->(s)",
  ],
  [
    "cites",
    "UNWIND $rows AS r MATCH (a:Article {id: r.article}), (s:Source {id: r.source}) MERGE (a)-[:CITES]->(s)",
  ],
  [
    "countryMentions",
    "UNWIND $rows AS r MATCH (a:Article {id: r.article}), (c:Country {code: r.code}) MERGE (a)-[m:MENTIONS]->(c) SET m.count = r.count",
  ],
  [
    "systemMentions",
    "UNWIND $rows AS r MATCH (a:Article {id: r.article}), (s:System {id: r.id}) MERGE (a)-[m:MENTIONS]->(s) SET m.count = r.count",
  ],
  [
    "organizationMentions",
    "UNWIND $rows AS r MATCH (a:Article {id: r.article}), (o:Organization {id: r.id}) MERGE (a)-[m:MENTIONS]->(o) SET m.count = r.count",
  ],
  [
    "quoted",
    "UNWIND $rows AS r MATCH (a:Article {id: r.article}), (p:Person {id: r.person}) MERGE (p)-[q:QUOTED_IN]->(a) SET q.role = r.role",
  ],
  [
    "wrote",
    "UNWIND $rows AS r MATCH (a:Article {id: r.article}), (p:Person {id: r.person}) MERGE (p)-[:WROTE]->(a)",
  ],
  [
    "parties",
    "UNWIND $rows AS r MATCH (d:Deal {id: r.deal}), (c:Country {code: r.code}) MERGE (c)-[:PARTY_TO]->(d)",
  ],
  [
    "involves",
    "UNWIND $rows AS r MATCH (d:Deal {id: r.deal}), (s:System {id: r.system}) MERGE (d)-[:INVOLVES]->(s)",
  ],
  [
    "reports",
    "UNWIND $rows AS r MATCH (a:Article {id: r.article}), (d:Deal {id: r.deal}) CREATE (a)-[x:REPORTS]->(d) SET x = r.props",
  ],
];

async function extractAll(folder: string): Promise<{ items: ArticleToWrite[]; seconds: number }> {
  const gazetteer = defaultGazetteer();
  const items: ArticleToWrite[] = [];
  const started = performance.now();
  for await (const file of listInputs([folder])) {
    for (const item of parseText(file, await readFile(file, "utf8"))) {
      if (item.ok)
        items.push({ file, extraction: extractArticle(item.article, gazetteer), parsed: item.article });
    }
  }
  return { items, seconds: (performance.now() - started) / 1000 };
}

async function timed(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

async function loadWithLoader(driver: Driver, items: ArticleToWrite[]): Promise<void> {
  for (let start = 0; start < items.length; start += batchSize) {
    await writeArticles(driver, DATABASE, items.slice(start, start + batchSize), defaultGazetteer());
  }
}

async function loadWithBaseline(driver: Driver, items: ArticleToWrite[]): Promise<void> {
  const articleRows = emptyRows();
  for (const item of items) addArticleRows(articleRows, item, defaultGazetteer());
  const rows = baselineRows(articleRows);
  for (const [list, statement] of BASELINE) {
    const all = rows[list] as unknown[];
    for (let start = 0; start < all.length; start += BASELINE_BATCH) {
      await driver.executeQuery(
        statement,
        { rows: all.slice(start, start + BASELINE_BATCH) },
        { database: DATABASE },
      );
    }
  }
}

const { driver } = await openBenchGraph();

/** One untimed pass of both writers, so the first timed one does not pay for JIT warm-up. */
async function warmUp(items: ArticleToWrite[]): Promise<void> {
  const sample = items.slice(0, 1000);
  for (const load of [loadWithLoader, loadWithBaseline]) {
    await clear(driver);
    await applySchema(driver, DATABASE);
    await load(driver, sample);
  }
}

try {
  for (const count of counts) {
    const folder = `bench/out/corpus-${count}`;
    if (!existsSync(folder)) await writeCorpus(count, folder);
    const { items, seconds: extractSeconds } = await extractAll(folder);
    if (count === counts[0]) await warmUp(items);

    await clear(driver);
    await applySchema(driver, DATABASE);
    const baselineSeconds = await timed(() => loadWithBaseline(driver, items));

    await clear(driver);
    await applySchema(driver, DATABASE);
    const loaderSeconds = await timed(() => loadWithLoader(driver, items));
    const size = await graphSize(driver);
    const reloadSeconds = await timed(() => loadWithLoader(driver, items));

    const result = {
      benchmark: "load",
      articles: items.length,
      batchSize,
      extractSeconds: +extractSeconds.toFixed(2),
      loaderSeconds: +loaderSeconds.toFixed(2),
      loaderArticlesPerSecond: Math.round(items.length / loaderSeconds),
      loaderEntitiesPerSecond: Math.round(size / loaderSeconds),
      baselineSeconds: +baselineSeconds.toFixed(2),
      baselineArticlesPerSecond: Math.round(items.length / baselineSeconds),
      loaderOverBaseline: +(baselineSeconds / loaderSeconds).toFixed(2),
      reloadSeconds: +reloadSeconds.toFixed(2),
      reloadSpeedup: +(loaderSeconds / reloadSeconds).toFixed(1),
      nodesAndRelationships: size,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
} finally {
  await clear(driver);
  await driver.close();
}
