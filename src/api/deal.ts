/**
 * Deal: one deal between countries, aggregated from every article that reports it; the
 * filterable, cursor-paginated `deals` list.
 */

import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Float,
  Info,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from "type-graphql";
import { cypherInt, read } from "../graph/index.js";
import type { GraphContext } from "./context.js";
import { Country } from "./country.js";
import { DealFigure, DealStage, figuresOf, historyOf } from "./deal-record.js";
import { DealParty, Report } from "./edges.js";
import { DealKind, DealStatus } from "./enums.js";
import { resolveCountryCode, resolveSourceId, resolveSystemId } from "./names.js";
import { LIST_MAX, projectedNode, type Related, related } from "./nodes.js";
import { CypherBuilder, project } from "./projection.js";
import { fieldsBelow, selectionOf, selects } from "./selection.js";
import { System } from "./system.js";

@ObjectType({
  description:
    "A defence deal between countries (a purchase, a cooperation agreement, an exercise …) as the articles report it: its latest status and figures, and every report behind them.",
})
export class Deal {
  @Field(() => String, {
    description:
      "Stable id built from what the reports say: the parties' ISO 3166-1 alpha-2 codes sorted, the kind, the systems' ids sorted (MA-RU:acquisition:s-400).",
  })
  id!: string;

  @Field(() => DealKind, { description: "What the deal is about, as its reports describe it." })
  kind!: DealKind;

  @Field(() => DealStatus, {
    description: "How far the deal has gone according to the latest report (the newest article's date).",
  })
  status!: DealStatus;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description:
      "Publication date of the earliest article reporting the deal, YYYY-MM-DD; null when no report is dated.",
  })
  firstReported?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description:
      "Publication date of the latest article reporting the deal, YYYY-MM-DD; null when no report is dated.",
  })
  lastReported?: string | null;

  @Field(() => Int, { nullable: true, description: "How many articles report the deal." })
  reportCount?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Number of units (aircraft, vessels, batteries …) as stated by the latest report that gives one.",
  })
  quantity?: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Monetary value in units of currency (not thousands or millions: 1.5 billion is 1500000000), as stated by the latest report that gives one.",
  })
  value?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "ISO 4217 code of value's currency (USD, EUR, MAD …), from the same report as value.",
  })
  currency?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Year of the order or delivery (four digits), as stated by the latest report that gives one.",
  })
  year?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "What the contract is, when a report says: order, follow-on (more of a system already ordered) or upgrade.",
  })
  nature?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      "Fields whose reports disagree (value, quantity, year, supplier, recipient); see figures. Null only on a graph an older version wrote (run `npm run reextract`).",
  })
  conflicts?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "True when the latest report's status is behind an earlier report's; status keeps the furthest.",
  })
  statusRegressed?: boolean | null;
}

export enum DealOrder {
  LAST_REPORTED_DESC = "LAST_REPORTED_DESC",
  FIRST_REPORTED_ASC = "FIRST_REPORTED_ASC",
  ID_ASC = "ID_ASC",
}
registerEnumType(DealOrder, {
  name: "DealOrder",
  description: "The order of a deals list; ties are broken by deal id, so pages never overlap.",
  valuesConfig: {
    LAST_REPORTED_DESC: {
      description: "Most recently reported first (lastReported, newest first); undated deals last.",
    },
    FIRST_REPORTED_ASC: {
      description: "Oldest first by the date of their first report; undated deals first.",
    },
    ID_ASC: { description: "By deal id, alphabetically." },
  },
});

const BY_NAME = "ISO 3166-1 alpha-2 code or any name in Arabic, English or French (MA, المغرب, Maroc)";

@InputType({
  description:
    "Conditions a deal must meet, all of them; countries and systems by code, id or any name in Arabic, English or French.",
})
export class DealFilter {
  @Field(() => String, { nullable: true, description: `A party in any role: ${BY_NAME}.` })
  party?: string;

  @Field(() => String, { nullable: true, description: `The supplying party: ${BY_NAME}.` })
  supplier?: string;

  @Field(() => String, { nullable: true, description: `The receiving party: ${BY_NAME}.` })
  recipient?: string;

  @Field(() => String, {
    nullable: true,
    description: "A system the deal involves: its id or any alias (s-400, S-400, إس-400).",
  })
  system?: string;

  @Field(() => DealKind, { nullable: true, description: "Only deals of this kind." })
  kind?: DealKind;

  @Field(() => DealStatus, {
    nullable: true,
    description: "Only deals whose latest report gives this status.",
  })
  status?: DealStatus;

  @Field(() => String, {
    nullable: true,
    description: "Deals last reported on or after this date, YYYY-MM-DD.",
  })
  reportedFrom?: string;

