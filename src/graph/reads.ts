/**
 * Batched reads for the API: nodes by key and one-hop neighbours for a list of keys, each one
 * parameterised Cypher query whatever the list's length — the DataLoaders of a request call
 * these once per level, so the number of queries does not grow with the result.
 * Labels and relationship types come from the constants below, never from clients.
 */
import neo4j, { type BookmarkManager, type Driver, type Integer } from "neo4j-driver";
import type { OutputBudget } from "./output-budget.js";

export type NodeLabel = "Country" | "Deal" | "System" | "Organization" | "Person" | "Source" | "Article";
export const KEY_OF: Record<NodeLabel, "code" | "id"> = {
  Country: "code",
  Deal: "id",
  System: "id",
  Organization: "id",
  Person: "id",
  Source: "id",
  Article: "id",
};

export type Props = Record<string, unknown>;

export interface GraphReader {
  driver: Driver;
  database: string;
  /** Called once per Cypher query sent (tests count them). */
  onQuery?: (cypher: string) => void;
  /** Each read's transaction timeout, in ms (Neo4j terminates it past this). */
  timeoutMs?: number;
  /** The bound on what all reads of one request may return together. */
  budget?: OutputBudget;
  /**
   * The request's bookmarks: reads wait for the writes the client has seen (causal consistency
   * across API replicas and cluster members), and add their own.
   */
  bookmarkManager?: BookmarkManager;
  /** Transaction metadata (the request id), shown by SHOW TRANSACTIONS and in query.log. */
  metadata?: Record<string, string>;
  /** Called with each query's duration in seconds, and whether it failed (for /metrics). */
  onQueryTime?: (seconds: number, failed: boolean) => void;
}

/** A Cypher integer: JS numbers travel as floats, and LIMIT refuses 20.0. */
export const cypherInt = (value: number): Integer => neo4j.int(Math.trunc(value));

export async function read(
  reader: GraphReader,
  cypher: string,
  params: Record<string, unknown>,
): Promise<Props[]> {
  reader.onQuery?.(cypher);
  // An omitted GraphQL argument arrives as undefined, which the driver drops: Cypher then
  // refuses the statement for a missing parameter. Absent means null here.
  const sent = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, value ?? null]));
  // An auto-commit query: one round trip (RUN+PULL) where a managed transaction adds BEGIN and
  // COMMIT — 1.5x the API's throughput on the query benchmark. Reads need no retry here: a
  // failure reaches the client as SERVICE_UNAVAILABLE, and the next request gets a fresh connection.
  // READ: with a neo4j:// URI the driver routes the query to a reader of the cluster.
  const session = reader.driver.session({
    database: reader.database,
    defaultAccessMode: "READ",
    bookmarkManager: reader.bookmarkManager,
  });
  const started = performance.now();
  let failed = true;
  try {
    const result = session.run(cypher, sent, { timeout: reader.timeoutMs, metadata: reader.metadata });
    // Records are charged as they stream in; over the budget, closing the session discards the rest.
    const rows: Props[] = [];
    for await (const record of result) {
      const row = record.toObject();
      reader.budget?.charge(row);
      rows.push(row);
    }
    failed = false;
    return rows;
  } finally {
    reader.onQueryTime?.((performance.now() - started) / 1000, failed);
    await session.close();
  }
}

/** Nodes of `label` by key, in the order of `keys` (undefined where none). */
export async function nodesByKey(
  reader: GraphReader,
  label: NodeLabel,
  keys: readonly string[],
): Promise<(Props | undefined)[]> {
  const key = KEY_OF[label];
  const rows = await read(
    reader,
    `MATCH (n:${label}) WHERE n.${key} IN $keys RETURN n.${key} AS key, properties(n) AS props`,
    { keys },
  );
  const byKey = new Map(rows.map((row) => [row.key as string, row.props as Props]));
  return keys.map((k) => byKey.get(k));
}

export interface Hop {
  from: NodeLabel;
  type: string;
  direction: "out" | "in";
  to: NodeLabel;
  /** Order of neighbours: a Cypher expression over the neighbour's and the relationship's variables. */
  orderBy?: (b: string, r: string) => string;
}

