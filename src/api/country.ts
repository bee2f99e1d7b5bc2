/** Country: a party to deals, an origin of systems, a place articles mention. */
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, FieldResolver, Info, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { cypherInt } from "../graph/index.js";
import { Article } from "./article.js";
import type { GraphContext } from "./context.js";
import { Deal } from "./deal.js";
import { Partnership } from "./edges.js";
import { DealKind, PartyRole } from "./enums.js";
import { resolveCountryCode } from "./names.js";
import { capped, LIST_MAX, projectedList, projectedNode, type Related, related } from "./nodes.js";
import { System } from "./system.js";

@ObjectType({ description: "A country (ISO 3166-1 alpha-2)." })
export class Country {
  @Field(() => String, { description: "ISO 3166-1 alpha-2 code, e.g. MA." })
  code!: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => String, { nullable: true })
  nameAr?: string | null;

  @Field(() => String, { nullable: true })
  nameFr?: string | null;

  @Field(() => String, { nullable: true, description: "Africa, Americas, Asia, Europe or Oceania." })
  continent?: string | null;
}

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => Country, {
    nullable: true,
    description:
      "A country by ISO code or by any name, Arabic, English or French (المغرب, Morocco, Maroc, الرباط).",
  })
  country(
    @Arg("code", () => String, { nullable: true }) code: string | null,
    @Arg("name", () => String, { nullable: true }) name: string | null,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Country | null> {
    return projectedNode(ctx, info, "Country", resolveCountryCode(ctx.gazetteer, code ?? name ?? ""));
  }

  @Query(() => [Country], {
    description: "Countries in the graph (those some article mentions), by code; optionally one continent.",
  })
  countries(
    @Arg("continent", () => String, { nullable: true }) continent: string | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Country[]> {
    return projectedList(
      ctx,
      info,
      "Country",
      ({ node }) =>
        `MATCH (${node}:Country) WHERE $continent IS NULL OR ${node}.continent = $continent
         WITH ${node} ORDER BY ${node}.code LIMIT $limit`,
      { continent, limit: cypherInt(capped(first ?? LIST_MAX)) },
    );
  }

  @FieldResolver(() => [Deal], {
    description: "Deals the country is party to, most recently reported first.",
  })
  deals(
    @Root() country: Country,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("role", () => PartyRole, { nullable: true }) _role: PartyRole | null,
    @Arg("first", () => Int, { nullable: true }) _first: number | null,
  ): Related<Deal[]> {
    return related(country, ctx, info);
  }

  @FieldResolver(() => [Partnership], { description: "Countries it has deals with, by number of deals." })
  async partners(@Root() country: Country, @Ctx() ctx: GraphContext): Promise<Partnership[]> {
    const rows = await ctx.loaders.partners().load(country.code);
    return rows.map((row) =>
      Object.assign(new Partnership(), {
        code: row.partner,
        dealCount: row.dealCount,
        kinds: row.kinds as DealKind[],
        lastReported: row.lastReported,
      }),
    );
  }

  @FieldResolver(() => [System], { description: "Systems in deals where it is the recipient." })
  systemsAcquired(
    @Root() country: Country,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<System[]> {
    return related(country, ctx, info);
  }

  @FieldResolver(() => [System], { description: "Systems in deals where it is the supplier." })
  systemsSupplied(
    @Root() country: Country,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<System[]> {
    return related(country, ctx, info);
  }

  @FieldResolver(() => [Article], { description: "Articles that mention it, newest first." })
  mentionedIn(
    @Root() country: Country,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("first", () => Int, { nullable: true }) _first: number | null,
  ): Related<Article[]> {
    return related(country, ctx, info);
  }
}
