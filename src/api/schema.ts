/**
 * The GraphQL schema, built by type-graphql from the resolver classes, and its SDL as emitted
 * into schema/schema.graphql (a test fails when that file is stale).
 */
import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { HealthResolver } from "./health.js";

export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [HealthResolver], validate: false });
}

/** The SDL as committed: sorted, so the file changes only when the schema does. */
export async function printApiSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildApiSchema()))}\n`;
}
