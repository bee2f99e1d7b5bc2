/** Organization: a defence firm, agency or military body. */
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, FieldResolver, Info, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { GraphContext } from "./context.js";
import { Country } from "./country.js";
import { projectedNode, type Related, related } from "./nodes.js";

@ObjectType({ description: "A defence firm, agency or military body (Baykar, DPE, Rosoboronexport …)." })
export class Organization {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  nameAr?: string | null;
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true })
  organization(
    @Arg("id", () => String) id: string,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Organization | null> {
    return projectedNode(ctx, info, "Organization", id);
  }

  @FieldResolver(() => Country, { nullable: true })
  country(
    @Root() organization: Organization,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Related<Country | null> {
    return related(organization, ctx, info);
  }
}
