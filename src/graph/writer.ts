/**
 * Writes extracted articles into Neo4j: one managed write transaction per batch, parameterised
 * `UNWIND $rows` statements only, MERGE on constrained keys, so a batch lands whole or not at
 * all and loading again changes nothing.
 *
 * - An article whose id (content hash) is already there is unchanged and skipped.
 * - An article with a known key (URL, else file) but a new id is a new version: the old
 *   Article and all its edges go, the new one comes in whole.
 * - Deals aggregate their reports: after every batch the touched deals recompute status (the
 *   latest report; within one date, the one earliest in its article), first/last reported,
 *   quantity/value/year and their parties' roles; a deal left without reports is removed.
 */
import type { Driver, ManagedTransaction, QueryResult } from "neo4j-driver";
import type { Gazetteer } from "../extract/index.js";
import { type ArticleToWrite, addArticleRows, articleKey, emptyRows, type Rows } from "./rows.js";

export type { ArticleToWrite } from "./rows.js";

export interface WriteCounts {
  new: number;
  unchanged: number;
  updated: number;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

export const zeroCounts = (): WriteCounts => ({
  new: 0,
  unchanged: 0,
  updated: 0,
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
});

export function addCounts(total: WriteCounts, more: WriteCounts): WriteCounts {
  for (const key of Object.keys(zeroCounts()) as (keyof WriteCounts)[]) total[key] += more[key];
  return total;
}

/** Each statement with the name of the row list it UNWINDs. */
const STATEMENTS: [keyof Rows, string][] = [
  ["articles", "UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row.props"],
  ["sources", "UNWIND $rows AS row MERGE (s:Source {id: row.id}) ON CREATE SET s += row.props"],
  [
    "publishedBy",
    "UNWIND $rows AS row MATCH (a:Article {id: row.article}), (s:Source {id: row.source}) MERGE (a)-[:PUBLISHED_BY]->(s)",
  ],
  [
    "via",
    "UNWIND $rows AS row MATCH (a:Article {id: row.article}), (s:Source {id: row.source}) MERGE (a)-[:VIA]->(s)",
  ],
  [
    "cites",
    "UNWIND $rows AS row MATCH (a:Article {id: row.article}), (s:Source {id: row.source}) MERGE (a)-[:CITES]->(s)",
  ],
  ["countries", "UNWIND $rows AS row MERGE (c:Country {code: row.code}) ON CREATE SET c += row.props"],
  [
    "systems",
    `UNWIND $rows AS row
     MERGE (s:System {id: row.id}) ON CREATE SET s += row.props
     FOREACH (code IN CASE WHEN row.origin IS NULL THEN [] ELSE [row.origin] END |
       MERGE (origin:Country {code: code})
       MERGE (s)-[:ORIGINATES_IN]->(origin))
     WITH s, row WHERE row.maker IS NOT NULL
     MERGE (o:Organization {id: row.maker.id}) ON CREATE SET o += row.maker.props
     MERGE (s)-[:MADE_BY]->(o)`,
  ],
  [
    "organizations",
    `UNWIND $rows AS row
     MERGE (o:Organization {id: row.id}) ON CREATE SET o += row.props
     WITH o, row WHERE row.country IS NOT NULL
     MERGE (c:Country {code: row.country})
     MERGE (o)-[:BASED_IN]->(c)`,
  ],
  ["people", "UNWIND $rows AS row MERGE (p:Person {id: row.id}) ON CREATE SET p += row.props"],
  [
    "countryMentions",
    "UNWIND $rows AS row MATCH (a:Article {id: row.article}), (c:Country {code: row.code}) MERGE (a)-[m:MENTIONS]->(c) SET m.count = row.count",
  ],
  [
    "systemMentions",
    "UNWIND $rows AS row MATCH (a:Article {id: row.article}), (s:System {id: row.id}) MERGE (a)-[m:MENTIONS]->(s) SET m.count = row.count",
  ],
  [
    "organizationMentions",
    "UNWIND $rows AS row MATCH (a:Article {id: row.article}), (o:Organization {id: row.id}) MERGE (a)-[m:MENTIONS]->(o) SET m.count = row.count",
  ],
  [
    "quoted",
    `UNWIND $rows AS row MATCH (a:Article {id: row.article}), (p:Person {id: row.person})
     MERGE (p)-[q:QUOTED_IN]->(a) SET q.role = row.role
     MERGE (a)-[:MENTIONS]->(p)
     WITH p, row WHERE row.role IS NOT NULL SET p.role = row.role`,
  ],
  [
    "wrote",
    "UNWIND $rows AS row MATCH (a:Article {id: row.article}), (p:Person {id: row.person}) MERGE (p)-[:WROTE]->(a) SET p.role = coalesce(p.role, 'author')",
  ],
  ["deals", "UNWIND $rows AS row MERGE (d:Deal {id: row.id}) ON CREATE SET d += row.props"],
  [
    "parties",
    "UNWIND $rows AS row MATCH (d:Deal {id: row.deal}) MERGE (c:Country {code: row.code}) MERGE (c)-[:PARTY_TO]->(d)",
  ],
  [
    "involves",
    "UNWIND $rows AS row MATCH (d:Deal {id: row.deal}), (s:System {id: row.system}) MERGE (d)-[:INVOLVES]->(s)",
  ],
  [
    "reports",
    "UNWIND $rows AS row MATCH (a:Article {id: row.article}), (d:Deal {id: row.deal}) CREATE (a)-[r:REPORTS]->(d) SET r = row.props",
  ],
];

const CLASSIFY = `
UNWIND $rows AS row
OPTIONAL MATCH (same:Article {id: row.id})
OPTIONAL MATCH (older:Article {key: row.key}) WHERE older.id <> row.id
RETURN row.id AS id, same IS NOT NULL AS present, collect(older.id) AS replaces`;

const REMOVE_OLD_VERSIONS = `
UNWIND $ids AS id
MATCH (old:Article {id: id})
OPTIONAL MATCH (old)-[:REPORTS]->(d:Deal)
WITH old, collect(DISTINCT d.id) AS deals
OPTIONAL MATCH (old)--(p:Person)
WITH old, deals, collect(DISTINCT p.id) AS people
DETACH DELETE old
RETURN deals, people`;

/** People of removed articles whom no other article names any more (never a scan of all people). */
const REMOVE_ORPHANS = `
UNWIND $ids AS id
MATCH (p:Person {id: id}) WHERE NOT (p)--()
DELETE p`;

const REMOVE_UNREPORTED_DEALS = `
UNWIND $ids AS id
MATCH (d:Deal {id: id}) WHERE NOT ()-[:REPORTS]->(d)
DETACH DELETE d`;

const peopleOf = (removed: QueryResult) => [
  ...new Set(removed.records.flatMap((record) => record.get("people") as string[])),
];

const AGGREGATE_DEALS = `
UNWIND $ids AS id
MATCH (d:Deal {id: id})<-[r:REPORTS]-(a:Article)
WITH d, r, a ORDER BY coalesce(a.publishedAt, '') DESC, r.start ASC
WITH d, collect(r) AS reports, [x IN collect(a.publishedAt) WHERE x IS NOT NULL] AS dates
SET d.status = reports[0].status,
    d.reportCount = size(reports),
    d.firstReported = reduce(first = null, x IN dates | CASE WHEN first IS NULL OR x < first THEN x ELSE first END),
    d.lastReported = reduce(last = null, x IN dates | CASE WHEN last IS NULL OR x > last THEN x ELSE last END),
    d.supplier = head([x IN reports WHERE x.supplier IS NOT NULL | x.supplier]),
    d.recipient = head([x IN reports WHERE x.recipient IS NOT NULL | x.recipient]),
    d.quantity = head([x IN reports WHERE x.quantity IS NOT NULL | x.quantity]),
    d.value = head([x IN reports WHERE x.value IS NOT NULL | x.value]),
    d.currency = head([x IN reports WHERE x.value IS NOT NULL | x.currency]),
    d.year = head([x IN reports WHERE x.year IS NOT NULL | x.year])
WITH d
MATCH (c:Country)-[p:PARTY_TO]->(d)
SET p.role = CASE c.code WHEN d.supplier THEN 'supplier' WHEN d.recipient THEN 'recipient' ELSE 'partner' END`;

/** A node row per key: articles of one batch share countries and systems, and one MERGE each is enough. */
function dedupeNodes(rows: Rows): Rows {
  const byKey = <T>(list: T[], key: (row: T) => string) => [
    ...new Map(list.map((row) => [key(row), row])).values(),
  ];
  rows.sources = byKey(rows.sources, (row) => row.id);
  rows.countries = byKey(rows.countries, (row) => row.code);
  rows.systems = byKey(rows.systems, (row) => row.id);
  rows.organizations = byKey(rows.organizations, (row) => row.id);
  rows.people = byKey(rows.people, (row) => row.id);
  rows.deals = byKey(rows.deals, (row) => row.id);
  return rows;
}

function countUpdates(counts: WriteCounts, result: QueryResult): void {
  const updates = result.summary.counters.updates();
  counts.nodesCreated += updates.nodesCreated;
  counts.nodesDeleted += updates.nodesDeleted;
  counts.relationshipsCreated += updates.relationshipsCreated;
  counts.relationshipsDeleted += updates.relationshipsDeleted;
}

export interface Classified {
  fresh: ArticleToWrite[];
  unchanged: ArticleToWrite[];
  /** Ids of older versions that fresh articles replace. */
  replaces: string[];
  updated: number;
}

async function classify(tx: Pick<ManagedTransaction, "run">, items: ArticleToWrite[]): Promise<Classified> {
  // The same article twice in one batch (copies of a file) is written once.
  const unique = [...new Map(items.map((item) => [item.extraction.article.id, item])).values()];
  const rows = unique.map((item) => ({ id: item.extraction.article.id, key: articleKey(item) }));
  const result = await tx.run(CLASSIFY, { rows });
  const state = new Map(result.records.map((record) => [record.get("id") as string, record]));
  const classified: Classified = { fresh: [], unchanged: [], replaces: [], updated: 0 };
  for (const item of unique) {
    const record = state.get(item.extraction.article.id);
    if (record?.get("present")) {
      classified.unchanged.push(item);
      continue;
    }
    const replaces = (record?.get("replaces") as string[] | undefined) ?? [];
    if (replaces.length > 0) classified.updated += 1;
    classified.replaces.push(...replaces);
    classified.fresh.push(item);
  }
  classified.unchanged.push(...items.filter((item) => !unique.includes(item)));
  return classified;
}

async function writeBatch(
  tx: ManagedTransaction,
  items: ArticleToWrite[],
  gazetteer: Gazetteer,
): Promise<WriteCounts> {
  const counts = zeroCounts();
  const classified = await classify(tx, items);
  counts.unchanged = classified.unchanged.length;
  counts.updated = classified.updated;
  counts.new = classified.fresh.length - classified.updated;
  const touchedDeals = new Set<string>();
  let formerPeople: string[] = [];
  if (classified.replaces.length > 0) {
    const removed = await tx.run(REMOVE_OLD_VERSIONS, { ids: classified.replaces });
    countUpdates(counts, removed);
    for (const record of removed.records)
      for (const id of record.get("deals") as string[]) touchedDeals.add(id);
    formerPeople = peopleOf(removed);
  }
  const rows = emptyRows();
  for (const item of classified.fresh) addArticleRows(rows, item, gazetteer);
  dedupeNodes(rows);
  for (const [list, statement] of STATEMENTS) {
    if (rows[list].length > 0) countUpdates(counts, await tx.run(statement, { rows: rows[list] }));
  }
  for (const deal of rows.deals) touchedDeals.add(deal.id);
  const ids = [...touchedDeals];
  if (ids.length > 0) {
    countUpdates(counts, await tx.run(REMOVE_UNREPORTED_DEALS, { ids }));
    countUpdates(counts, await tx.run(AGGREGATE_DEALS, { ids }));
  }
  if (formerPeople.length > 0) countUpdates(counts, await tx.run(REMOVE_ORPHANS, { ids: formerPeople }));
  return counts;
}

/** Writes one batch in one managed transaction (retried by the driver on transient errors). */
export async function writeArticles(
  driver: Driver,
  database: string,
  items: ArticleToWrite[],
  gazetteer: Gazetteer,
): Promise<WriteCounts> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite((tx) => writeBatch(tx, items, gazetteer));
  } finally {
    await session.close();
  }
}

