/** Person: someone quoted or named with a role, or an article's author. */
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, FieldResolver, Info, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Article } from "./article.js";
import type { GraphContext } from "./context.js";
import { firstDescription, projectedNode, type Related, related } from "./nodes.js";

@ObjectType({
  description: "A person an article quotes or names with a role (an official, an expert), or its author.",
})
export class Person {
  @Field(() => String, {
    description: "A key derived from the name as written: the same name in two articles is one person.",
  })
  id!: string;

  @Field(() => String, { description: "The name as the article writes it." })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Their role as the article states it, in its language (مستشار في الشؤون السياسية, author …).",
  })
  role?: string | null;
}

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: "A person by id; null when there is none." })
  person(
    @Arg("id", () => String, { description: "The person's id, as Person.id gives it." }) id: string,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Person | null> {
    return projectedNode(ctx, info, "Person", id);
  }

  @FieldResolver(() => [Article], { description: "Articles that quote or name them, newest first." })
  quotedIn(
    @Root() person: Person,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("first", () => Int, { nullable: true, description: firstDescription() }) _first: number | null,
  ): Related<Article[]> {
    return related(person, ctx, info);
  }
}
