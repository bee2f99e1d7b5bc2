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
  description: "A deal between countries, as reported: the latest status, and every report behind it.",
})
export class Deal {
  @Field(() => String, {
    description: "Stable id: sorted parties, kind, sorted systems (MA-RU:acquisition:s-400).",
  })
  id!: string;

  @Field(() => DealKind)
  kind!: DealKind;

  @Field(() => DealStatus, { description: "The status of the latest report." })
  status!: DealStatus;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Date of the first report, YYYY-MM-DD." })
  firstReported?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Date of the latest report, YYYY-MM-DD." })
  lastReported?: string | null;

  @Field(() => Int, { nullable: true })
  reportCount?: number | null;

  @Field(() => Int, { nullable: true, description: "Units ordered, when a report states it." })
  quantity?: number | null;

  @Field(() => Float, { nullable: true, description: "Value, when a report states it." })
  value?: number | null;

  @Field(() => String, { nullable: true, description: "ISO 4217 currency of value." })
  currency?: string | null;

  @Field(() => Int, { nullable: true, description: "Year of order or delivery, when stated." })
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
registerEnumType(DealOrder, { name: "DealOrder" });

@InputType({ description: "Deal filters; countries and systems by code/id or any name." })
export class DealFilter {
  @Field(() => String, { nullable: true, description: "A party in any role." })
  party?: string;

  @Field(() => String, { nullable: true })
  supplier?: string;

  @Field(() => String, { nullable: true })
  recipient?: string;

  @Field(() => String, { nullable: true })
  system?: string;

  @Field(() => DealKind, { nullable: true })
  kind?: DealKind;

  @Field(() => DealStatus, { nullable: true })
  status?: DealStatus;

  @Field(() => String, { nullable: true, description: "Reported on or after this date (YYYY-MM-DD)." })
  reportedFrom?: string;

  @Field(() => String, { nullable: true, description: "Reported on or before this date (YYYY-MM-DD)." })
  reportedTo?: string;

  @Field(() => String, { nullable: true, description: "Reported by this source (id or name)." })
  source?: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "True: only deals whose reports disagree on a figure; false: only those whose reports agree.",
  })
  conflicting?: boolean;
}

@ObjectType()
export class DealEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Deal)
  node!: Deal;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class DealConnection {
  @Field(() => [DealEdge])
  edges!: DealEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Deals matching the filter, all pages." })
  totalCount!: number;
}

const ORDERS: Record<DealOrder, { sort: string; direction: "ASC" | "DESC" }> = {
  [DealOrder.LAST_REPORTED_DESC]: { sort: "coalesce(d.lastReported, '')", direction: "DESC" },
  [DealOrder.FIRST_REPORTED_ASC]: { sort: "coalesce(d.firstReported, '')", direction: "ASC" },
  [DealOrder.ID_ASC]: { sort: "d.id", direction: "ASC" },
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}

const encodeCursor = (sort: string, id: string) =>
  Buffer.from(JSON.stringify([sort, id])).toString("base64url");

function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === "string"))
      return value as [string, string];
  } catch {}
  throw badInput("after: not a cursor this API gave out");
}

const ALL_DEALS = "(d:Deal)";
/** Where a page's deals sit in the connection's selection. */
const NODES: [string, string][] = [
  ["DealConnection", "edges"],
  ["DealEdge", "node"],
];

/**
 * The MATCH pattern, WHERE clauses and parameters for a filter; names resolved, nothing
 * client-written enters Cypher. The first country or system named anchors the MATCH, so the
 * planner walks that node's relationships instead of scanning every deal.
 */
