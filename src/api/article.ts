/** Article: one report as published, its source, the deals it reports and what it mentions. */

import type { GraphQLResolveInfo } from "graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import { Arg, Ctx, Field, FieldResolver, Info, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { GraphContext } from "./context.js";
import { Country } from "./country.js";
import { Deal } from "./deal.js";
import { Mention } from "./edges.js";
import { hydrate, LIST_MAX, projectedNode, type Related, related } from "./nodes.js";
import { Organization } from "./organization.js";
import { Person } from "./person.js";
import { Source } from "./source.js";
import { System } from "./system.js";

@ObjectType({
  description:
    "A news article as read: where and when it appeared, its text, and the deals and entities it states; each report's evidence is a span of its text.",
})
export class Article {
  @Field(() => String, {
    description: "A hash of the article's normalized title and body: the same text always has the same id.",
  })
  id!: string;

  @Field(() => String, { nullable: true, description: "The headline as published." })
  title?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: "Publication date from the article's own dateline, YYYY-MM-DD; null when it gives none.",
  })
  publishedAt?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description:
      "The date an aggregator's page header gives, YYYY-MM-DD, kept when it differs from publishedAt (which wins).",
  })
  headerDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Language of the text, ISO 639-1: ar, en or fr (as given, else detected).",
  })
  language?: string | null;

  @Field(() => String, { nullable: true, description: "Where the article was published online, when known." })
  url?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The author line as written, when the article has one.",
  })
  byline?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The text as read, which Report.start and Report.end count into: the file for text and Maghress pages (a Maghress page's headlines and boilerplate included), the title, a blank line and the body for JSON records and HTML pages; null on a graph an older version wrote.",
  })
  text?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Where the article's own body starts in text, in UTF-16 code units (after any page boilerplate).",
  })
  bodyStart?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Where the article's own body ends in text (exclusive), in UTF-16 code units.",
  })
  bodyEnd?: number | null;
}

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: "An article by its id; null when there is none." })
  article(
    @Arg("id", () => String, { description: "The article's id, as Article.id gives it." }) id: string,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Article | null> {
    return projectedNode(ctx, info, "Article", id);
  }

  @FieldResolver(() => Source, {
    nullable: true,
    description: "The outlet that published it (named in the article or its page); null when unknown.",
  })
  source(
    @Root() article: Article,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<Source | null> {
    return related(article, ctx, info);
  }

  @FieldResolver(() => Source, {
    nullable: true,
    description: "The aggregator it was read through (Maghress …), if any.",
  })
  aggregator(
    @Root() article: Article,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<Source | null> {
    return related(article, ctx, info);
  }

  @FieldResolver(() => [Source], {
    description: "Agencies and outlets the article names as its sources (Reuters, MAP …).",
  })
  citedSources(
    @Root() article: Article,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<Source[]> {
    return related(article, ctx, info);
  }

  @FieldResolver(() => [Deal], {
    description: "The deals the article reports, in the order its text states them.",
  })
  deals(
    @Root() article: Article,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<Deal[]> {
    return related(article, ctx, info);
  }

  @FieldResolver(() => [Mention], {
    description:
      "Countries, systems, organizations and people it mentions, with how often, most mentioned first.",
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
