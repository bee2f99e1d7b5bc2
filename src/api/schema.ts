/**
 * The GraphQL schema, built by type-graphql from the resolver classes, and its SDL as emitted
 * into schema/schema.graphql (a test fails when that file is stale).
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
import { SourceResolver } from "./source.js";
import { SystemResolver } from "./system.js";

export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
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
      IngestResolver,
    ],
    validate: false,
  });
}

/** The SDL as committed: sorted, so the file changes only when the schema does. */
export async function printApiSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildApiSchema()))}\n`;
}
