/** Source: a news outlet, agency or aggregator, with what it published and the deals it reported. */
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, FieldResolver, Info, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Article } from "./article.js";
import type { GraphContext } from "./context.js";
import { Deal } from "./deal.js";
import { resolveSourceId } from "./names.js";
import { projectedNode, type Related, related } from "./nodes.js";

@ObjectType({ description: "A news outlet, agency or aggregator." })
export class Source {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  nameAr?: string | null;

  @Field(() => String, { nullable: true, description: "outlet, agency or aggregator." })
  kind?: string | null;
}

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true, description: "A source by id or name (Hespress, هسبريس, Reuters)." })
  source(
    @Arg("id", () => String) id: string,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Source | null> {
    return projectedNode(ctx, info, "Source", resolveSourceId(ctx.gazetteer, id) ?? id);
  }

  @FieldResolver(() => [Article], { description: "Its articles, newest first." })
  articles(
    @Root() source: Source,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("first", () => Int, { nullable: true }) _first: number | null,
  ): Related<Article[]> {
    return related(source, ctx, info);
  }

  @FieldResolver(() => [Deal], { description: "Deals its articles reported." })
  deals(@Root() source: Source, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo): Related<Deal[]> {
    return related(source, ctx, info);
  }
}
