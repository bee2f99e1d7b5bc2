/** System: a weapon system, its origin, makers and the deals that involve it. */
import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, FieldResolver, Info, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { cypherInt } from "../graph/index.js";
import type { GraphContext } from "./context.js";
import { Country } from "./country.js";
import { Deal } from "./deal.js";
import { SystemCategory } from "./enums.js";
import { resolveCountryCode, resolveSystemId } from "./names.js";
import { capped, LIST_MAX, projectedList, projectedNode, type Related, related } from "./nodes.js";
import { Organization } from "./organization.js";

@ObjectType({ description: "A weapon system (S-400, JF-17 Thunder, Bayraktar TB2 …)." })
export class System {
  @Field(() => String, { description: "Slug of the canonical designation, e.g. s-400." })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  nameAr?: string | null;

  @Field(() => SystemCategory)
  category!: SystemCategory;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "False for a designation the catalogue lacks, found by its shape next to a class noun (its category is the noun's); `npm run -s extract -- --uncatalogued` lists them.",
  })
  catalogued?: boolean | null;

  aliasText?: string | null;
}

@Resolver(() => System)
export class SystemResolver {
  @Query(() => System, {
    nullable: true,
    description: "A system by id or any alias (S-400, إس-400, اس 400).",
  })
  system(
    @Arg("id", () => String, { nullable: true }) id: string | null,
    @Arg("name", () => String, { nullable: true }) name: string | null,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<System | null> {
    return projectedNode(ctx, info, "System", resolveSystemId(ctx.gazetteer, id ?? name ?? ""));
  }

  @Query(() => [System], {
    description: "Systems in the graph, by id; optionally of one category and/or origin (code or name).",
  })
  systems(
    @Arg("category", () => SystemCategory, { nullable: true }) category: SystemCategory | null,
    @Arg("origin", () => String, { nullable: true }) origin: string | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<System[]> {
    const code = origin ? resolveCountryCode(ctx.gazetteer, origin) : null;
    if (origin && !code)
      throw new GraphQLError(`origin: no country called "${origin}"`, {
        extensions: { code: "BAD_USER_INPUT" },
      });
    return projectedList(
      ctx,
      info,
      "System",
      ({ node }) =>
        `MATCH (${node}:System) WHERE ($category IS NULL OR ${node}.category = $category)
           AND ($origin IS NULL OR EXISTS { (${node})-[:ORIGINATES_IN]->(:Country {code: $origin}) })
         WITH ${node} ORDER BY ${node}.id LIMIT $limit`,
      { category, origin: code, limit: cypherInt(capped(first ?? LIST_MAX)) },
    );
  }

  @FieldResolver(() => [String], {
    description: "Surface forms it is known by, in Arabic, English and French.",
  })
  aliases(@Root() system: System): string[] {
    return (system.aliasText ?? "").split(" | ").filter(Boolean);
  }

  @FieldResolver(() => Country, { nullable: true })
  origin(
    @Root() system: System,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<Country | null> {
    return related(system, ctx, info);
  }

  @FieldResolver(() => System, {
    nullable: true,
    description: "The family this system is a variant of (F-16 for F-16 Block 70); null for a family.",
  })
  family(
    @Root() system: System,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<System | null> {
    return related(system, ctx, info);
  }

  @FieldResolver(() => [System], {
    description: "Its variants that reports have named. A family's deals include its variants' deals.",
  })
  variants(
    @Root() system: System,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<System[]> {
    return related(system, ctx, info);
  }

  @FieldResolver(() => [Organization])
  manufacturers(
    @Root() system: System,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<Organization[]> {
    return related(system, ctx, info);
  }

  @FieldResolver(() => [Deal])
  deals(@Root() system: System, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo): Related<Deal[]> {
    return related(system, ctx, info);
  }
}
