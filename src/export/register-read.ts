/**
 * Reading the register from Neo4j a page at a time. The deals are those of `deals(filter)`: the
 * same DealFilter, compiled by the same filterClauses, in the same orders and with the same
 * cursors (src/api/deal.ts), so a register page and a deals page of one filter hold the same
 * deals. Each page is one statement: the page's deals, then per deal its reports' order and
 * delivery figures, its outlets, systems and parties.
 *
 * `registerPages` walks the whole register by keyset pages for the downloads and the CLI: one
 * bounded read per page (each with its own timeout and answer budget), so memory stays one page
 * whatever the register's size.
 */
import {
  beyondCursor,
  type DealFilter,
  type DealOrder,
  decodeCursor,
  encodeCursor,
  filterClauses,
  ORDERS,
} from "../api/deal.js";
import type { Gazetteer } from "../extract/index.js";
import { cypherInt, type GraphReader, read } from "../graph/index.js";
import type { RegisterRow } from "./register-columns.js";
import { type RegisterRecord, registerRow } from "./register-row.js";

export interface RegisterQuery {
  filter: DealFilter | null;
  orderBy: DealOrder;
}

export interface RegisterPage {
  rows: { cursor: string; row: RegisterRow }[];
  /** More deals follow the page. */
  hasNext: boolean;
  /** Deals lie at or before `after` (false without it). */
  hasPrevious: boolean;
}

/** Deals per read when walking the whole register: a page of rows is a few hundred kB at most. */
export const REGISTER_READ_PAGE = 500;

/**
 * What each deal's reports give the register. Reports are read latest first (as the deal's own
 * figures are aggregated), so `head(collect(…))` is the latest stated value; collect skips nulls.
 */
const DEAL_FIGURES = `CALL (d) {
  MATCH (d)<-[r:REPORTS]-(a:Article)
  OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(s:Source)
  WITH r, a, s ORDER BY coalesce(a.publishedAt, '') DESC, a.id ASC, r.start ASC
  RETURN head(collect(CASE WHEN r.status <> 'delivered' THEN r.year END)) AS yearOfOrder,
         head(collect(CASE WHEN r.status <> 'delivered' THEN r.quantity END)) AS numberOrdered,
         max(CASE WHEN r.status = 'delivered' THEN r.quantity END) AS numberDelivered,
         collect(DISTINCT CASE WHEN r.status = 'delivered' THEN coalesce(r.year, toInteger(left(a.publishedAt, 4))) END) AS deliveryYears,
         collect(DISTINCT s.name) AS sources
}`;

/** A deal's systems, without a family one of its variants already names. */
const DEAL_SYSTEMS = `COLLECT {
  MATCH (d)-[:INVOLVES]->(s:System)
  WHERE NOT EXISTS { (d)-[:INVOLVES]->(:System)-[:VARIANT_OF]->(s) }
  RETURN s {.name, .nameAr, .category} ORDER BY s.name
}`;

const DEAL_FIELDS =
  "d {.id, .kind, .status, .supplier, .recipient, .value, .currency, .nature, .statusRegressed, .conflicts, .firstReported, .lastReported, .reportCount}";

/** One page of the register: `size` deals after the cursor `after` (from the start without it). */
export async function readRegisterPage(
  reader: GraphReader,
  gazetteer: Gazetteer,
  query: RegisterQuery,
  size: number,
  after: string | null,
): Promise<RegisterPage> {
  const { match, clauses, params } = filterClauses({ gazetteer }, query.filter);
  const order = ORDERS[query.orderBy];
  const pageClauses = [...clauses];
  if (after) {
    const [sort, id] = decodeCursor(after, "after");
    pageClauses.push(beyondCursor(order, "after"));
    Object.assign(params, { afterSort: sort, afterId: id });
  }
  const where = (list: string[]) => (list.length > 0 ? `WHERE ${list.join(" AND ")}` : "");
  const before = after ? where([...clauses, `NOT ${beyondCursor(order, "after")}`]) : null;
  // One deal more than the page tells whether more follow. An empty page still gives one row
  // (position null), which carries `more` and `previous`.
  const rows = await read(
    reader,
    `CALL () {
       MATCH ${match} ${where(pageClauses)}
       WITH d, ${order.sort} AS sort ORDER BY sort ${order.direction}, d.id ASC LIMIT $limit
       RETURN collect({sort: sort, d: d}) AS read
     }
     WITH read[0..$size] AS page, size(read) > $size AS more
     ${before ? `CALL () { MATCH ${match} ${before} WITH d LIMIT 1 RETURN count(d) > 0 AS previous }` : "WITH page, more, false AS previous"}
     UNWIND CASE size(page) WHEN 0 THEN [null] ELSE range(0, size(page) - 1) END AS position
     WITH page[position].sort AS sort, page[position].d AS d, position, more, previous
     ${DEAL_FIGURES}
     RETURN sort, position, more, previous, ${DEAL_FIELDS} AS deal, sources,
            yearOfOrder, numberOrdered, numberDelivered, deliveryYears,
            head(COLLECT { MATCH (c:Country {code: d.supplier}) RETURN c.nameEn }) AS supplierName,
            head(COLLECT { MATCH (c:Country {code: d.recipient}) RETURN c.nameEn }) AS recipientName,
            COLLECT { MATCH (c:Country)-[:PARTY_TO]->(d) RETURN c.code ORDER BY c.code } AS parties,
            ${DEAL_SYSTEMS} AS systems
     ORDER BY position`,
    { ...params, size: cypherInt(size), limit: cypherInt(size + 1) },
  );
  const deals = rows.filter((row) => row.position !== null);
  const page = deals.map((row) => ({
    cursor: encodeCursor(String(row.sort), (row.deal as { id: string }).id),
    row: registerRow(row as unknown as RegisterRecord),
  }));
  return { rows: page, hasNext: rows[0]?.more === true, hasPrevious: rows[0]?.previous === true };
}

/** How many deals the filter matches. */
export async function countRegister(
  reader: GraphReader,
  gazetteer: Gazetteer,
  filter: DealFilter | null,
): Promise<number> {
  const { match, clauses, params } = filterClauses({ gazetteer }, filter);
  const [row] = await read(
    reader,
    `MATCH ${match} ${clauses.length > 0 ? `WHERE ${clauses.join(" AND ")}` : ""} RETURN count(d) AS total`,
    params,
  );
  return Number(row?.total ?? 0);
}

/**
 * Every row of the register, at most `maxRows`, read `pageSize` deals at a time; `readerOf` gives
 * each page's reader (a fresh timeout and answer budget per read).
 */
export async function* registerPages(
  readerOf: () => GraphReader,
  gazetteer: Gazetteer,
  query: RegisterQuery,
  maxRows = Number.POSITIVE_INFINITY,
  pageSize = REGISTER_READ_PAGE,
): AsyncGenerator<RegisterRow> {
  let after: string | null = null;
  let left = maxRows;
  while (left > 0) {
    const page = await readRegisterPage(readerOf(), gazetteer, query, Math.min(pageSize, left), after);
    for (const { row } of page.rows) yield row;
    left -= page.rows.length;
    const last = page.rows.at(-1);
    if (!page.hasNext || !last) return;
    after = last.cursor;
  }
}
