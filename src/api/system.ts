/** System: a weapon system, its origin, makers and the deals that involve it. */
import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, FieldResolver, Info, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { cypherInt } from "../graph/index.js";
import type { GraphContext } from "./context.js";
import { Country } from "./country.js";
import { Deal } from "./deal.js";
import { SystemCategory } from "./enums.js";
import { resolveCountryCode, resolveSystemId } from "./names.js";
import {
  capped,
  firstDescription,
  LIST_MAX,
  projectedList,
  projectedNode,
  type Related,
  related,
} from "./nodes.js";
import { Organization } from "./organization.js";

@ObjectType({
  description:
    "A weapon system or class of equipment (S-400, JF-17 Thunder, Bayraktar TB2 …), as the project's systems catalogue (seeds/gazetteer/systems/) describes it.",
})
export class System {
  @Field(() => String, {
    description: "Lower-case slug of the canonical designation (s-400, jf-17), stable across releases.",
  })
  id!: string;

  @Field(() => String, { description: "The standard English designation (S-400, JF-17 Thunder)." })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: "The usual Arabic designation, when the catalogue has one.",
  })
  nameAr?: string | null;

  @Field(() => SystemCategory, { description: "The kind of equipment, from the catalogue." })
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
    description: "A system by id or any alias (S-400, إس-400, اس 400); null when none matches.",
  })
  system(
    @Arg("id", () => String, { nullable: true, description: "The system's id (s-400); wins over name." })
    id: string | null,
    @Arg("name", () => String, {
      nullable: true,
      description: "Any alias in Arabic, English or French, spelled as articles do (اس 400).",
    })
    name: string | null,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<System | null> {
    return projectedNode(ctx, info, "System", resolveSystemId(ctx.gazetteer, id ?? name ?? ""));
  }

  @Query(() => [System], {
    description:
      "Systems in the graph (those some article mentions), by id; optionally of one category and origin.",
  })
  systems(
    @Arg("category", () => SystemCategory, { nullable: true, description: "Only systems of this category." })
    category: SystemCategory | null,
    @Arg("origin", () => String, {
      nullable: true,
      description: "Only systems from this country: ISO 3166-1 alpha-2 code or any name (PK, باكستان).",
    })
    origin: string | null,
    @Arg("first", () => Int, { nullable: true, description: firstDescription(LIST_MAX) }) first:
      | number
      | null,
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
    description:
      "The names articles use for it in Arabic, English and French, from the catalogue (the ones the extractor matches).",
  })
  aliases(@Root() system: System): string[] {
    return (system.aliasText ?? "").split(" | ").filter(Boolean);
  }

  @FieldResolver(() => Country, {
    nullable: true,
    description: "The country that produces it, from the catalogue; null when the catalogue does not say.",
  })
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

  @FieldResolver(() => [Organization], { description: "The firms that make it, from the catalogue." })
  manufacturers(
    @Root() system: System,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<Organization[]> {
    return related(system, ctx, info);
  }

  @FieldResolver(() => [Deal], { description: "Deals that involve it, most recently reported first." })
  deals(@Root() system: System, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo): Related<Deal[]> {
    return related(system, ctx, info);
  }
}
