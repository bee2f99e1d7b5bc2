/** System: a weapon system, its origin, makers and the deals that involve it. */
import { Arg, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { GraphContext } from "./context.js";
import { Country } from "./country.js";
import { Deal } from "./deal.js";
import { SystemCategory } from "./enums.js";
import { resolveSystemId } from "./names.js";
import { loadHop, loadNode } from "./nodes.js";
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
