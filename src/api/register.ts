/**
 * The trade register through the API: the `register(filter, orderBy, first, after)` query,
 * a page of rows at a time (a Relay cursor connection over the same deals, filter, orders and
 * cursors as `deals`), and the downloads `GET /register.csv?…` and `GET /register.jsonl?…`
 * (the filter as query parameters, src/export/register-params.ts).
 *
 * A download streams: it reads the register a page at a time (REGISTER_READ_PAGE deals per
 * read, each read with the request limits' timeout and answer size) and writes each page as
 * the client takes it, so memory holds one page whatever the register's size. It stops after
 * REGISTER_MAX_ROWS rows: the deals it holds are counted first, and a capped download says so
 * in its headers (`X-Register-Total`, `X-Register-Capped`) before the first row.
 */
// Before any type-graphql class (DealFilter) is declared.
import "reflect-metadata";
import express from "express";
import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import type { Driver } from "neo4j-driver";
import { Arg, Ctx, Field, Float, Info, Int, ObjectType, Query, Resolver } from "type-graphql";
import {
  isRegisterFormat,
  REGISTER_FORMATS,
  type RegisterFormatName,
  writeRegister,
} from "../export/formats.js";
import { columnDescription, type RegisterRow as Row } from "../export/register-columns.js";
import { RegisterInputError, registerQueryOf } from "../export/register-params.js";
import { countRegister, readRegisterPage, registerPages } from "../export/register-read.js";
import type { Gazetteer } from "../extract/index.js";
import { type GraphReader, OutputBudget } from "../graph/index.js";
import { logger } from "../logger.js";
import type { GraphContext } from "./context.js";
import { badInput, DealFilter, DealOrder, PAGE_DEFAULT, PageInfo } from "./deal.js";
import { DealKind, DealStatus } from "./enums.js";
import { tooExpensive } from "./limits/refusals.js";
import { LIST_MAX } from "./nodes.js";
import { selectionOf, selects } from "./selection.js";

/** The most rows one download holds; narrower filters reach the rest. */
export const REGISTER_MAX_ROWS = 100_000;

@ObjectType("RegisterRow", {
  description:
    "One deal as a row of the trade register: SIPRI's trade register columns (supplier … comments), then ours (dealId … conflictingFields). The downloads /register.csv and /register.jsonl hold the same rows.",
})
export class RegisterRow implements Row {
  @Field(() => String, { nullable: true, description: columnDescription("supplier") })
  supplier!: string | null;

  @Field(() => String, { nullable: true, description: columnDescription("recipient") })
  recipient!: string | null;

  @Field(() => Int, { nullable: true, description: columnDescription("yearOfOrder") })
  yearOfOrder!: number | null;

  @Field(() => Int, { nullable: true, description: columnDescription("numberOrdered") })
  numberOrdered!: number | null;

  @Field(() => [String], { description: columnDescription("designation") })
  designation!: string[];

  @Field(() => [String], { description: columnDescription("description") })
  description!: string[];

  @Field(() => Int, { nullable: true, description: columnDescription("numberDelivered") })
  numberDelivered!: number | null;

  @Field(() => [Int], { description: columnDescription("yearsOfDelivery") })
  yearsOfDelivery!: number[];

  @Field(() => DealStatus, { description: columnDescription("status") })
  status!: DealStatus;

  @Field(() => String, { nullable: true, description: columnDescription("comments") })
  comments!: string | null;

  @Field(() => String, { description: columnDescription("dealId") })
  dealId!: string;

  @Field(() => DealKind, { description: columnDescription("kind") })
  kind!: DealKind;

  @Field(() => String, { nullable: true, description: columnDescription("supplierCode") })
  supplierCode!: string | null;

  @Field(() => String, { nullable: true, description: columnDescription("recipientCode") })
  recipientCode!: string | null;

  @Field(() => [String], { description: columnDescription("parties") })
  parties!: string[];

  @Field(() => [String], { description: columnDescription("designationAr") })
  designationAr!: string[];

  @Field(() => Float, { nullable: true, description: columnDescription("value") })
  value!: number | null;

  @Field(() => String, { nullable: true, description: columnDescription("currency") })
  currency!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: columnDescription("firstReported") })
  firstReported!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: columnDescription("lastReported") })
  lastReported!: string | null;

  @Field(() => Int, { description: columnDescription("reportCount") })
  reportCount!: number;

  @Field(() => [String], { description: columnDescription("sources") })
  sources!: string[];

  @Field(() => [String], { description: columnDescription("conflictingFields") })
  conflictingFields!: string[];
}

@ObjectType({ description: "One row on a page of the register, with the cursor that marks its place." })
export class RegisterEdge {
  @Field(() => String, {
    description: "Opaque cursor of this row's place in the order: pass it as after to continue from here.",
  })
  cursor!: string;

  @Field(() => RegisterRow, { description: "The row." })
  node!: RegisterRow;
}

@ObjectType({ description: "A page of the trade register, as the Relay cursor connection spec shapes it." })
export class RegisterConnection {
  @Field(() => [RegisterEdge], { description: "The page's rows, in the requested order." })
  edges!: RegisterEdge[];

  @Field(() => PageInfo, { description: "Cursors and whether more pages exist either way." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "How many deals match the filter, over all pages." })
  totalCount!: number;
}

