/** Article: one report as published, its source, the deals it reports and what it mentions. */

import type { GraphQLResolveInfo } from "graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import { Arg, Ctx, Field, FieldResolver, Info, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { GraphContext } from "./context.js";
import { Country } from "./country.js";
import { Deal } from "./deal.js";
import { Mention } from "./edges.js";
import { hydrate, LIST_MAX, projectedNode, type Related, related } from "./nodes.js";
import { Organization } from "./organization.js";
import { Person } from "./person.js";
import { Source } from "./source.js";
import { System } from "./system.js";

@ObjectType({ description: "An article, identified by a hash of its normalized text." })
export class Article {
  @Field(() => String)
  id!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "The article's own date, YYYY-MM-DD." })
  publishedAt?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: "An aggregator's header date, kept when it disagrees.",
  })
  headerDate?: string | null;

  @Field(() => String, { nullable: true, description: "ar, en or fr." })
  language?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true })
  byline?: string | null;
}

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true })
  article(
    @Arg("id", () => String) id: string,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Article | null> {
    return projectedNode(ctx, info, "Article", id);
  }

  @FieldResolver(() => Source, { nullable: true, description: "The outlet that published it." })
  source(
    @Root() article: Article,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<Source | null> {
    return related(article, ctx, info);
  }

  @FieldResolver(() => Source, { nullable: true, description: "The aggregator it was read through, if any." })
  aggregator(
    @Root() article: Article,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<Source | null> {
    return related(article, ctx, info);
  }

  @FieldResolver(() => [Source], { description: "Agencies and outlets it cites." })
  citedSources(
    @Root() article: Article,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<Source[]> {
    return related(article, ctx, info);
  }

  @FieldResolver(() => [Deal])
  deals(
    @Root() article: Article,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<Deal[]> {
    return related(article, ctx, info);
  }

  @FieldResolver(() => [Mention], {
    description: "Countries, systems, organizations and people it mentions.",
  })
  async mentions(@Root() article: Article, @Ctx() ctx: GraphContext): Promise<Mention[]> {
    const hops = [
      ["countriesOfArticle", Country],
      ["systemsOfArticle", System],
      ["organizationsOfArticle", Organization],
      ["peopleOfArticle", Person],
    ] as const;
    const lists = await Promise.all(hops.map(([hop]) => ctx.loaders.hop(hop).load(article.id)));
    // One list's cap in all, as every list (and the request cost) has.
    return lists
      .flatMap((list, index) =>
        list.map((neighbour) =>
          Object.assign(new Mention(), {
            entity: hydrate(hops[index]?.[1] as never, neighbour.props),
            count: (neighbour.rel.count as number | undefined) ?? 1,
          }),
        ),
      )
      .slice(0, LIST_MAX);
  }
}
