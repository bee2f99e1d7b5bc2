/** Person: someone quoted or named with a role, or an article's author. */
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, FieldResolver, Info, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Article } from "./article.js";
import type { GraphContext } from "./context.js";
import { projectedNode, type Related, related } from "./nodes.js";

@ObjectType({ description: "A person quoted, named with a role, or writing." })
export class Person {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: "Role as written (مستشار في الشؤون السياسية, author …).",
  })
  role?: string | null;
}

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true })
  person(
    @Arg("id", () => String) id: string,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Person | null> {
    return projectedNode(ctx, info, "Person", id);
  }

  @FieldResolver(() => [Article])
  quotedIn(
    @Root() person: Person,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("first", () => Int, { nullable: true }) _first: number | null,
  ): Related<Article[]> {
    return related(person, ctx, info);
  }
}
