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
import { bucketParts, dealIdsBySignature, resolveBuckets } from "../resolve/index.js";
import type { GraphReader } from "./reads.js";
import {
  type ArticleToWrite,
  addArticleRows,
  articleKey,
  emptyRows,
  type ReportRow,
  type Rows,
} from "./rows.js";

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
    "variantOf",
    "UNWIND $rows AS row MATCH (v:System {id: row.variant}), (f:System {id: row.family}) MERGE (v)-[:VARIANT_OF]->(f)",
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
];

const CLASSIFY = `
UNWIND $rows AS row
OPTIONAL MATCH (same:Article {id: row.id})
OPTIONAL MATCH (older:Article {key: row.key}) WHERE older.id <> row.id
RETURN row.id AS id, same IS NOT NULL AS present, collect(older.id) AS replaces`;

const REMOVE_OLD_VERSIONS = `
UNWIND $ids AS id
MATCH (old:Article {id: id})
OPTIONAL MATCH (old)-[r:REPORTS]->(:Deal)
WITH old, collect(DISTINCT r.bucket) AS buckets
OPTIONAL MATCH (old)--(p:Person)
WITH old, buckets, collect(DISTINCT p.id) AS people
DETACH DELETE old
RETURN buckets, people`;

/** People of removed articles whom no other article names any more (never a scan of all people). */
const REMOVE_ORPHANS = `
UNWIND $ids AS id
MATCH (p:Person {id: id}) WHERE NOT (p)--()
DELETE p`;

const peopleOf = (removed: QueryResult) => [
  ...new Set(removed.records.flatMap((record) => record.get("people") as string[])),
];
const bucketsOf = (removed: QueryResult) =>
  removed.records.flatMap((record) => record.get("buckets") as string[]);

/**
 * Taken first for every bucket a batch touches, in one order: two loaders writing reports of
 * one bucket take turns, and the second resolves against what the first committed. (Setting and
 * removing a property takes the node's write lock until commit and leaves no trace.)
 */
const LOCK_BUCKETS = `
UNWIND $buckets AS key
MERGE (b:DealBucket {key: key})
SET b.locked = true
REMOVE b.locked`;

/** The signatures reported in each bucket, and the deal each one's reports are on now. */
const SIGNATURES_IN_BUCKETS = `
UNWIND $buckets AS key
MATCH ()-[r:REPORTS {bucket: key}]->(d:Deal)
RETURN DISTINCT key AS bucket, r.signature AS signature, d.id AS deal`;

const MERGE_DEALS = `
UNWIND $rows AS row
MERGE (d:Deal {id: row.id})
SET d.kind = row.kind, d.bucket = row.bucket
WITH d, row
UNWIND row.parties AS code
MERGE (c:Country {code: code})
MERGE (c)-[:PARTY_TO]->(d)`;

const CREATE_REPORTS = `
UNWIND $rows AS row
MATCH (a:Article {id: row.article}), (d:Deal {id: row.deal})
CREATE (a)-[r:REPORTS]->(d) SET r = row.props`;

/** Reports already in the graph whose signature now resolves to another deal move to it. */
const MOVE_REPORTS = `
UNWIND $rows AS row
MATCH (a:Article)-[r:REPORTS {signature: row.signature}]->(old:Deal {id: row.from})
MATCH (d:Deal {id: row.deal})
CREATE (a)-[moved:REPORTS]->(d) SET moved = properties(r)
DELETE r`;

const REMOVE_UNREPORTED_DEALS = `
UNWIND $buckets AS key
MATCH (d:Deal {bucket: key}) WHERE NOT ()-[:REPORTS]->(d)
DETACH DELETE d`;

/**
 * A deal involves every system its reports name, and the families of the variants among them:
 * a family's deals (a system's deals, the deals filter, search, paths) include its variants'.
 */
const LINK_SYSTEMS = `
UNWIND $ids AS id
MATCH (d:Deal {id: id})
OPTIONAL MATCH (d)-[old:INVOLVES]->(:System)
DELETE old
WITH DISTINCT d
MATCH (d)<-[r:REPORTS]-(:Article)
UNWIND r.systemIds AS id
WITH DISTINCT d, id
MATCH (s:System {id: id})
MERGE (d)-[:INVOLVES]->(s)
WITH d, s
MATCH (s)-[:VARIANT_OF]->(family:System)
MERGE (d)-[:INVOLVES]->(family)`;

/**
 * A deal's figures from its reports, latest first: status is the latest report's (within one
 * date, the one earliest in its article), unless a report of an earlier date had gone further
 * (a "negotiating" report after a delivery is kept and the deal flagged, not moved back); a stated value, quantity, year or role is the latest stated;
 * \`conflicts\` names the fields whose reports disagree (quantities of deliveries are batches and
 * do not count).
 */
