/**
 * `npm run reextract`: runs today's extraction and resolution over every article the graph
 * keeps (its text and spans are on the Article node), batch by batch, each article written
 * again as a new version of itself — so a failure half-way leaves every batch whole — then
 * removes what no article supports any more. The result equals a fresh load of the same files.
 */
import type { Driver } from "neo4j-driver";
import type { Gazetteer } from "../extract/index.js";
import { extractArticle } from "../extract/index.js";
import type { Article } from "../parse/index.js";
import { cypherInt } from "./reads.js";
import { addCounts, type WriteCounts, writeArticles, zeroCounts } from "./writer.js";

export class ReextractError extends Error {
  override name = "ReextractError";
}

const PAGE = `
MATCH (a:Article) WHERE a.id > $after
RETURN a.id AS id, a.file AS file, properties(a) AS props ORDER BY a.id LIMIT $limit`;

const WITHOUT_TEXT = "MATCH (a:Article) WHERE a.text IS NULL RETURN count(a) AS count";

/** Nodes that only articles' facts held up: gone when no article states them any more. */
const UNREPORTED_DEALS = "MATCH (d:Deal) WHERE NOT ()-[:REPORTS]->(d) DETACH DELETE d";
const ORPHANS = `
MATCH (n) WHERE (n:System OR n:Organization OR n:Country OR n:Source OR n:Person) AND NOT (n)--()
DELETE n`;
const EMPTY_BUCKETS = "MATCH (b:DealBucket) WHERE NOT EXISTS { MATCH (:Deal {bucket: b.key}) } DELETE b";

function articleOf(id: string, props: Record<string, unknown>): Article {
  const span = (start: unknown, end: unknown) =>
    typeof start === "number" && typeof end === "number" ? { start, end } : null;
  return {
    id,
    format: props.format as Article["format"],
    text: props.text as string,
    title: (props.title as string | null) ?? null,
    titleSpan: span(props.titleStart, props.titleEnd),
    bodySpan: span(props.bodyStart, props.bodyEnd) ?? { start: 0, end: (props.text as string).length },
    outlet: (props.outlet as string | null) ?? null,
    aggregator: (props.aggregator as string | null) ?? null,
    publishedAt: (props.publishedAt as string | null) ?? null,
    headerDate: (props.headerDate as string | null) ?? null,
    byline: (props.byline as string | null) ?? null,
    language: (props.language as Article["language"]) ?? null,
    url: (props.url as string | null) ?? null,
  };
}

export async function reextractGraph(
  driver: Driver,
  database: string,
  gazetteer: Gazetteer,
  batchSize: number,
  onBatch: (done: number) => void = () => {},
): Promise<WriteCounts & { articles: number }> {
  const { records } = await driver.executeQuery(WITHOUT_TEXT, {}, { database });
  const missing = Number(records[0]?.get("count") ?? 0);
  if (missing > 0)
    throw new ReextractError(
      `${missing} article(s) were written by a version that did not keep article text: load them again from their files (npm run load -- <paths>), then reextract.`,
    );
  const counts = { ...zeroCounts(), articles: 0 };
  let after = "";
  for (;;) {
    const page = await driver.executeQuery(PAGE, { after, limit: cypherInt(batchSize) }, { database });
    if (page.records.length === 0) break;
    const items = page.records.map((record) => {
      const parsed = articleOf(record.get("id"), record.get("props"));
      return {
        file: record.get("file") as string,
        modifiedAt: (record.get("props").modifiedAt as string | undefined) ?? null,
        parsed,
        extraction: extractArticle(parsed, gazetteer),
      };
    });
    addCounts(counts, await writeArticles(driver, database, items, gazetteer, { rewrite: true }));
    counts.articles += items.length;
    after = page.records.at(-1)?.get("id") as string;
    onBatch(counts.articles);
  }
  for (const cleanUp of [UNREPORTED_DEALS, ORPHANS]) await driver.executeQuery(cleanUp, {}, { database });
  await driver.executeQuery(EMPTY_BUCKETS, {}, { database });
  return counts;
}
