/**
 * The GraphQL schema, built by type-graphql from the resolver classes, and its SDL as emitted
 * into schema/schema.graphql (a test fails when that file is stale; CI lints it and compares it
 * with the previous commit's, see tools/schema-check.ts). Every description comes from the
 * decorators, except the root types', which type-graphql has no decorator for.
 */
import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { ArticleResolver } from "./article.js";
import { CountryResolver } from "./country.js";
import { DealResolver } from "./deal.js";
import { DealPartyResolver, PartnershipResolver, ReportResolver } from "./edges.js";
import { ExploreResolver } from "./explore.js";
import { HealthResolver } from "./health.js";
import { IngestResolver } from "./ingest.js";
import { OrganizationResolver } from "./organization.js";
import { PersonResolver } from "./person.js";
import { RegisterResolver } from "./register.js";
import { SourceResolver } from "./source.js";
import { SystemResolver } from "./system.js";

const ROOT_DESCRIPTIONS = {
  query:
    "Reads of the graph: entities by code, id or any name in Arabic, English or French, deal lists, search, paths and timelines.",
  mutation:
    "Writes to the graph: adding and removing articles. Each needs Authorization: Bearer <API_TOKEN>.",
} as const;

export async function buildApiSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      HealthResolver,
      CountryResolver,
      DealResolver,
      SystemResolver,
      OrganizationResolver,
      PersonResolver,
      SourceResolver,
      ArticleResolver,
      DealPartyResolver,
      ReportResolver,
      PartnershipResolver,
      ExploreResolver,
      RegisterResolver,
      IngestResolver,
    ],
    validate: false,
  });
  for (const [root, type] of [
    ["query", schema.getQueryType()],
    ["mutation", schema.getMutationType()],
  ] as const) {
    if (type) type.description = ROOT_DESCRIPTIONS[root];
  }
  return schema;
}

/** The SDL as committed: sorted, so the file changes only when the schema does. */
export async function printApiSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildApiSchema()))}\n`;
}
