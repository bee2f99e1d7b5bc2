/**
 * `health`: proves the wiring end to end — the API answers, and Neo4j answers over Bolt with
 * its version and edition.
 */
import { Ctx, Field, ObjectType, Query, Resolver } from "type-graphql";
import { readServerInfo } from "../graph/index.js";
import type { GraphContext } from "./context.js";

@ObjectType({ description: "The API and the Neo4j server behind it." })
export class Health {
  @Field(() => Boolean, {
    description:
      "True when Neo4j answered this request (otherwise the request fails with SERVICE_UNAVAILABLE).",
  })
  ok!: boolean;

  @Field(() => String, { description: "Neo4j server version as the server reports it (5.26.30)." })
  neo4jVersion!: string;

  @Field(() => String, { description: "Neo4j edition as the server reports it: community or enterprise." })
  neo4jEdition!: string;
}

@Resolver()
export class HealthResolver {
  @Query(() => Health, { description: "Whether the API and its Neo4j server answer." })
  async health(@Ctx() { reader }: GraphContext): Promise<Health> {
    const info = await readServerInfo(reader.driver, reader.database);
    return { ok: true, neo4jVersion: info.version, neo4jEdition: info.edition };
  }
}