  @Field(() => String, {
    nullable: true,
    description: "Deals first reported on or before this date, YYYY-MM-DD.",
  })
  reportedTo?: string;

  @Field(() => String, {
    nullable: true,
    description: "Deals reported by an article of this source: its id or name (Hespress, هسبريس).",
  })
  source?: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "True: only deals whose reports disagree on a figure; false: only those whose reports agree.",
  })
  conflicting?: boolean;
}

@ObjectType({ description: "One deal on a page of deals, with the cursor that marks its place." })
export class DealEdge {
  @Field(() => String, {
    description:
      "Opaque cursor of this deal's place in the order: pass it as after or before to continue from here.",
  })
  cursor!: string;

  @Field(() => Deal, { description: "The deal." })
  node!: Deal;
}

@ObjectType({ description: "Where a page sits in the whole list (Relay cursor connections)." })
export class PageInfo {
  @Field(() => Boolean, { description: "True when more deals follow this page (within before, if given)." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "True when deals come before this page (within after, if given)." })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      "Cursor of the page's first deal (pass as before for the previous page); null on an empty page.",
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the page's last deal (pass as after for the next page); null on an empty page.",
  })
  endCursor!: string | null;
}

@ObjectType({ description: "A page of deals, as the Relay cursor connection spec shapes it." })
export class DealConnection {
  @Field(() => [DealEdge], { description: "The page's deals, in the requested order." })
  edges!: DealEdge[];

  @Field(() => PageInfo, { description: "Cursors and whether more pages exist either way." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "How many deals match the filter, over all pages." })
  totalCount!: number;
}

export const ORDERS: Record<DealOrder, { sort: string; direction: "ASC" | "DESC" }> = {
  [DealOrder.LAST_REPORTED_DESC]: { sort: "coalesce(d.lastReported, '')", direction: "DESC" },
  [DealOrder.FIRST_REPORTED_ASC]: { sort: "coalesce(d.firstReported, '')", direction: "ASC" },
  [DealOrder.ID_ASC]: { sort: "d.id", direction: "ASC" },
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}

export const encodeCursor = (sort: string, id: string) =>
  Buffer.from(JSON.stringify([sort, id])).toString("base64url");

export function decodeCursor(cursor: string, argument: Side): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === "string"))
      return value as [string, string];
  } catch {}
  throw badInput(`${argument}: not a cursor this API gave out`);
}

type Side = "after" | "before";

/**
 * Deals strictly after (or before) a cursor in an order: the sort key further along (or not as
 * far), or the same key and a greater (or smaller) id — ids break ties in every order.
 */
export function beyondCursor(order: { sort: string; direction: "ASC" | "DESC" }, side: Side): string {
  const later = order.direction === "DESC" ? "<" : ">";
  const earlier = later === "<" ? ">" : "<";
  const [sortOp, idOp] = side === "after" ? [later, ">"] : [earlier, "<"];
  return `(${order.sort} ${sortOp} $${side}Sort OR (${order.sort} = $${side}Sort AND d.id ${idOp} $${side}Id))`;
}

/** A page's size when the request gives neither first nor last. */
export const PAGE_DEFAULT = 20;
const ALL_DEALS = "(d:Deal)";
/** Where a page's deals sit in the connection's selection. */
const NODES: [string, string][] = [
  ["DealConnection", "edges"],
  ["DealEdge", "node"],
];

/**
 * The MATCH pattern, WHERE clauses and parameters for a filter; names resolved, nothing
 * client-written enters Cypher. The first country or system named anchors the MATCH, so the
 * planner walks that node's relationships instead of scanning every deal. The trade register
 * (src/export/register-read.ts) reads its deals with this, the orders and the cursors.
 */