/** Deletes articles with all their edges; deals left without reports go, the others re-aggregate. */
export async function deleteArticles(driver: Driver, database: string, ids: string[]): Promise<WriteCounts> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const counts = zeroCounts();
      const removed = await tx.run(REMOVE_OLD_VERSIONS, { ids });
      countUpdates(counts, removed);
      const deals = [...new Set(removed.records.flatMap((record) => record.get("deals") as string[]))];
      if (deals.length > 0) {
        countUpdates(counts, await tx.run(REMOVE_UNREPORTED_DEALS, { ids: deals }));
        countUpdates(counts, await tx.run(AGGREGATE_DEALS, { ids: deals }));
      }
      const people = peopleOf(removed);
      if (people.length > 0) countUpdates(counts, await tx.run(REMOVE_ORPHANS, { ids: people }));
      return counts;
    });
  } finally {
    await session.close();
  }
}

/** What writing `items` would do, without writing: new, unchanged and updated counts. */
export async function previewArticles(
  driver: Driver,
  database: string,
  items: ArticleToWrite[],
): Promise<WriteCounts> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    const classified = await session.executeRead((tx) => classify(tx, items));
    return {
      ...zeroCounts(),
      new: classified.fresh.length - classified.updated,
      updated: classified.updated,
      unchanged: classified.unchanged.length,
    };
  } finally {
    await session.close();
  }
}
