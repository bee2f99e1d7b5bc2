/** System: a weapon system, its origin, makers and the deals that involve it. */
import { GraphQLError } from "graphql";
import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { cypherInt, read } from "../graph/index.js";
import type { GraphContext } from "./context.js";
import { Country } from "./country.js";
import { Deal } from "./deal.js";
import { SystemCategory } from "./enums.js";
import { resolveCountryCode, resolveSystemId } from "./names.js";
import { capped, hydrate, LIST_MAX, loadHop, loadNode } from "./nodes.js";
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
  ): Promise<System | null> {
    return loadNode(ctx, "System", System, resolveSystemId(ctx.gazetteer, id ?? name ?? ""));
  }

  @Query(() => [System], {
    description: "Systems in the graph, by id; optionally of one category and/or origin (code or name).",
  })
  async systems(
    @Arg("category", () => SystemCategory, { nullable: true }) category: SystemCategory | null,
    @Arg("origin", () => String, { nullable: true }) origin: string | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Ctx() ctx: GraphContext,
  ): Promise<System[]> {
    const code = origin ? resolveCountryCode(ctx.gazetteer, origin) : null;
    if (origin && !code)
      throw new GraphQLError(`origin: no country called "${origin}"`, {
        extensions: { code: "BAD_USER_INPUT" },
      });
    const rows = await read(
      ctx.reader,
      `MATCH (s:System) WHERE ($category IS NULL OR s.category = $category)
         AND ($origin IS NULL OR EXISTS { (s)-[:ORIGINATES_IN]->(:Country {code: $origin}) })
       RETURN properties(s) AS props ORDER BY s.id LIMIT $limit`,
      { category, origin: code, limit: cypherInt(capped(first ?? LIST_MAX)) },
    );
    return rows.map((row) => hydrate(System, row.props as Record<string, unknown>));
  }

  @FieldResolver(() => [String], {
    description: "Surface forms it is known by, in Arabic, English and French.",
  })
  aliases(@Root() system: System): string[] {
    return (system.aliasText ?? "").split(" | ").filter(Boolean);
  }

  @FieldResolver(() => Country, { nullable: true })
  async origin(@Root() system: System, @Ctx() ctx: GraphContext): Promise<Country | null> {
    const [origin] = await loadHop(ctx, "originOfSystem", Country, system.id);
    return origin ?? null;
  }

  @FieldResolver(() => [Organization])
  manufacturers(@Root() system: System, @Ctx() ctx: GraphContext): Promise<Organization[]> {
    return loadHop(ctx, "makersOfSystem", Organization, system.id);
  }

  @FieldResolver(() => [Deal])
  deals(@Root() system: System, @Ctx() ctx: GraphContext): Promise<Deal[]> {
    return loadHop(ctx, "dealsOfSystem", Deal, system.id);
  }
}
