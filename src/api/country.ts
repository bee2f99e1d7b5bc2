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
import {
  capped,
  firstDescription,
  LIST_MAX,
  projectedList,
  projectedNode,
  type Related,
  related,
} from "./nodes.js";
import { System } from "./system.js";

@ObjectType({
  description:
    "A country: a party to deals, the origin of systems, a place articles mention. Identified by its ISO 3166-1 alpha-2 code.",
})
export class Country {
  @Field(() => String, { description: "ISO 3166-1 alpha-2 code, in capitals (MA, RU, PK)." })
  code!: string;

  @Field(() => String, {
    nullable: true,
    description: "English name, from the ISO 3166 names of i18n-iso-countries (Morocco).",
  })
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: "Arabic name, from the same source (المغرب)." })
  nameAr?: string | null;

  @Field(() => String, { nullable: true, description: "French name, from the same source (Maroc)." })
  nameFr?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Continent, in English: Africa, Americas, Asia, Europe or Oceania.",
  })
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
    @Arg("code", () => String, {
      nullable: true,
      description: "ISO 3166-1 alpha-2 code (MA); wins over name.",
    })
    code: string | null,
    @Arg("name", () => String, {
      nullable: true,
      description:
        "Any name, adjective or capital in Arabic, English or French, with or without Arabic clitics (بالمغرب).",
    })
    name: string | null,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Country | null> {
    return projectedNode(ctx, info, "Country", resolveCountryCode(ctx.gazetteer, code ?? name ?? ""));
  }

  @Query(() => [Country], {
    description:
      "Countries in the graph (mentioned by an article, party to a deal, a system's origin or a firm's seat), by code; optionally of one continent.",
  })
  countries(
    @Arg("continent", () => String, {
      nullable: true,
      description: "Only this continent, as Country.continent spells it (Africa).",
    })
    continent: string | null,
    @Arg("first", () => Int, { nullable: true, description: firstDescription(LIST_MAX) }) first:
      | number
      | null,
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
    @Arg("role", () => PartyRole, {
      nullable: true,
      description: "Only deals where the country has this role.",
    })
    _role: PartyRole | null,
    @Arg("first", () => Int, { nullable: true, description: firstDescription() }) _first: number | null,
  ): Related<Deal[]> {
    return related(country, ctx, info);
  }

  @FieldResolver(() => [Partnership], { description: "Countries it shares deals with, most deals first." })
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

  @FieldResolver(() => [System], {
    description:
      "Systems involved in deals where it is the recipient (acquired, ordered or sought, whatever the status).",
  })
  systemsAcquired(
    @Root() country: Country,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<System[]> {
    return related(country, ctx, info);
  }

  @FieldResolver(() => [System], {
    description: "Systems involved in deals where it is the supplier, whatever the status.",
  })
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
    @Arg("first", () => Int, { nullable: true, description: firstDescription() }) _first: number | null,
  ): Related<Article[]> {
    return related(country, ctx, info);
  }
}