/** The relationships every client may walk. */
export const HOPS = {
  dealsOfCountry: {
    from: "Country",
    type: "PARTY_TO",
    direction: "out",
    to: "Deal",
    orderBy: (b) => `coalesce(${b}.lastReported, '') DESC, ${b}.id`,
  },
  partiesOfDeal: {
    from: "Deal",
    type: "PARTY_TO",
    direction: "in",
    to: "Country",
    orderBy: (b) => `${b}.code`,
  },
  systemsOfDeal: {
    from: "Deal",
    type: "INVOLVES",
    direction: "out",
    to: "System",
    orderBy: (b) => `${b}.id`,
  },
  familyOfSystem: { from: "System", type: "VARIANT_OF", direction: "out", to: "System" },
  variantsOfSystem: {
    from: "System",
    type: "VARIANT_OF",
    direction: "in",
    to: "System",
    orderBy: (b) => `${b}.id`,
  },
  dealsOfSystem: {
    from: "System",
    type: "INVOLVES",
    direction: "in",
    to: "Deal",
    orderBy: (b) => `coalesce(${b}.lastReported, '') DESC, ${b}.id`,
  },
  reportsOfDeal: {
    from: "Deal",
    type: "REPORTS",
    direction: "in",
    to: "Article",
    orderBy: (b, r) => `coalesce(${b}.publishedAt, '') ASC, ${r}.start`,
  },
  dealsOfArticle: {
    from: "Article",
    type: "REPORTS",
    direction: "out",
    to: "Deal",
    orderBy: (_b, r) => `${r}.start`,
  },
  originOfSystem: { from: "System", type: "ORIGINATES_IN", direction: "out", to: "Country" },
  makersOfSystem: {
    from: "System",
    type: "MADE_BY",
    direction: "out",
    to: "Organization",
    orderBy: (b) => `${b}.id`,
  },
  seatOfOrganization: { from: "Organization", type: "BASED_IN", direction: "out", to: "Country" },
  sourceOfArticle: { from: "Article", type: "PUBLISHED_BY", direction: "out", to: "Source" },
  aggregatorOfArticle: { from: "Article", type: "VIA", direction: "out", to: "Source" },
  citedByArticle: {
    from: "Article",
    type: "CITES",
    direction: "out",
    to: "Source",
    orderBy: (b) => `${b}.id`,
  },
  articlesOfSource: {
    from: "Source",
    type: "PUBLISHED_BY",
    direction: "in",
    to: "Article",
    orderBy: (b) => `coalesce(${b}.publishedAt, '') DESC, ${b}.id`,
  },
  articlesMentioningCountry: {
    from: "Country",
    type: "MENTIONS",
    direction: "in",
    to: "Article",
    orderBy: (b) => `coalesce(${b}.publishedAt, '') DESC, ${b}.id`,
  },
  countriesOfArticle: {
    from: "Article",
    type: "MENTIONS",
    direction: "out",
    to: "Country",
    orderBy: (b, r) => `${r}.count DESC, ${b}.code`,
  },
  systemsOfArticle: {
    from: "Article",
    type: "MENTIONS",
    direction: "out",
    to: "System",
    orderBy: (b, r) => `${r}.count DESC, ${b}.id`,
  },
  organizationsOfArticle: {
    from: "Article",
    type: "MENTIONS",
    direction: "out",
    to: "Organization",
    orderBy: (b, r) => `${r}.count DESC, ${b}.id`,
  },
  peopleOfArticle: {
    from: "Article",
    type: "MENTIONS",
    direction: "out",
    to: "Person",
    orderBy: (b) => `${b}.id`,
  },
  articlesQuotingPerson: {
    from: "Person",
    type: "QUOTED_IN",
    direction: "out",
    to: "Article",
    orderBy: (b) => `coalesce(${b}.publishedAt, '') DESC`,
  },
} as const satisfies Record<string, Hop>;

export type HopName = keyof typeof HOPS;

export interface Neighbour {
  key: string;
  props: Props;
  rel: Props;
}

/**
 * A hop as Cypher over the given variable names: the pattern from `a` through `r` to `b` (its
 * end label included), and the order of the neighbours.
 */
export function hopCypher(
  name: HopName,
  a: string,
  r: string,
  b: string,
): { pattern: string; order: string } {
  const hop: Hop = HOPS[name];
  const arrow = hop.direction === "out" ? `-[${r}:${hop.type}]->` : `<-[${r}:${hop.type}]-`;
  return {
    pattern: `(${a})${arrow}(${b}:${hop.to})`,
    order: hop.orderBy?.(b, r) ?? `${b}.${KEY_OF[hop.to]}`,
  };
}