@Resolver()
export class RegisterResolver {
  @Query(() => RegisterConnection, {
    description: `The trade register: one row per deal matching the filter (the deals of deals(filter)), in SIPRI's register columns then ours, a page at a time (first and after; at most ${LIST_MAX} a page). GET /register.csv and /register.jsonl download it whole.`,
  })
  async register(
    @Ctx() ctx: GraphContext,
    @Arg("filter", () => DealFilter, {
      nullable: true,
      description: "Conditions on the deals, as deals(filter) takes them; none: every deal.",
    })
    filter: DealFilter | null,
    @Arg("orderBy", () => DealOrder, {
      defaultValue: DealOrder.ID_ASC,
      description: "The order of the whole register, which cursors keep; by deal id unless given.",
    })
    orderBy: DealOrder,
    @Arg("first", () => Int, {
      nullable: true,
      description: `Page size (${PAGE_DEFAULT} when not given; at most ${LIST_MAX}).`,
    })
    first: number | null,
    @Arg("after", () => String, {
      nullable: true,
      description: "Only rows after this cursor (an edge's cursor or pageInfo.endCursor).",
    })
    after: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RegisterConnection> {
    if ((first ?? 0) < 0) throw badInput("first: must not be negative");
    const size = Math.min(first ?? PAGE_DEFAULT, LIST_MAX);
    const query = { filter, orderBy };
    const counting = selects(selectionOf(info), "RegisterConnection", "totalCount");
    const [page, total] = await Promise.all([
      readRegisterPage(ctx.reader, ctx.gazetteer, query, size, after),
      counting ? countRegister(ctx.reader, ctx.gazetteer, filter) : null,
    ]);
    const edges = page.rows.map(({ cursor, row }) =>
      Object.assign(new RegisterEdge(), { cursor, node: Object.assign(new RegisterRow(), row) }),
    );
    return Object.assign(new RegisterConnection(), {
      edges,
      pageInfo: Object.assign(new PageInfo(), {
        hasNextPage: page.hasNext,
        hasPreviousPage: page.hasPrevious,
        startCursor: edges.at(0)?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      }),
      totalCount: total as number,
    });
  }
}

export interface RegisterRouteOptions {
  driver: Driver;
  database: string;
  gazetteer: Gazetteer;
  limits: { queryTimeoutMs: number; maxResponseBytes: number };
  /** Called for every Cypher query a download sends. */
  onQuery?: (cypher: string) => void;
  /** The most rows one download holds (REGISTER_MAX_ROWS). */
  maxRows?: number;
  /** Whether Neo4j cannot be reached, from a read's error (server.ts's test). */
  isUnavailable: (error: unknown) => boolean;
}

const jsonError = (response: express.Response, status: number, message: string, extensions: object) =>
  response.status(status).json({ errors: [{ message, extensions }] });

/** The file name: "register", then the filter's values (a file per filter stays apart). */
function fileName(parameters: Record<string, unknown>, format: RegisterFormatName): string {
  const parts = Object.values(parameters)
    .map((value) =>
      String(value)
        .replace(/[^\p{L}\p{N}]+/gu, "-")
        .replace(/^-|-$/g, ""),
    )
    .filter(Boolean);
  return `${["register", ...parts].join("-")}.${REGISTER_FORMATS[format].extension}`;
}

function download(options: RegisterRouteOptions, format: RegisterFormatName): express.RequestHandler {
  const maxRows = options.maxRows ?? REGISTER_MAX_ROWS;
  // Every page's read gets the request limits afresh: a download is many reads, each bounded.
  const readerOf = (): GraphReader => ({
    driver: options.driver,
    database: options.database,
    onQuery: options.onQuery,
    timeoutMs: options.limits.queryTimeoutMs,
    budget: new OutputBudget(options.limits.maxResponseBytes),
  });
  return async (request, response) => {
    const parameters = request.query as Record<string, string | string[] | undefined>;
    let query: ReturnType<typeof registerQueryOf>;
    let total: number;
    try {
      query = registerQueryOf(options.gazetteer, parameters);
      total = await countRegister(readerOf(), options.gazetteer, query.filter);
    } catch (error) {
      if (error instanceof RegisterInputError)
        return jsonError(response, 400, error.message, {
          code: "BAD_USER_INPUT",
          parameter: error.parameter,
        });
      if (error instanceof GraphQLError && error.extensions.code === "BAD_USER_INPUT")
        return jsonError(response, 400, error.message, { code: "BAD_USER_INPUT" });
      if (options.isUnavailable(error))
        return jsonError(response, 503, "The graph database is unavailable; try again shortly.", {
          code: "SERVICE_UNAVAILABLE",
        });
      const refusal = tooExpensive(error);
      if (refusal) return jsonError(response, 503, refusal, { code: "QUERY_TOO_EXPENSIVE" });
      logger.error({ err: error }, "register download failed");
      return jsonError(response, 500, "Internal server error", { code: "INTERNAL_SERVER_ERROR" });
    }
    response.attachment(fileName(parameters, format));
    response.type(REGISTER_FORMATS[format].contentType);
    response.set("X-Register-Total", String(total));
    if (total > maxRows)
      response.set(
        "X-Register-Capped",
        `the first ${maxRows} of ${total} deals; narrow the filter (country, system, status, reportedFrom) for the rest`,
      );
    try {
      await writeRegister(registerPages(readerOf, options.gazetteer, query, maxRows), format, response);
    } catch (error) {
      // The headers are gone: the client sees the transfer cut short, the log says why.
      logger.warn({ err: error, reason: tooExpensive(error) }, "register download stopped");
      response.destroy();
    }
  };
}

/** GET /register.csv and /register.jsonl. */
export function registerRoutes(options: RegisterRouteOptions): express.Router {
  const router = express.Router();
  for (const format of Object.keys(REGISTER_FORMATS).filter(isRegisterFormat))
    router.get(`/register.${REGISTER_FORMATS[format].extension}`, download(options, format));
  return router;
}