function filterClauses(
  ctx: GraphContext,
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
  @Query(() => Deal, { nullable: true })
  deal(
    @Arg("id", () => String) id: string,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Deal | null> {
    return projectedNode(ctx, info, "Deal", id);
  }

  @Query(() => DealConnection, {
    description: `Deals, filtered and ordered; at most ${LIST_MAX} a page, continue with after: endCursor.`,
  })
  async deals(
    @Ctx() ctx: GraphContext,
    @Arg("filter", () => DealFilter, { nullable: true }) filter: DealFilter | null,
    @Arg("orderBy", () => DealOrder, { defaultValue: DealOrder.LAST_REPORTED_DESC }) orderBy: DealOrder,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<DealConnection> {
    if (first < 0) throw badInput("first: must not be negative");
    const size = Math.min(first, LIST_MAX);
    const { match, clauses, params } = filterClauses(ctx, filter);
    const order = ORDERS[orderBy];
    const where = clauses.length > 0 ? `WHERE ${clauses.join(" AND ")}` : "";
    const pageClauses = [...clauses];
    if (after) {
      const [sort, id] = decodeCursor(after);
      const beyond = order.direction === "DESC" ? "<" : ">";
      pageClauses.push(
        `(${order.sort} ${beyond} $afterSort OR (${order.sort} = $afterSort AND d.id > $afterId))`,
      );
      Object.assign(params, { afterSort: sort, afterId: id });
    }
    const pageWhere = pageClauses.length > 0 ? `WHERE ${pageClauses.join(" AND ")}` : "";
    const tree = selectionOf(info);
    const cypher = new CypherBuilder();
    // Filter clauses name the deal `d`; the builder's own variables never take that name.
    const node = project("Deal", { ...cypher.frame(), node: "d" }, fieldsBelow(tree, NODES, "Deal"), cypher);
    const counting = selects(tree, "DealConnection", "totalCount");
    const [row] = await read(
      ctx.reader,
      `CALL () {
         MATCH ${match} ${pageWhere} WITH d, ${order.sort} AS sort ORDER BY sort ${order.direction}, d.id ASC LIMIT $limit
         RETURN collect({sort: sort, node: ${node}}) AS page
       }
       ${counting ? `CALL () { MATCH ${match} ${where} RETURN count(d) AS total }` : "WITH page, null AS total"}
       RETURN page, total`,
      { ...params, ...cypher.params, limit: cypherInt(size + 1) },
    );
    const rows = (row?.page ?? []) as { sort: unknown; node: Deal }[];
    const edges = rows
      .slice(0, size)
      .map(({ sort, node }) =>
        Object.assign(new DealEdge(), { node, cursor: encodeCursor(String(sort), node.id) }),
      );
    return Object.assign(new DealConnection(), {
      edges,
      pageInfo: Object.assign(new PageInfo(), {
        hasNextPage: rows.length > size,
        endCursor: edges.at(-1)?.cursor ?? null,
      }),
      totalCount: row?.total as number,
    });
  }

  @FieldResolver(() => [DealParty])
  parties(
    @Root() deal: Deal,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<DealParty[]> {
    return related(deal, ctx, info);
  }

  @FieldResolver(() => Country, {
    nullable: true,
    description: "The supplying party, where reports say or the system's origin shows.",
  })
  supplier(
    @Root() deal: Deal,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<Country | null> {
    return related(deal, ctx, info);
  }

  @FieldResolver(() => Country, { nullable: true })
  recipient(
    @Root() deal: Deal,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<Country | null> {
    return related(deal, ctx, info);
  }

  @FieldResolver(() => [System])
  systems(@Root() deal: Deal, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo): Related<System[]> {
    return related(deal, ctx, info);
  }

  @FieldResolver(() => [DealFigure], {
    description:
      "Each value its reports state for value, quantity, year, supplier and recipient, with who states it.",
  })
  async figures(@Root() deal: Deal, @Ctx() ctx: GraphContext): Promise<DealFigure[]> {
    return figuresOf(await ctx.loaders.reportsOfDeal().load(deal.id));
  }

  @FieldResolver(() => [DealStage], {
    description: "Each status it was reported in, in the order first reported, with the outlets and dates.",
  })
  async history(@Root() deal: Deal, @Ctx() ctx: GraphContext): Promise<DealStage[]> {
    return historyOf(await ctx.loaders.reportsOfDeal().load(deal.id));
  }

  @FieldResolver(() => [Report], { description: "Every article's report of this deal, oldest first." })
  reports(@Root() deal: Deal, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo): Related<Report[]> {
    return related(deal, ctx, info);
  }
}
