/**
 * Writes extracted articles into Neo4j: one managed write transaction per batch, parameterised
 * `UNWIND $rows` statements only, MERGE on constrained keys, so a batch lands whole or not at
 * all and loading again changes nothing. Writes are pipelined (pipeline.ts): the server works
 * through a batch's node and mention writes while this process resolves its deals.
 *
 * - An article whose id (content hash) is already there is unchanged and skipped.
 * - An article with a known key (URL, else file) but a new id is a new version: when it is the
 *   later one (src/graph/versions.ts), the old Article and all its edges go and the new one
 *   comes in whole; an earlier version is skipped as superseded.
 * - Every write transaction first takes the graph's one WriteLock node: loaders running at
 *   once write their batches in turn, each classifying against what the others committed, so
 *   two never create one article or one key twice (their parsing and extraction still overlap).
 * - Reports resolve to deals bucket by bucket (src/resolve): each bucket (party set + kind)
 *   keeps its state — every signature reported in it, how many reports carry it, the deal it
 *   resolves to — as DealSignature nodes (bucket-state.ts), so a batch never reads a bucket's
 *   reports, and a lone loader never reads bucket state back at all.
 * - Deals aggregate their reports (src/resolve/summary.ts): after every batch the deals whose reports
 *   changed recompute status (the latest report; within one date, the one earliest in its
 *   article), first/last reported, quantity/value/year, conflicts and their parties' roles; a
 *   deal no signature resolves to any more is removed.
 */
import type { Driver, ManagedTransaction, QueryResult } from "neo4j-driver";
import type { Gazetteer } from "../extract/index.js";
import { bucketParts, dealIdsBySignature, resolveBuckets } from "../resolve/index.js";
import {
  addReports,
  type DealSummary,
  dealFigures,
  emptySummary,
  type ReportFacts,
} from "../resolve/summary.js";
import { adopt, type BucketState, openBuckets, type StateChange, saveBuckets } from "./bucket-state.js";
import { type Pipeline, pipeline } from "./pipeline.js";
import type { GraphReader } from "./reads.js";
import {
  type ArticleToWrite,
  addArticleRows,
  articleKey,
  emptyRows,
  type ReportRow,
  type Rows,
} from "./rows.js";
import { compareVersions, latestInBatch, namesArticle, stampOf, type VersionStamp } from "./versions.js";

export type { ArticleToWrite } from "./rows.js";

