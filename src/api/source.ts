/** Source: a news outlet, agency or aggregator, with what it published and the deals it reported. */
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, FieldResolver, Info, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Article } from "./article.js";
import type { GraphContext } from "./context.js";
import { Deal } from "./deal.js";
import { resolveSourceId } from "./names.js";
import { firstDescription, projectedNode, type Related, related } from "./nodes.js";

@ObjectType({
  description:
    "A news outlet that publishes articles, a news agency articles cite, or an aggregator articles are read through.",
})
export class Source {
  @Field(() => String, {
    description:
      "The outlets list's id (seeds/gazetteer/outlets.json), else one derived from the name as written.",
  })
  id!: string;

  @Field(() => String, { description: "Its name in Latin script (Hespress)." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Its name in Arabic (هسبريس), when known." })
  nameAr?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "What it is: outlet (publishes articles), agency (a wire service cited) or aggregator (republishes).",
  })
  kind?: string | null;
}

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, {
    nullable: true,
    description: "A source by id or name (Hespress, هسبريس, Reuters); null when none matches.",
  })
  source(
    @Arg("id", () => String, { description: "Its id or any of its names, Latin or Arabic." }) id: string,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Source | null> {
    return projectedNode(ctx, info, "Source", resolveSourceId(ctx.gazetteer, id) ?? id);
  }

  @FieldResolver(() => [Article], { description: "The articles it published, newest first." })
  articles(
    @Root() source: Source,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("first", () => Int, { nullable: true, description: firstDescription() }) _first: number | null,
  ): Related<Article[]> {
    return related(source, ctx, info);
  }

  @FieldResolver(() => [Deal], { description: "Deals that the articles it published report." })
  deals(@Root() source: Source, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo): Related<Deal[]> {
    return related(source, ctx, info);
  }
}
