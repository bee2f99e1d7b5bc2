/** Organization: a defence firm, agency or military body. */
import { Arg, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { GraphContext } from "./context.js";
import { Country } from "./country.js";
import { loadHop, loadNode } from "./nodes.js";

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
  organization(@Arg("id", () => String) id: string, @Ctx() ctx: GraphContext): Promise<Organization | null> {
    return loadNode(ctx, "Organization", Organization, id);
  }

  @FieldResolver(() => Country, { nullable: true })
  async country(@Root() organization: Organization, @Ctx() ctx: GraphContext): Promise<Country | null> {
    const [seat] = await loadHop(ctx, "seatOfOrganization", Country, organization.id);
    return seat ?? null;
  }
}
