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
import { metrics } from "./metrics.js";
import { hydrate, loadNode } from "./nodes.js";

@InputType({
  description: "An article to read and add to the graph (the JSON input format of `npm run load`).",
})
export class ArticleInput {
  @Field(() => String, { description: "The article's body as plain text, in Arabic, English or French." })
  text!: string;

  @Field(() => String, { nullable: true, description: "The headline, read with the body." })
  title?: string;

  @Field(() => String, {
    nullable: true,
    description: "Name of the outlet that published it, Latin or Arabic (Hespress, هسبريس).",
  })
  outlet?: string;

  @Field(() => String, {
    nullable: true,
    description: "Publication date: YYYY-MM-DD, or as written in any of the three languages (5 غشت 2025).",
  })
  publishedAt?: string;

  @Field(() => String, {
    nullable: true,
    description: "Its URL: a later version with the same URL replaces this one.",
  })
  url?: string;

  @Field(() => String, {
    nullable: true,
    description: "Language of the text, ISO 639-1: ar, en or fr; detected when absent.",
  })
  language?: string;
}

@ObjectType({ description: "What adding an article changed in the graph." })
export class IngestResult {
  @Field(() => String, {
    description:
      "One of new (the graph did not have it), unchanged (same text already loaded) or updated (it replaced an earlier version with the same URL).",
  })
  outcome!: string;

  @Field(() => Article, { nullable: true, description: "The article as stored." })
  article!: Article | null;

  @Field(() => [Deal], { description: "The deals this article reports, with their statuses after it." })
  deals!: Deal[];

  @Field(() => Int, { description: "Nodes the write created (Neo4j's counter)." })
  nodesCreated!: number;

  @Field(() => Int, { description: "Relationships the write created (Neo4j's counter)." })
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
  @Mutation(() => IngestResult, {
    description:
      "Reads an article, extracts what it states and writes it into the graph, like npm run load; needs Authorization: Bearer <API_TOKEN>.",
  })
  async ingestArticle(
    @Arg("input", () => ArticleInput, { description: "The article to read." }) input: ArticleInput,
    @Ctx() ctx: GraphContext,
  ): Promise<IngestResult> {
    requireToken(ctx);
    const [item] = parseText("api-input.json", JSON.stringify(input));
    if (!item?.ok) {
      metrics.ingested.inc({ outcome: "failed" });
      throw new GraphQLError(`input: ${item?.ok === false ? item.error : "no article"}`, {
        extensions: { code: "BAD_USER_INPUT" },
      });
    }
    const extraction = extractArticle(item.article, ctx.gazetteer);
    // Without a URL, an article is keyed by its own content, so it never replaces another.
    const file = `api:${item.article.id}`;
    const counts = await writeArticles(
      ctx.reader.driver,
      ctx.reader.database,
      [{ file, extraction, parsed: item.article, modifiedAt: new Date().toISOString() }],
      ctx.gazetteer,
      ctx.reader,
    );
    const outcome = counts.updated > 0 ? "updated" : counts.new > 0 ? "new" : "unchanged";
    metrics.ingested.inc({ outcome });
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
    description:
      "Removes an article, its edges, and deals only it reported; false when there was none. Needs Authorization: Bearer <API_TOKEN>.",
  })
  async deleteArticle(
    @Arg("id", () => String, { description: "The article's id, as Article.id gives it." }) id: string,
    @Ctx() ctx: GraphContext,
  ): Promise<boolean> {
    requireToken(ctx);
    const counts = await deleteArticles(
      ctx.reader.driver,
      ctx.reader.database,
      [id],
      ctx.gazetteer,
      ctx.reader,
    );
    return counts.nodesDeleted > 0;
  }
}
