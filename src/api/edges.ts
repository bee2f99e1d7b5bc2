/** Edge types that carry data: a deal's party with its role, a report of a deal, a partnership, a mention. */
import type { GraphQLResolveInfo } from "graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import {
  Ctx,
  createUnionType,
  Field,
  FieldResolver,
  Float,
  Info,
  Int,
  ObjectType,
  Resolver,
  Root,
} from "type-graphql";
import { Article } from "./article.js";
import type { GraphContext } from "./context.js";
import { Country } from "./country.js";
import { Deal } from "./deal.js";
import { DealKind, DealStatus, PartyRole } from "./enums.js";
import { loadNode, type Related, related } from "./nodes.js";
import { Organization } from "./organization.js";
import { Person } from "./person.js";
import { Source } from "./source.js";
import { System } from "./system.js";

@ObjectType({ description: "A country party to a deal, and its part in it." })
export class DealParty {
  code!: string;
  dealId!: string;

  @Field(() => PartyRole, {
    description:
      "Supplier or recipient as the deal's reports state it or the system's origin shows; else partner.",
  })
  role!: PartyRole;
}

@Resolver(() => DealParty)
export class DealPartyResolver {
  @FieldResolver(() => Country, { description: "The party." })
  country(
    @Root() party: DealParty,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<Country> {
    return related(party, ctx, info);
  }
}

@ObjectType({
  description:
    "One article's report of a deal: what that article said (status, figures), the sentence that says it, and when and where it appeared.",
})
export class Report {
  articleId!: string;
  dealId!: string;

  @Field(() => DealStatus, { description: "How far the deal had gone according to this article." })
  status!: DealStatus;

  @Field(() => String, {
    description:
      "The passage of the article that states the deal, exactly as written, in the article's language.",
  })
  evidence!: string;

  @Field(() => Int, {
    description:
      "Where evidence starts in the article's text: an offset in UTF-16 code units, as JavaScript strings count.",
  })
  start!: number;

  @Field(() => Int, {
    description: "Where evidence ends in the article's text (exclusive), in UTF-16 code units.",
  })
  end!: number;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: "The article's publication date, YYYY-MM-DD (its own dateline); null when undated.",
  })
  publishedAt?: string | null;

  @Field(() => Int, { nullable: true, description: "Number of units, when this article states one." })
  quantity?: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Monetary value in units of currency (1.5 billion is 1500000000), when this article states one.",
  })
  value?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "ISO 4217 code of value's currency (USD, EUR, MAD …).",
  })
  currency?: string | null;
}

@Resolver(() => Report)
export class ReportResolver {
  @FieldResolver(() => Article, { description: "The article that makes this report." })
  article(
    @Root() report: Report,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<Article> {
    return related(report, ctx, info);
  }

  @FieldResolver(() => Deal, { description: "The deal reported." })
  deal(@Root() report: Report, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo): Related<Deal> {
    return related(report, ctx, info);
  }

  @FieldResolver(() => Source, {
    nullable: true,
    description: "The outlet that published the article; null when unknown.",
  })
  source(
    @Root() report: Report,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<Source | null> {
    return related(report, ctx, info);
  }
}

@ObjectType({ description: "Another country a country has deals with, and what those deals are." })
export class Partnership {
  code!: string;

  @Field(() => Int, { description: "How many deals the two countries are both party to." })
  dealCount!: number;

  @Field(() => [DealKind], { description: "The kinds of those deals, each once." })
  kinds!: DealKind[];

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: "The latest date any of those deals was reported, YYYY-MM-DD.",
  })
  lastReported!: string | null;
}

@Resolver(() => Partnership)
export class PartnershipResolver {
  @FieldResolver(() => Country, { description: "The partner country." })
  country(@Root() partnership: Partnership, @Ctx() ctx: GraphContext): Promise<Country | null> {
    return loadNode(ctx, "Country", Country, partnership.code);
  }
}

export const Entity = createUnionType({
  name: "Entity",
  description:
    "Anything the graph holds as a node: a country, system, organization, person, source, article or deal.",
  types: () => [Country, System, Organization, Person, Source, Article, Deal] as const,
  resolveType: (value) => value.constructor.name,
});

@ObjectType({ description: "An entity an article mentions, and how often." })
export class Mention {
  @Field(() => Entity, { description: "The country, system, organization or person mentioned." })
  entity!: typeof Entity;

  @Field(() => Int, { description: "How many times the article names it, by any of its names." })
  count!: number;
}
