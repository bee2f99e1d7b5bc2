/**
 * Mutations: `ingestArticle` runs the CLI's own path (parse the record as JSON input,
 * extract, write in one transaction) and `deleteArticle` removes an article and what only it
 * reported. Both need `Authorization: Bearer <API_TOKEN>`; with no token configured they are
 * disabled and say so.
 */
import { GraphQLError } from "graphql";
import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Resolver } from "type-graphql";
import { extractArticle } from "../extract/index.js";
import { deleteArticles, read, writeArticles } from "../graph/index.js";
import { parseText } from "../parse/index.js";
import { Article } from "./article.js";
import type { GraphContext } from "./context.js";
import { Deal } from "./deal.js";
import { hydrate, loadNode } from "./nodes.js";

@InputType({
  description: "An article to read and add to the graph (the JSON input format of `npm run load`).",
})
export class ArticleInput {
  @Field(() => String)
  text!: string;

  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => String, { nullable: true, description: "Outlet name, e.g. Hespress or هسبريس." })
  outlet?: string;

  @Field(() => String, { nullable: true, description: "Date as written or YYYY-MM-DD." })
  publishedAt?: string;

  @Field(() => String, {
    nullable: true,
    description: "Its URL: a later version with the same URL replaces this one.",
  })
  url?: string;

  @Field(() => String, { nullable: true, description: "ar, en or fr; detected when absent." })
  language?: string;
}

@ObjectType()
export class IngestResult {
  @Field(() => String, { description: "new, unchanged or updated." })
  outcome!: string;

  @Field(() => Article, { nullable: true })
  article!: Article | null;

  @Field(() => [Deal], { description: "The deals this article reports." })
  deals!: Deal[];

  @Field(() => Int)
  nodesCreated!: number;

  @Field(() => Int)
  relationshipsCreated!: number;
}

function requireToken(ctx: GraphContext): void {
  if (!ctx.mutationsEnabled) {
    throw new GraphQLError("Mutations are disabled on this server (no API_TOKEN configured).", {
      extensions: { code: "FORBIDDEN" },
    });
  }
  if (!ctx.authorized) {
    throw new GraphQLError("This mutation needs Authorization: Bearer <API_TOKEN>.", {
      extensions: { code: "UNAUTHENTICATED" },
    });
  }
}

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestResult, { description: "Reads an article and writes what it states into the graph." })
  async ingestArticle(
    @Arg("input", () => ArticleInput) input: ArticleInput,
    @Ctx() ctx: GraphContext,
  ): Promise<IngestResult> {
    requireToken(ctx);
    const [item] = parseText("api-input.json", JSON.stringify(input));
    if (!item?.ok)
      throw new GraphQLError(`input: ${item?.ok === false ? item.error : "no article"}`, {
        extensions: { code: "BAD_USER_INPUT" },
      });
    const extraction = extractArticle(item.article, ctx.gazetteer);
    // Without a URL, an article is keyed by its own content, so it never replaces another.
    const file = `api:${item.article.id}`;
    const counts = await writeArticles(
      ctx.reader.driver,
      ctx.reader.database,
      [{ file, extraction, parsed: item.article }],
      ctx.gazetteer,
    );
    const outcome = counts.updated > 0 ? "updated" : counts.new > 0 ? "new" : "unchanged";
    // Resolution decides which deal each report joined: read them back from the article.
    const reported = await read(
      ctx.reader,
      "MATCH (:Article {id: $id})-[:REPORTS]->(d:Deal) RETURN DISTINCT d.id AS id ORDER BY id",
      { id: item.article.id },
    );
    const deals = await Promise.all(reported.map((row) => ctx.loaders.node("Deal").load(row.id as string)));
    return Object.assign(new IngestResult(), {
      outcome,
      article: await loadNode(ctx, "Article", Article, item.article.id),
      deals: deals.filter((deal) => deal !== undefined).map((deal) => hydrate(Deal, deal)),
      nodesCreated: counts.nodesCreated,
      relationshipsCreated: counts.relationshipsCreated,
    });
  }

  @Mutation(() => Boolean, {
    description: "Removes an article, its edges, and deals only it reported. False when there was none.",
  })
  async deleteArticle(@Arg("id", () => String) id: string, @Ctx() ctx: GraphContext): Promise<boolean> {
    requireToken(ctx);
    const counts = await deleteArticles(ctx.reader.driver, ctx.reader.database, [id], ctx.gazetteer);
    return counts.nodesDeleted > 0;
  }
}
