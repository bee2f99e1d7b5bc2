/** Organization: a defence firm, agency or military body. */
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, FieldResolver, Info, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { GraphContext } from "./context.js";
import { Country } from "./country.js";
import { projectedNode, type Related, related } from "./nodes.js";

@ObjectType({ description: "A defence firm, agency or military body (Baykar, DPE, Rosoboronexport …)." })
export class Organization {
  @Field(() => String, {
    description: "The organizations list's id (seeds/gazetteer/organizations.json), e.g. baykar.",
  })
  id!: string;

  @Field(() => String, { description: "Its name in Latin script (Baykar)." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Its name in Arabic, when known." })
  nameAr?: string | null;
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, {
    nullable: true,
    description: "An organization by id; null when there is none.",
  })
  organization(
    @Arg("id", () => String, { description: "The organization's id (baykar)." }) id: string,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Organization | null> {
    return projectedNode(ctx, info, "Organization", id);
  }

  @FieldResolver(() => Country, {
    nullable: true,
    description: "The country it is based in, from the organizations list.",
  })
  country(
    @Root() organization: Organization,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<Country | null> {
    return related(organization, ctx, info);
  }
}