export function filterClauses(
  ctx: Pick<GraphContext, "gazetteer">,
  filter: DealFilter | null,
): { match: string; clauses: string[]; params: Record<string, unknown> } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  let match = ALL_DEALS;
  const anchor = (pattern: string) => {
    if (match === ALL_DEALS) match = pattern;
    else clauses.push(`EXISTS { ${pattern} }`);
  };
  const country = (field: keyof DealFilter, value: string | undefined) => {
    if (value === undefined) return undefined;
    const code = resolveCountryCode(ctx.gazetteer, value);
    if (!code) throw badInput(`filter.${field}: no country called "${value}"`);
    return code;
  };
  const party = country("party", filter?.party);
  if (party) {
    anchor("(:Country {code: $party})-[:PARTY_TO]->(d:Deal)");
    params.party = party;
  }
  const supplier = country("supplier", filter?.supplier);
  if (supplier) {
    anchor("(:Country {code: $supplier})-[:PARTY_TO]->(d:Deal)");
    clauses.push("d.supplier = $supplier");
    params.supplier = supplier;
  }
  const recipient = country("recipient", filter?.recipient);
  if (recipient) {
    anchor("(:Country {code: $recipient})-[:PARTY_TO]->(d:Deal)");
    clauses.push("d.recipient = $recipient");
    params.recipient = recipient;
  }
  if (filter?.system !== undefined) {
    const system = resolveSystemId(ctx.gazetteer, filter.system);
    if (!system) throw badInput(`filter.system: no system called "${filter.system}"`);
    anchor("(d:Deal)-[:INVOLVES]->(:System {id: $system})");
    params.system = system;
  }
  if (filter?.kind) {
    clauses.push("d.kind = $kind");
    params.kind = filter.kind;
  }
  if (filter?.status) {
    clauses.push("d.status = $status");
    params.status = filter.status;
  }
  for (const [field, op] of [
    ["reportedFrom", ">="],
    ["reportedTo", "<="],
  ] as const) {
    const value = filter?.[field];
    if (value === undefined) continue;
    if (!DATE.test(value)) throw badInput(`filter.${field}: expected a date YYYY-MM-DD`);
    clauses.push(op === ">=" ? `d.lastReported >= $${field}` : `d.firstReported <= $${field}`);
    params[field] = value;
  }
  if (filter?.conflicting !== undefined && filter.conflicting !== null)
    clauses.push(
      filter.conflicting ? "size(coalesce(d.conflicts, [])) > 0" : "size(coalesce(d.conflicts, [])) = 0",
    );
  if (filter?.source !== undefined) {
    const source = resolveSourceId(ctx.gazetteer, filter.source) ?? filter.source;
    clauses.push("EXISTS { (d)<-[:REPORTS]-(:Article)-[:PUBLISHED_BY]->(:Source {id: $source}) }");
    params.source = source;
  }
  return { match, clauses, params };
}

