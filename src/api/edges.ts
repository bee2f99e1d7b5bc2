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

@ObjectType({ description: "A country's part in a deal." })
export class DealParty {
  code!: string;
  dealId!: string;

  @Field(() => PartyRole)
  role!: PartyRole;
}

@Resolver(() => DealParty)
export class DealPartyResolver {
  @FieldResolver(() => Country)
  country(
    @Root() party: DealParty,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<Country> {
    return related(party, ctx, info);
  }
}

@ObjectType({ description: "One article's report of a deal: what it said, where, and when." })
export class Report {
  articleId!: string;
  dealId!: string;

  @Field(() => DealStatus, { description: "The status this article reported." })
  status!: DealStatus;

  @Field(() => String, { description: "The sentence that states it, as written." })
  evidence!: string;

  @Field(() => Int, {
    description: "Start offset of the evidence in the article's text (UTF-16 code units).",
  })
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "The article's date, YYYY-MM-DD." })
  publishedAt?: string | null;

  @Field(() => Int, { nullable: true })
  quantity?: number | null;

  @Field(() => Float, { nullable: true })
  value?: number | null;

  @Field(() => String, { nullable: true })
  currency?: string | null;
}

@Resolver(() => Report)
export class ReportResolver {
  @FieldResolver(() => Article)
  article(
    @Root() report: Report,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<Article> {
    return related(report, ctx, info);
  }

  @FieldResolver(() => Deal)
  deal(@Root() report: Report, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo): Related<Deal> {
    return related(report, ctx, info);
  }

  @FieldResolver(() => Source, { nullable: true, description: "The outlet that published the article." })
  source(
    @Root() report: Report,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<Source | null> {
    return related(report, ctx, info);
  }
}

@ObjectType({ description: "Another country a country has deals with." })
export class Partnership {
  code!: string;

  @Field(() => Int)
  dealCount!: number;

  @Field(() => [DealKind])
  kinds!: DealKind[];

  @Field(() => GraphQLLocalDate, { nullable: true })
  lastReported!: string | null;
}

@Resolver(() => Partnership)
export class PartnershipResolver {
  @FieldResolver(() => Country)
  country(@Root() partnership: Partnership, @Ctx() ctx: GraphContext): Promise<Country | null> {
    return loadNode(ctx, "Country", Country, partnership.code);
  }
}

export const Entity = createUnionType({
  name: "Entity",
  description: "Anything the graph names.",
  types: () => [Country, System, Organization, Person, Source, Article, Deal] as const,
  resolveType: (value) => value.constructor.name,
});

@ObjectType({ description: "An entity an article mentions, and how often." })
export class Mention {
  @Field(() => Entity)
  entity!: typeof Entity;

  @Field(() => Int)
  count!: number;
}
