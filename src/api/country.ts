/** Country: a party to deals, an origin of systems, a place articles mention. */
import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { cypherInt, read } from "../graph/index.js";
import { Article } from "./article.js";
import type { GraphContext } from "./context.js";
import { Deal } from "./deal.js";
import { Partnership } from "./edges.js";
import { DealKind, PartyRole } from "./enums.js";
import { resolveCountryCode } from "./names.js";
import { capped, hydrate, LIST_MAX, loadHop, loadNode } from "./nodes.js";
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
  ): Promise<Country | null> {
    return loadNode(ctx, "Country", Country, resolveCountryCode(ctx.gazetteer, code ?? name ?? ""));
  }

  @Query(() => [Country], {
    description: "Countries in the graph (those some article mentions), by code; optionally one continent.",
  })
  async countries(
    @Arg("continent", () => String, { nullable: true }) continent: string | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Ctx() ctx: GraphContext,
  ): Promise<Country[]> {
    const rows = await read(
      ctx.reader,
      "MATCH (c:Country) WHERE $continent IS NULL OR c.continent = $continent RETURN properties(c) AS props ORDER BY c.code LIMIT $limit",
      { continent, limit: cypherInt(capped(first ?? LIST_MAX)) },
    );
    return rows.map((row) => hydrate(Country, row.props as Record<string, unknown>));
  }

  @FieldResolver(() => [Deal], {
    description: "Deals the country is party to, most recently reported first.",
  })
  async deals(
    @Root() country: Country,
    @Ctx() ctx: GraphContext,
    @Arg("role", () => PartyRole, { nullable: true }) role: PartyRole | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
  ): Promise<Deal[]> {
    const limit = capped(first ?? undefined);
    // Without a role the page is cut in Cypher; a role is read from the deal, so filter first.
    const found = await ctx.loaders.hop("dealsOfCountry", role ? undefined : limit).load(country.code);
    const chosen = found.filter((neighbour) => !role || roleOf(neighbour.props, country.code) === role);
    return chosen.slice(0, limit).map((neighbour) => hydrate(Deal, neighbour.props));
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
  systemsAcquired(@Root() country: Country, @Ctx() ctx: GraphContext): Promise<System[]> {
    return systemsInRole(ctx, country.code, PartyRole.RECIPIENT);
  }

  @FieldResolver(() => [System], { description: "Systems in deals where it is the supplier." })
  systemsSupplied(@Root() country: Country, @Ctx() ctx: GraphContext): Promise<System[]> {
    return systemsInRole(ctx, country.code, PartyRole.SUPPLIER);
  }

  @FieldResolver(() => [Article], { description: "Articles that mention it, newest first." })
  mentionedIn(
    @Root() country: Country,
    @Ctx() ctx: GraphContext,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
  ): Promise<Article[]> {
    return loadHop(ctx, "articlesMentioningCountry", Article, country.code, capped(first ?? undefined));
  }
}

/** The role a country plays in a deal, from the deal's supplier/recipient. */
export function roleOf(deal: Record<string, unknown>, code: string): PartyRole {
  if (deal.supplier === code) return PartyRole.SUPPLIER;
  if (deal.recipient === code) return PartyRole.RECIPIENT;
  return PartyRole.PARTNER;
}

async function systemsInRole(ctx: GraphContext, code: string, role: PartyRole): Promise<System[]> {
  const deals = (await ctx.loaders.hop("dealsOfCountry").load(code)).filter(
    (deal) => roleOf(deal.props, code) === role,
  );
  const systems = await ctx.loaders.hop("systemsOfDeal").loadMany(deals.map((deal) => deal.key));
  const byId = new Map<string, System>();
  for (const list of systems)
    if (Array.isArray(list)) for (const system of list) byId.set(system.key, hydrate(System, system.props));
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