@Resolver(() => Deal)
export class DealResolver {
  @Query(() => Deal, {
    nullable: true,
    description: "A deal by its id (MA-RU:acquisition:s-400); null when there is none.",
  })
  deal(
    @Arg("id", () => String, { description: "The deal's id, as Deal.id gives it." }) id: string,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Deal | null> {
    return projectedNode(ctx, info, "Deal", id);
  }

  @Query(() => DealConnection, {
    description: `Deals matching a filter, in an order, a page at a time (Relay cursor connection): first and after page forwards, last and before backwards; at most ${LIST_MAX} a page.`,
  })
  async deals(
    @Ctx() ctx: GraphContext,
    @Arg("filter", () => DealFilter, {
      nullable: true,
      description: "Conditions on the deals; none: every deal.",
    })
    filter: DealFilter | null,
    @Arg("orderBy", () => DealOrder, {
      defaultValue: DealOrder.LAST_REPORTED_DESC,
      description: "The order of the whole list, which cursors keep.",
    })
    orderBy: DealOrder,
    @Arg("first", () => Int, {
      nullable: true,
      description: `Page size from the start or from after (${PAGE_DEFAULT} when neither first nor last is given; at most ${LIST_MAX}).`,
    })
    first: number | null,
    @Arg("after", () => String, {
      nullable: true,
      description: "Only deals after this cursor (an edge's cursor or pageInfo.endCursor).",
    })
    after: string | null,
    @Arg("last", () => Int, {
      nullable: true,
      description: `Page size counted back from the end or from before, to page backwards (at most ${LIST_MAX}); not together with first.`,
    })
    last: number | null,
    @Arg("before", () => String, {
      nullable: true,
      description: "Only deals before this cursor (an edge's cursor or pageInfo.startCursor).",
    })
    before: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<DealConnection> {
    // An argument the request leaves out arrives as undefined, one set to null as null.
    if (first != null && last != null) throw badInput("first and last: give one of them, not both");
    if ((first ?? 0) < 0) throw badInput("first: must not be negative");
    if ((last ?? 0) < 0) throw badInput("last: must not be negative");
    const forward = last == null;
    const size = Math.min(first ?? last ?? PAGE_DEFAULT, LIST_MAX);
    const { match, clauses, params } = filterClauses(ctx, filter);
    const order = ORDERS[orderBy];
    const where = clauses.length > 0 ? `WHERE ${clauses.join(" AND ")}` : "";
    const pageClauses = [...clauses];
    for (const [side, cursor] of [
      ["after", after],
      ["before", before],
    ] as const) {
      if (!cursor) continue;
      const [sort, id] = decodeCursor(cursor, side);
      pageClauses.push(beyondCursor(order, side));
      Object.assign(params, { [`${side}Sort`]: sort, [`${side}Id`]: id });
    }
    const pageWhere = pageClauses.length > 0 ? `WHERE ${pageClauses.join(" AND ")}` : "";
    // Paging backwards reads the order reversed from before, then turns the page round.
    const direction = forward ? order.direction : order.direction === "DESC" ? "ASC" : "DESC";
    const tree = selectionOf(info);
    const cypher = new CypherBuilder();
    // Filter clauses name the deal `d`; the builder's own variables never take that name.
    const node = project("Deal", { ...cypher.frame(), node: "d" }, fieldsBelow(tree, NODES, "Deal"), cypher);
    const counting = selects(tree, "DealConnection", "totalCount");
    // The far side of the cursor the page starts from (after going forwards, before going
    // backwards): whether any deal lies there is one bounded look, asked only when selected.
    const fromSide: Side = forward ? "after" : "before";
    const farFlag = forward ? "hasPreviousPage" : "hasNextPage";
    const far =
      (forward ? after : before) &&
      Object.values(fieldsBelow(tree, [["DealConnection", "pageInfo"]], "PageInfo")).some(
        (field) => field.name === farFlag,
      ) &&
      [...clauses, `NOT ${beyondCursor(order, fromSide)}`].join(" AND ");
    const [row] = await read(
      ctx.reader,
      `CALL () {
         MATCH ${match} ${pageWhere} WITH d, ${order.sort} AS sort ORDER BY sort ${direction}, d.id ${forward ? "ASC" : "DESC"} LIMIT $limit
         RETURN collect({sort: sort, node: ${node}}) AS page
       }
       ${counting ? `CALL () { MATCH ${match} ${where} RETURN count(d) AS total }` : "WITH page, null AS total"}
       ${far ? `CALL () { MATCH ${match} WHERE ${far} WITH d LIMIT 1 RETURN count(d) > 0 AS beyond }` : "WITH page, total, false AS beyond"}
       RETURN page, total, beyond`,
      { ...params, ...cypher.params, limit: cypherInt(size + 1) },
    );
    const rows = (row?.page ?? []) as { sort: unknown; node: Deal }[];
    const more = rows.length > size;
    const page = rows.slice(0, size);
    if (!forward) page.reverse();
    const edges = page.map(({ sort, node }) =>
      Object.assign(new DealEdge(), { node, cursor: encodeCursor(String(sort), node.id) }),
    );
    const beyond = row?.beyond === true;
    return Object.assign(new DealConnection(), {
      edges,
      pageInfo: Object.assign(new PageInfo(), {
        hasNextPage: forward ? more : beyond,
        hasPreviousPage: forward ? beyond : more,
        startCursor: edges.at(0)?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      }),
      totalCount: row?.total as number,
    });
  }

  @FieldResolver(() => [DealParty], {
    description: "Every country party to the deal, with its role (supplier, recipient or partner).",
  })
  parties(
    @Root() deal: Deal,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<DealParty[]> {
    return related(deal, ctx, info);
  }

  @FieldResolver(() => Country, {
    nullable: true,
    description:
      "The supplying country: as a report states it (a direction word such as from, من, auprès de), else inferred from the origin of the system involved or the seat of the firm selling it; null when nothing tells.",
  })
  supplier(
    @Root() deal: Deal,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<Country | null> {
    return related(deal, ctx, info);
  }

  @FieldResolver(() => Country, {
    nullable: true,
    description:
      "The receiving country: as a report states it (to, إلى, à, a market entered), else the other party of a purchase or transfer whose supplier is known; null when nothing tells.",
  })
  recipient(
    @Root() deal: Deal,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<Country | null> {
    return related(deal, ctx, info);
  }

  @FieldResolver(() => [System], {
    description: "The weapon systems the deal is about, as its reports name them.",
  })
  systems(@Root() deal: Deal, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo): Related<System[]> {
    return related(deal, ctx, info);
  }

  @FieldResolver(() => [DealFigure], {
    description:
      "Each value its reports state for value, quantity, year, supplier and recipient, with who states it (from its oldest 1,000 reports).",
  })
  async figures(@Root() deal: Deal, @Ctx() ctx: GraphContext): Promise<DealFigure[]> {
    return figuresOf(await ctx.loaders.reportsOfDeal().load(deal.id));
  }

  @FieldResolver(() => [DealStage], {
    description:
      "Each status it was reported in, in the order first reported, with the outlets and dates (from its oldest 1,000 reports).",
  })
  async history(@Root() deal: Deal, @Ctx() ctx: GraphContext): Promise<DealStage[]> {
    return historyOf(await ctx.loaders.reportsOfDeal().load(deal.id));
  }

  @FieldResolver(() => [Report], {
    description:
      "Every article's report of the deal, oldest article first: what each said, with its evidence.",
  })
  reports(@Root() deal: Deal, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo): Related<Report[]> {
    return related(deal, ctx, info);
  }
}
