/** Source: a news outlet, agency or aggregator, with what it published and the deals it reported. */
import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Article } from "./article.js";
import type { GraphContext } from "./context.js";
import { Deal } from "./deal.js";
import { resolveSourceId } from "./names.js";
import { capped, hydrate, loadHop, loadNode } from "./nodes.js";

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
  source(@Arg("id", () => String) id: string, @Ctx() ctx: GraphContext): Promise<Source | null> {
    return loadNode(ctx, "Source", Source, resolveSourceId(ctx.gazetteer, id) ?? id);
  }

  @FieldResolver(() => [Article], { description: "Its articles, newest first." })
  articles(
    @Root() source: Source,
    @Ctx() ctx: GraphContext,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
  ): Promise<Article[]> {
    return loadHop(ctx, "articlesOfSource", Article, source.id, capped(first ?? undefined));
  }

  @FieldResolver(() => [Deal], { description: "Deals its articles reported." })
  async deals(@Root() source: Source, @Ctx() ctx: GraphContext): Promise<Deal[]> {
    const articles = await ctx.loaders.hop("articlesOfSource").load(source.id);
    const reported = await ctx.loaders.hop("dealsOfArticle").loadMany(articles.map((article) => article.key));
    const deals = new Map<string, Deal>();
    for (const list of reported)
      if (Array.isArray(list)) for (const deal of list) deals.set(deal.key, hydrate(Deal, deal.props));
    return [...deals.values()].sort((a, b) => a.id.localeCompare(b.id));
  }
}