export interface WriteCounts {
  new: number;
  unchanged: number;
  updated: number;
  /** Earlier versions of an article the graph (or the batch) holds a later version of. */
  superseded: number;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

export const zeroCounts = (): WriteCounts => ({
  new: 0,
  unchanged: 0,
  updated: 0,
  superseded: 0,
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
RETURN row.id AS id, same IS NOT NULL AS present, same.file AS file,
       collect(older {.id, .modifiedAt, .publishedAt}) AS versions`;

/** A copy of a present article from a file that sorts first names it from now on. */
const RENAME = `
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a.file = row.file, a.key = row.key, a.modifiedAt = row.modifiedAt`;

/** Held until commit: the graph's writers take turns (the unique constraint makes its MERGE race-free). */
const LOCK_GRAPH =
  "MERGE (l:WriteLock {id: 'graph'}) SET l.locked = true REMOVE l.locked RETURN l.stamp AS stamp";

/** Takes the graph's write lock; returns the graph's write stamp (bucket-state.ts). */
async function lockGraph(tx: ManagedTransaction): Promise<string | null> {
  const result = await tx.run(LOCK_GRAPH);
  return (result.records[0]?.get("stamp") as string | null | undefined) ?? null;
}

const REMOVE_OLD_VERSIONS = `
UNWIND $ids AS id
MATCH (old:Article {id: id})
OPTIONAL MATCH (old)-[r:REPORTS]->(:Deal)
WITH old, collect(CASE WHEN r IS NOT NULL THEN [r.bucket, r.signature] END) AS reports
OPTIONAL MATCH (old)--(p:Person)
WITH old, reports, collect(DISTINCT p.id) AS people
DETACH DELETE old
RETURN reports, people`;

/** People of removed articles whom no other article names any more (never a scan of all people). */
const REMOVE_ORPHANS = `
UNWIND $ids AS id
MATCH (p:Person {id: id}) WHERE NOT (p)--()
DELETE p`;

const peopleOf = (removed: QueryResult) => [
  ...new Set(removed.records.flatMap((record) => record.get("people") as string[])),
];
/** The bucket and signature of every report the removed articles made, once per report. */
const reportsOf = (removed: QueryResult): RemovedReport[] =>
  removed.records.flatMap((record) =>
    (record.get("reports") as [string, string][]).map(([bucket, signature]) => ({ bucket, signature })),
  );

/**
 * New deals. One whose reports all come in this batch arrives whole — figures, summary, roles —
 * so it is never read back; one that also takes moved reports gets them when it is summarised.
 */
const CREATE_DEALS = `
UNWIND $rows AS row
MERGE (d:Deal {id: row.id})
ON CREATE SET d.kind = row.kind, d.bucket = row.bucket
SET d += row.figures, d.summary = row.summary
FOREACH (party IN row.parties |
  MERGE (c:Country {code: party.code})
  MERGE (c)-[p:PARTY_TO]->(d)
  SET p.role = party.role)`;

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

/** Deals resolution no longer gives any signature: their reports have moved or gone. */
const REMOVE_DEALS = `
UNWIND $ids AS id
MATCH (d:Deal {id: id})
DETACH DELETE d`;

/**
 * A deal involves every system its reports name, and the families of the variants among them
 * (the catalogue's, as the VARIANT_OF rows write them): a family's deals (a system's deals, the
 * deals filter, search, paths) include its variants'. The pairs come whole from the writer, so
 * each statement is a plain seek-and-merge whatever the graph's size when its plan was made.
 */
const LINK_SYSTEMS = `
UNWIND $rows AS row
MATCH (d:Deal {id: row.deal}), (s:System {id: row.system})
MERGE (d)-[:INVOLVES]->(s)`;

/** For deals summarised from all their reports: links to systems none of them names (nor a variant of) go. */
const UNLINK_SYSTEMS = `
UNWIND $rows AS row
MATCH (d:Deal {id: row.deal})-[old:INVOLVES]->(s:System)
WHERE NOT s.id IN row.systems
DELETE old`;

/** Everything a deal's summary needs from each of its reports (deals whose reports moved or went). */
const REPORTS_OF_DEALS = `
UNWIND $ids AS id
MATCH (:Deal {id: id})<-[r:REPORTS]-(a:Article)
RETURN id, collect({article: a.id, start: r.start, publishedAt: a.publishedAt, status: r.status,
  supplier: r.supplier, recipient: r.recipient, quantity: r.quantity, value: r.value,
  currency: r.currency, year: r.year, nature: r.nature, systemIds: r.systemIds}) AS reports`;

const SUMMARIES = `
UNWIND $ids AS id
MATCH (d:Deal {id: id})
RETURN id, d.summary AS summary`;

/** A deal's figures and the summary they come from. */
const SET_FIGURES = `
UNWIND $rows AS row
MATCH (d:Deal {id: row.id})
SET d += row.figures, d.summary = row.summary`;

/** Its parties' roles follow a deal's supplier and recipient (deals whose roles may have changed); as `roleIn`. */
const SET_ROLES = `
UNWIND $ids AS id
MATCH (c:Country)-[p:PARTY_TO]->(d:Deal {id: id})
SET p.role = CASE c.code WHEN d.supplier THEN 'supplier' WHEN d.recipient THEN 'recipient' ELSE 'partner' END`;

/** A party's role in a deal with these figures, as SET_ROLES sets it. */
function roleIn(figures: ReturnType<typeof dealFigures>, code: string): string {
  return code === figures.supplier ? "supplier" : code === figures.recipient ? "recipient" : "partner";
}

/** The systems a deal naming `systems` involves: each, and the family of each variant (sorted). */
const involvedIn =
  (gazetteer: Gazetteer) =>
  (systems: string[]): string[] =>
    [
      ...new Set(
        systems.flatMap((id) => {
          const family = gazetteer.systems.get(id)?.family;
          return family && gazetteer.systems.has(family) ? [id, family] : [id];
        }),
      ),
    ].sort();

/** The batch's report facts per deal. */
function factsByDeal(reports: ReportRow[], dealOf: Map<string, string>): Map<string, ReportFacts[]> {
  const byDeal = new Map<string, ReportFacts[]>();
  for (const report of reports) {
    const deal = dealOf.get(report.signature) as string;
    const facts = byDeal.get(deal);
    if (facts) facts.push(report.facts);
    else byDeal.set(deal, [report.facts]);
  }
  return byDeal;
}

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
  superseded: ArticleToWrite[];
  /** Present articles that a copy from a file sorting first names from now on. */
  renamed: { id: string; file: string; key: string; modifiedAt: string | null }[];
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
  // Copies of one article, or versions of one key, in one batch are written once.
  const { kept, copies, superseded } = latestInBatch(items);
  const rows = kept.map((item) => ({ id: item.extraction.article.id, key: articleKey(item) }));
  const result = await tx.run(CLASSIFY, { rows });
  const state = new Map(result.records.map((record) => [record.get("id") as string, record]));
  const classified: Classified = {
    fresh: [],
    unchanged: copies,
    superseded,
    renamed: [],
    replaces: [],
    updated: 0,
  };
  for (const item of kept) {
    const record = state.get(item.extraction.article.id);
    if (record?.get("present") && !rewrite) {
      classified.unchanged.push(item);
      if (namesArticle(item.file, record.get("file") as string))
        classified.renamed.push({
          id: item.extraction.article.id,
          file: item.file,
          key: articleKey(item),
          modifiedAt: item.modifiedAt ?? null,
        });
      continue;
    }
    const versions = ((record?.get("versions") as VersionStamp[] | undefined) ?? []).filter(Boolean);
    if (!rewrite && versions.some((version) => compareVersions(version, stampOf(item)) > 0)) {
      classified.superseded.push(item);
      continue;
    }
    const replaces = [
      ...versions.map((version) => version.id),
      ...(record?.get("present") ? [item.extraction.article.id] : []),
    ];
    if (replaces.length > 0) classified.updated += 1;
    classified.replaces.push(...replaces);
    classified.fresh.push(item);
  }
  return classified;
}

async function writeBatch(
  tx: ManagedTransaction,
  items: ArticleToWrite[],
  gazetteer: Gazetteer,
  rewrite: boolean,
): Promise<Written> {
  const counts = zeroCounts();
  const statements = pipeline(tx, (result) => countUpdates(counts, result));
  const stamp = await lockGraph(tx);
  const classified = await classify(tx, items, rewrite);
  counts.unchanged = classified.unchanged.length;
  counts.superseded = classified.superseded.length;
  counts.updated = classified.updated;
  if (classified.renamed.length > 0) statements.send(RENAME, { rows: classified.renamed });
  counts.new = classified.fresh.length - classified.updated;
  let removedReports: RemovedReport[] = [];
  let formerPeople: string[] = [];
  if (classified.replaces.length > 0) {
    const removed = await statements.read(REMOVE_OLD_VERSIONS, { ids: classified.replaces });
    removedReports = reportsOf(removed);
    formerPeople = peopleOf(removed);
  }
  const rows = emptyRows();
  for (const item of classified.fresh) addArticleRows(rows, item, gazetteer);
  dedupeNodes(rows);
  for (const [list, statement] of STATEMENTS) {
    if (rows[list].length > 0) statements.send(statement, { rows: rows[list] });
  }
  const change =
    rows.reports.length > 0 || removedReports.length > 0
      ? await resolveAndWriteDeals(statements, rows.reports, removedReports, gazetteer, stamp)
      : null;
  if (formerPeople.length > 0) statements.send(REMOVE_ORPHANS, { ids: formerPeople });
  await statements.drain();
  return { counts, change };
}

/** A transaction's counts, and the bucket state it changed (adopted once it commits). */
interface Written {
  counts: WriteCounts;
  change: StateChange | null;
}

/** Runs a writing transaction; once it has committed, this process caches the bucket state it left. */
async function committed(written: Promise<Written>): Promise<WriteCounts> {
  const { counts, change } = await written;
  if (change) adopt(change);
  return counts;
}

interface RemovedReport {
  bucket: string;
  signature: string;
}

/** Deal ids per bucket state. */
const dealsIn = (states: Map<string, BucketState>) =>
  new Set([...states.values()].flatMap((state) => [...state.values()].flatMap((entry) => entry.deal ?? [])));

/**
 * The resolve stage against the graph: each touched bucket's signatures (its state,
 * bucket-state.ts, less the removed reports, plus the batch's new ones) resolve to their
 * deals; new reports are written to them, older ones move where resolution now puts them,
 * deals no signature resolves to any more go, and the deals whose reports changed re-aggregate.
 */
async function resolveAndWriteDeals(
  statements: Pipeline,
  reports: ReportRow[],
  removed: RemovedReport[],
  gazetteer: Gazetteer,
  stamp: string | null,
): Promise<StateChange> {
  const buckets = [...new Set([...reports, ...removed].map((row) => row.bucket))].sort();
  const { before, states } = await openBuckets(statements, buckets, stamp);
  const dealsBefore = dealsIn(before);
  const bucketsWithRemovals = new Set(removed.map((row) => row.bucket));
  for (const row of removed) {
    const state = states.get(row.bucket) as BucketState;
    const entry = state.get(row.signature);
    if (entry && --entry.count <= 0) state.delete(row.signature);
  }
  const existing = [...states.values()].flatMap((state) =>
    [...state].flatMap(([signature, entry]) => (entry.deal ? [{ signature, deal: entry.deal }] : [])),
  );
  for (const report of reports) {
    const state = states.get(report.bucket) as BucketState;
    const entry = state.get(report.signature);
    if (entry) entry.count += 1;
    else state.set(report.signature, { count: 1, deal: null });
  }
  const contracts = resolveBuckets(
    new Map([...states].map(([bucket, state]) => [bucket, [...state.keys()]])),
    gazetteer,
  );
  const dealOf = dealIdsBySignature(contracts.values());
  const deals = [...contracts.entries()].flatMap(([bucket, list]) =>
    list.map((contract) => ({ id: contract.id, bucket, ...bucketParts(bucket) })),
  );
  const moves = existing
    .map((row) => ({ signature: row.signature, from: row.deal, deal: dealOf.get(row.signature) as string }))
    .filter((move) => move.deal !== move.from);
  const dealsAfter = new Set(deals.map((deal) => deal.id));
  const gone = [...dealsBefore].filter((id) => !dealsAfter.has(id)).sort();
  // Deals whose reports change in other ways than gaining new ones: their links are rebuilt.
  const reshaped = new Set([
    ...moves.flatMap((move) => [move.from, move.deal]),
    ...deals.filter((deal) => bucketsWithRemovals.has(deal.bucket)).map((deal) => deal.id),
  ]);
  const gaining = new Set(reports.map((report) => dealOf.get(report.signature) as string));
  const batchFacts = factsByDeal(reports, dealOf);
  // A new deal that takes no moved report has all its reports in this batch.
  const whole = new Map(
    deals
      .filter((deal) => !dealsBefore.has(deal.id) && !reshaped.has(deal.id))
      .map((deal) => [deal.id, addReports(emptySummary(), batchFacts.get(deal.id) ?? [])]),
  );
  const created = deals.filter((deal) => !dealsBefore.has(deal.id));
  if (created.length > 0)
    statements.send(CREATE_DEALS, {
      rows: created.map((deal) => {
        const summary = whole.get(deal.id);
        const figures = summary ? dealFigures(summary) : null;
        return {
          id: deal.id,
          kind: deal.kind,
          bucket: deal.bucket,
          figures: figures ?? {},
          summary: summary ? JSON.stringify(summary) : null,
          parties: deal.parties.map((code) => ({ code, role: figures ? roleIn(figures, code) : null })),
        };
      }),
    });
  if (moves.length > 0) statements.send(MOVE_REPORTS, { rows: moves });
  if (reports.length > 0)
    statements.send(CREATE_REPORTS, {
      rows: reports.map((report) => ({
        article: report.article,
        deal: dealOf.get(report.signature),
        props: report.props,
      })),
    });
  if (gone.length > 0) statements.send(REMOVE_DEALS, { ids: gone });
  const changed = [...new Set([...reshaped, ...gaining])]
    .filter((id) => dealsAfter.has(id) && !whole.has(id))
    .sort();
  await summariseDeals(statements, changed, reshaped, batchFacts, whole, involvedIn(gazetteer));
  for (const state of states.values())
    for (const [signature, entry] of state) entry.deal = dealOf.get(signature) as string;
  return saveBuckets(statements, before, states, stamp);
}

/**
 * Sets the figures and systems of the deals whose reports changed: a deal that only gained
 * reports adds them to its stored summary and gains the systems the summary lacks; one that
 * lost or exchanged reports, a new one that took moved reports, or one a graph of an earlier
 * version left without a summary is summarised from all its reports. Deals created whole
 * (`whole`) only gain their systems here.
 */
async function summariseDeals(
  statements: Pipeline,
  ids: string[],
  reshaped: Set<string>,
  batchFacts: Map<string, ReportFacts[]>,
  whole: Map<string, DealSummary>,
  involved: (systems: string[]) => string[],
): Promise<void> {
  const gaining = ids.filter((id) => !reshaped.has(id));
  const stored = gaining.length > 0 ? (await statements.read(SUMMARIES, { ids: gaining })).records : [];
  const summaries = new Map<string, DealSummary>();
  const again = ids.filter((id) => reshaped.has(id));
  for (const record of stored) {
    const summary = record.get("summary") as string | null;
    if (summary === null) again.push(record.get("id") as string);
    else summaries.set(record.get("id") as string, JSON.parse(summary) as DealSummary);
  }
  // A deal keeping its reports gains the systems its summary does not list yet (a whole new
  // deal: all of them); one read whole is linked afresh (reshaped) or holds only the links this
  // batch gives it (new).
  const links: { deal: string; system: string }[] = [];
  const link = (deal: string, systems: string[]) => {
    for (const system of involved(systems)) links.push({ deal, system });
  };
  const linked: [string, string[]][] = [
    ...[...summaries].map(([deal, summary]): [string, string[]] => [deal, summary.systems]),
    ...[...whole.keys()].map((deal): [string, string[]] => [deal, []]),
  ];
  for (const [deal, known] of linked) {
    const systems = new Set((batchFacts.get(deal) ?? []).flatMap((facts) => facts.systemIds));
    link(
      deal,
      [...systems].filter((system) => !known.includes(system)),
    );
  }
  // Roles are set again where the supplier or recipient may have changed: deals read whole, and
  // deals whose new reports change them.
  const roles = new Set(again);
  for (const [deal, summary] of summaries) {
    const before = dealFigures(summary);
    const after = addReports(summary, batchFacts.get(deal) ?? []);
    const figures = dealFigures(after);
    if (figures.supplier !== before.supplier || figures.recipient !== before.recipient) roles.add(deal);
    summaries.set(deal, after);
  }
  if (again.length > 0) {
    const all = await statements.read(REPORTS_OF_DEALS, { ids: again.sort() });
    for (const record of all.records)
      summaries.set(
        record.get("id") as string,
        addReports(emptySummary(), record.get("reports") as ReportFacts[]),
      );
  }
  const rows = [...summaries].map(([id, summary]) => ({
    id,
    figures: dealFigures(summary),
    summary: JSON.stringify(summary),
  }));
  if (rows.length > 0) statements.send(SET_FIGURES, { rows });
  if (roles.size > 0) statements.send(SET_ROLES, { ids: [...roles].sort() });
  const relink = [...reshaped]
    .filter((id) => summaries.has(id))
    .sort()
    .map((deal) => ({ deal, systems: involved((summaries.get(deal) as DealSummary).systems) }));
  if (relink.length > 0) statements.send(UNLINK_SYSTEMS, { rows: relink });
  for (const { deal, systems } of relink) link(deal, systems);
  if (links.length > 0) statements.send(LINK_SYSTEMS, { rows: links });
}

/**
 * A batch may take longer than the server's default transaction timeout (30 s in the kit's
 * neo4j.conf, there to stop runaway reads): loading on a busy machine must not fail for it.
 * Neo4j 5.3+ lets a client's timeout exceed the server default.
 */
const WRITE_TIMEOUT_MS = 10 * 60_000;

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
    return await committed(
      session.executeWrite((tx) => writeBatch(tx, items, gazetteer, options.rewrite ?? false), {
        timeout: WRITE_TIMEOUT_MS,
        metadata: options.metadata,
      }),
    );
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
    return await committed(
      session.executeWrite(
        async (tx): Promise<Written> => {
          const counts = zeroCounts();
          const statements = pipeline(tx, (result) => countUpdates(counts, result));
          const stamp = await lockGraph(tx);
          const removed = await statements.read(REMOVE_OLD_VERSIONS, { ids });
          const reports = reportsOf(removed);
          const change =
            reports.length > 0 ? await resolveAndWriteDeals(statements, [], reports, gazetteer, stamp) : null;
          const people = peopleOf(removed);
          if (people.length > 0) statements.send(REMOVE_ORPHANS, { ids: people });
          await statements.drain();
          return { counts, change };
        },
        { timeout: WRITE_TIMEOUT_MS, metadata: scope.metadata },
      ),
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
      superseded: classified.superseded.length,
    };
  } finally {
    await session.close();
  }
}