const AGGREGATE_DEALS = `
UNWIND $ids AS id
MATCH (d:Deal {id: id})<-[r:REPORTS]-(a:Article)
WITH d, r, a ORDER BY coalesce(a.publishedAt, '') DESC, a.id ASC, r.start ASC
WITH d, collect(r) AS reports, [x IN collect(a.publishedAt) WHERE x IS NOT NULL] AS dates
WITH d, reports, dates,
     {rumoured: 0, \`under negotiation\`: 1, agreed: 2, signed: 3, delivered: 4} AS stage
WITH d, reports, dates, stage,
     [x IN reports WHERE x.publishedAt < reports[0].publishedAt] AS earlier
WITH d, reports, dates, stage,
     reduce(best = null, x IN earlier | CASE WHEN stage[x.status] IS NOT NULL AND (best IS NULL OR stage[x.status] > stage[best]) THEN x.status ELSE best END) AS furthestBefore,
     reduce(best = null, x IN reports | CASE WHEN stage[x.status] IS NOT NULL AND (best IS NULL OR stage[x.status] > stage[best]) THEN x.status ELSE best END) AS furthest
WITH d, reports, dates, furthest, furthestBefore,
     stage[reports[0].status] IS NOT NULL AND stage[reports[0].status] < stage[furthestBefore] AS regressed,
     [field IN ['value', 'quantity', 'year', 'supplier', 'recipient'] WHERE size(reduce(seen = [], x IN reports |
        CASE
          WHEN x[field] IS NULL OR (field = 'quantity' AND x.status = 'delivered') THEN seen
          WHEN (CASE field WHEN 'value' THEN toString(x.value) + ' ' + x.currency ELSE toString(x[field]) END) IN seen THEN seen
          ELSE seen + (CASE field WHEN 'value' THEN toString(x.value) + ' ' + x.currency ELSE toString(x[field]) END)
        END)) > 1] AS conflicts
SET d.status = CASE
      WHEN regressed THEN furthestBefore
      WHEN reports[0].status = 'unknown' AND furthest IS NOT NULL THEN furthest
      ELSE reports[0].status END,
    d.statusRegressed = regressed,
    d.conflicts = conflicts,
    d.reportCount = size(reports),
    d.firstReported = reduce(first = null, x IN dates | CASE WHEN first IS NULL OR x < first THEN x ELSE first END),
    d.lastReported = reduce(last = null, x IN dates | CASE WHEN last IS NULL OR x > last THEN x ELSE last END),
    d.supplier = head([x IN reports WHERE x.supplier IS NOT NULL | x.supplier]),
    d.recipient = head([x IN reports WHERE x.recipient IS NOT NULL | x.recipient]),
    d.quantity = head([x IN reports WHERE x.quantity IS NOT NULL AND x.status <> 'delivered' | x.quantity] + [x IN reports WHERE x.quantity IS NOT NULL | x.quantity]),
    d.value = head([x IN reports WHERE x.value IS NOT NULL | x.value]),
    d.currency = head([x IN reports WHERE x.value IS NOT NULL | x.currency]),
    d.year = head([x IN reports WHERE x.year IS NOT NULL | x.year]),
    d.nature = head([x IN reports WHERE x.nature IS NOT NULL | x.nature])
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

/** `rewrite`: an article already in the graph is written again, as a new version of itself. */
async function classify(
  tx: Pick<ManagedTransaction, "run">,
  items: ArticleToWrite[],
  rewrite = false,
): Promise<Classified> {
  // The same article twice in one batch (copies of a file) is written once.
  const unique = [...new Map(items.map((item) => [item.extraction.article.id, item])).values()];
  const rows = unique.map((item) => ({ id: item.extraction.article.id, key: articleKey(item) }));
  const result = await tx.run(CLASSIFY, { rows });
  const state = new Map(result.records.map((record) => [record.get("id") as string, record]));
  const classified: Classified = { fresh: [], unchanged: [], replaces: [], updated: 0 };
  for (const item of unique) {
    const record = state.get(item.extraction.article.id);
    if (record?.get("present") && !rewrite) {
      classified.unchanged.push(item);
      continue;
    }
    const replaces = [
      ...((record?.get("replaces") as string[] | undefined) ?? []),
      ...(record?.get("present") ? [item.extraction.article.id] : []),
    ];
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
  rewrite: boolean,
): Promise<WriteCounts> {
  const counts = zeroCounts();
  const classified = await classify(tx, items, rewrite);
  counts.unchanged = classified.unchanged.length;
  counts.updated = classified.updated;
  counts.new = classified.fresh.length - classified.updated;
  const buckets = new Set<string>();
  const bucketsWithRemovals = new Set<string>();
  let formerPeople: string[] = [];
  if (classified.replaces.length > 0) {
    const removed = await tx.run(REMOVE_OLD_VERSIONS, { ids: classified.replaces });
    countUpdates(counts, removed);
    for (const bucket of bucketsOf(removed)) {
      buckets.add(bucket);
      bucketsWithRemovals.add(bucket);
    }
    formerPeople = peopleOf(removed);
  }
  const rows = emptyRows();
  for (const item of classified.fresh) addArticleRows(rows, item, gazetteer);
  dedupeNodes(rows);
  for (const [list, statement] of STATEMENTS) {
    if (rows[list].length > 0) countUpdates(counts, await tx.run(statement, { rows: rows[list] }));
  }
  for (const report of rows.reports) buckets.add(report.bucket);
  if (buckets.size > 0)
    await resolveAndWriteDeals(tx, [...buckets].sort(), rows.reports, gazetteer, counts, bucketsWithRemovals);
  if (formerPeople.length > 0) countUpdates(counts, await tx.run(REMOVE_ORPHANS, { ids: formerPeople }));
  return counts;
}

/**
 * The resolve stage against the graph: every signature reported in the touched buckets (those
 * already written and the batch's new ones) resolves to its deal; new reports are written to
 * it, older ones move where resolution now puts them, and the buckets' deals re-aggregate.
 */
async function resolveAndWriteDeals(
  tx: ManagedTransaction,
  buckets: string[],
  reports: ReportRow[],
  gazetteer: Gazetteer,
  counts: WriteCounts,
  bucketsWithRemovals: Set<string> = new Set(buckets),
): Promise<void> {
  countUpdates(counts, await tx.run(LOCK_BUCKETS, { buckets }));
  const existing = (await tx.run(SIGNATURES_IN_BUCKETS, { buckets })).records.map((record) => ({
    bucket: record.get("bucket") as string,
    signature: record.get("signature") as string,
    deal: record.get("deal") as string,
  }));
  const signatures = new Map<string, string[]>(buckets.map((bucket) => [bucket, []]));
  for (const row of [...existing, ...reports]) signatures.get(row.bucket)?.push(row.signature);
  const contracts = resolveBuckets(signatures, gazetteer);
  const dealOf = dealIdsBySignature(contracts.values());
  const deals = [...contracts.entries()].flatMap(([bucket, list]) =>
    list.map((contract) => ({ id: contract.id, bucket, ...bucketParts(bucket) })),
  );
  const moves = existing
    .map((row) => ({ signature: row.signature, from: row.deal, deal: dealOf.get(row.signature) as string }))
    .filter((move) => move.deal !== move.from);
  // Deals whose reports change: they gain new or moved reports, lose moved ones, or lost an article's.
  const touched = new Set([
    ...reports.map((report) => dealOf.get(report.signature) as string),
    ...moves.flatMap((move) => [move.from, move.deal]),
    ...existing.filter((row) => bucketsWithRemovals.has(row.bucket)).map((row) => row.deal),
    ...deals.filter((deal) => bucketsWithRemovals.has(deal.bucket)).map((deal) => deal.id),
  ]);
  const run = async (statement: string, params: Record<string, unknown>) =>
    countUpdates(counts, await tx.run(statement, params));
  const changing = deals.filter((deal) => touched.has(deal.id));
  if (changing.length > 0) await run(MERGE_DEALS, { rows: changing });
  if (moves.length > 0) await run(MOVE_REPORTS, { rows: moves });
  const fresh = reports.map((report) => ({
    article: report.article,
    deal: dealOf.get(report.signature),
    props: report.props,
  }));
  if (fresh.length > 0) await run(CREATE_REPORTS, { rows: fresh });
  await run(REMOVE_UNREPORTED_DEALS, { buckets });
  const ids = [...touched].sort();
  await run(LINK_SYSTEMS, { ids });
  await run(AGGREGATE_DEALS, { ids });
}

/**
 * An API request's part in a write: its bookmarks (its next reads see the write, on any replica)
 * and its transaction metadata (the request id).
 */
export type WriteScope = Pick<GraphReader, "bookmarkManager" | "metadata">;

/** Writes one batch in one managed transaction (retried by the driver on transient errors). */
export async function writeArticles(
  driver: Driver,
  database: string,
  items: ArticleToWrite[],
  gazetteer: Gazetteer,
  options: { rewrite?: boolean } & WriteScope = {},
): Promise<WriteCounts> {
  const session = driver.session({ database, bookmarkManager: options.bookmarkManager });
  try {
    return await session.executeWrite((tx) => writeBatch(tx, items, gazetteer, options.rewrite ?? false), {
      metadata: options.metadata,
    });
  } finally {
    await session.close();
  }
}

/** Deletes articles with all their edges; deals left without reports go, the others re-aggregate. */
export async function deleteArticles(
  driver: Driver,
  database: string,
  ids: string[],
  gazetteer: Gazetteer,
  scope: WriteScope = {},
): Promise<WriteCounts> {
  const session = driver.session({ database, bookmarkManager: scope.bookmarkManager });
  try {
    return await session.executeWrite(
      async (tx) => {
        const counts = zeroCounts();
        const removed = await tx.run(REMOVE_OLD_VERSIONS, { ids });
        countUpdates(counts, removed);
        const buckets = [...new Set(bucketsOf(removed))].sort();
        if (buckets.length > 0) await resolveAndWriteDeals(tx, buckets, [], gazetteer, counts);
        const people = peopleOf(removed);
        if (people.length > 0) countUpdates(counts, await tx.run(REMOVE_ORPHANS, { ids: people }));
        return counts;
      },
      { metadata: scope.metadata },
    );
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