/** For each key, its first `limit` neighbours along `hop` (ordered), with the relationship's properties. */
export async function neighbours(
  reader: GraphReader,
  hopName: HopName,
  keys: readonly string[],
  limit: number,
): Promise<Neighbour[][]> {
  const hop: Hop = HOPS[hopName];
  const fromKey = KEY_OF[hop.from];
  const { pattern, order } = hopCypher(hopName, "a", "r", "b");
  const rows = await read(
    reader,
    `UNWIND $keys AS key
     MATCH (a:${hop.from} {${fromKey}: key})
     CALL (a) { MATCH ${pattern} RETURN b, r ORDER BY ${order} LIMIT $limit }
     RETURN a.${fromKey} AS from, b.${KEY_OF[hop.to]} AS key, properties(b) AS props, properties(r) AS rel
     ORDER BY ${order}`,
    { keys, limit: cypherInt(limit) },
  );
  const grouped = new Map<string, Neighbour[]>();
  for (const row of rows) {
    const list = grouped.get(row.from as string) ?? [];
    list.push({ key: row.key as string, props: row.props as Props, rel: row.rel as Props });
    grouped.set(row.from as string, list);
  }
  return keys.map((key) => grouped.get(key) ?? []);
}

export interface PartnerRow {
  partner: string;
  props: Props;
  dealCount: number;
  kinds: string[];
  lastReported: string | null;
}

/**
 * For each country code, the `limit` countries it shares most deals with, aggregated in Cypher
 * (a country list with partners would otherwise pull every deal and party into Node).
 */
export async function partnersOf(
  reader: GraphReader,
  codes: readonly string[],
  limit: number,
): Promise<PartnerRow[][]> {
  const rows = await read(
    reader,
    `UNWIND $codes AS code
     CALL (code) {
       MATCH (:Country {code: code})-[:PARTY_TO]->(d:Deal)<-[:PARTY_TO]-(partner:Country)
       WITH partner, count(d) AS dealCount, collect(DISTINCT d.kind) AS kinds, max(d.lastReported) AS lastReported
       RETURN partner, dealCount, kinds, lastReported ORDER BY dealCount DESC, partner.code LIMIT $limit
     }
     RETURN code, partner.code AS partner, properties(partner) AS props, dealCount, kinds, lastReported
     ORDER BY code, dealCount DESC, partner`,
    { codes, limit: cypherInt(limit) },
  );
  const grouped = new Map<string, PartnerRow[]>();
  for (const row of rows) {
    const list = grouped.get(row.code as string) ?? [];
    list.push({
      partner: row.partner as string,
      props: row.props as Props,
      dealCount: row.dealCount as number,
      kinds: [...(row.kinds as string[])].sort(),
      lastReported: (row.lastReported as string | null) ?? null,
    });
    grouped.set(row.code as string, list);
  }
  return codes.map((code) => grouped.get(code) ?? []);
}

/** One report of a deal, with its article's date and outlet: what figures and history are built from. */
export interface DealReportRow {
  status: string;
  value: number | null;
  currency: string | null;
  quantity: number | null;
  year: number | null;
  supplier: string | null;
  recipient: string | null;
  publishedAt: string | null;
  article: string;
  start: number;
  source: Props | null;
}

/** Reports read per deal for its figures and history: the oldest this many. */
export const DEAL_REPORTS_READ = 1000;

/** Each deal's reports, oldest first (undated last), for all deals of a level at once. */
export async function reportsOfDeals(
  reader: GraphReader,
  ids: readonly string[],
): Promise<DealReportRow[][]> {
  const rows = await read(
    reader,
    `UNWIND $ids AS id
     CALL (id) {
       MATCH (:Deal {id: id})<-[r:REPORTS]-(a:Article)
       OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(s:Source)
       RETURN r, a, s ORDER BY a.publishedAt IS NULL, a.publishedAt, a.id, r.start LIMIT $limit
     }
     RETURN id, r.status AS status, r.value AS value, r.currency AS currency, r.quantity AS quantity,
            r.year AS year, r.supplier AS supplier, r.recipient AS recipient, a.publishedAt AS publishedAt,
            a.id AS article, r.start AS start, properties(s) AS source`,
    { ids, limit: cypherInt(DEAL_REPORTS_READ) },
  );
  const grouped = new Map<string, DealReportRow[]>();
  for (const row of rows) {
    const list = grouped.get(row.id as string) ?? [];
    list.push(row as unknown as DealReportRow);
    grouped.set(row.id as string, list);
  }
  return ids.map((id) => grouped.get(id) ?? []);
}
