/**
 * What a deal's reports say, field by field and stage by stage: `Deal.figures` (each stated
 * value with the reports that state it, so a disagreement shows who said what) and
 * `Deal.history` (each status in date order with its outlets; a report that goes back — talks
 * after a delivery — is kept and flagged). Built from the reports, never stored twice.
 */
import { GraphQLLocalDate } from "graphql-scalars";
import { Field, Float, ObjectType } from "type-graphql";
import type { DealReportRow } from "../graph/index.js";
import { DealStatus } from "./enums.js";
import { hydrate } from "./nodes.js";
import { Source } from "./source.js";

@ObjectType({ description: "One report behind a figure or a stage: who said it, and when." })
export class ReportSource {
  @Field(() => Source, { nullable: true, description: "The outlet that published the report." })
  source!: Source | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "The article's date, YYYY-MM-DD." })
  publishedAt!: string | null;

  @Field(() => String, { description: "Id of the article that states it." })
  article!: string;
}

@ObjectType({ description: "A value one or more reports state for a field of the deal." })
export class DealFigure {
  @Field(() => String, { description: "The field: value, quantity, year, supplier or recipient." })
  field!: string;

  @Field(() => String, {
    description: "The value as stated: an amount, a number of units, a year, or an ISO country code.",
  })
  value!: string;

  @Field(() => Float, { nullable: true, description: "The amount, for the value field." })
  amount!: number | null;

  @Field(() => String, { nullable: true, description: "ISO 4217 currency of the amount." })
  currency!: string | null;

  @Field(() => [ReportSource], { description: "The reports that state this value, oldest first." })
  reports!: ReportSource[];
}

@ObjectType({ description: "A status the deal was reported in, with its first and last report." })
export class DealStage {
  @Field(() => DealStatus, { description: "The status these reports gave the deal." })
  status!: DealStatus;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "First report of this status, YYYY-MM-DD." })
  firstReported!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Last report of this status, YYYY-MM-DD." })
  lastReported!: string | null;

  @Field(() => [ReportSource], { description: "The reports of this status, oldest first." })
  reports!: ReportSource[];

  @Field(() => Boolean, {
    description:
      "True when a report of this status came after a report of a further stage (talks after a delivery).",
  })
  backwards!: boolean;
}

const FIELDS = ["value", "quantity", "year", "supplier", "recipient"] as const;
/** Progress order; cancelled, denied and unknown are not steps of it. */
const STAGE_RANK: Record<string, number> = {
  rumoured: 0,
  "under negotiation": 1,
  agreed: 2,
  signed: 3,
  delivered: 4,
};

const sourceOf = (row: DealReportRow): ReportSource =>
  Object.assign(new ReportSource(), {
    source: row.source ? hydrate(Source, row.source) : null,
    publishedAt: row.publishedAt,
    article: row.article,
  });

/** Each stated value of each field, with its reports (a delivery's batch is not the order's quantity). */
export function figuresOf(reports: DealReportRow[]): DealFigure[] {
  const figures = new Map<string, DealFigure>();
  for (const row of reports) {
    for (const field of FIELDS) {
      const stated = row[field];
      if (stated === null || stated === undefined || (field === "quantity" && row.status === "delivered"))
        continue;
      const value = field === "value" ? `${stated} ${row.currency ?? ""}`.trim() : String(stated);
      const key = `${field}|${value}`;
      const figure =
        figures.get(key) ??
        Object.assign(new DealFigure(), {
          field,
          value,
          amount: field === "value" ? (stated as number) : null,
          currency: field === "value" ? row.currency : null,
          reports: [],
        });
      figure.reports.push(sourceOf(row));
      figures.set(key, figure);
    }
  }
  return [...figures.values()];
}

/** Stages in the order first reported; reports come oldest first. */
export function historyOf(reports: DealReportRow[]): DealStage[] {
  const stages = new Map<string, DealStage>();
  let furthest = -1;
  let furthestDate: string | null = null;
  for (const row of reports) {
    const rank = STAGE_RANK[row.status];
    const stage =
      stages.get(row.status) ??
      Object.assign(new DealStage(), {
        status: row.status,
        firstReported: row.publishedAt,
        lastReported: row.publishedAt,
        reports: [],
        backwards: false,
      });
    stage.reports.push(sourceOf(row));
    if (row.publishedAt) stage.lastReported = row.publishedAt;
    // Going back needs a later date: one article may tell a deal's story in any order.
    if (
      rank !== undefined &&
      rank < furthest &&
      furthestDate !== null &&
      (row.publishedAt ?? "") > furthestDate
    )
      stage.backwards = true;
    if (rank !== undefined && rank > furthest) [furthest, furthestDate] = [rank, row.publishedAt];
    stages.set(row.status, stage);
  }
  return [...stages.values()];
}
