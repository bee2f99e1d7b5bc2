/** Person: someone quoted or named with a role, or an article's author. */
import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Article } from "./article.js";
import type { GraphContext } from "./context.js";
import { capped, loadHop, loadNode } from "./nodes.js";

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
  person(@Arg("id", () => String) id: string, @Ctx() ctx: GraphContext): Promise<Person | null> {
    return loadNode(ctx, "Person", Person, id);
  }

  @FieldResolver(() => [Article])
  quotedIn(
    @Root() person: Person,
    @Ctx() ctx: GraphContext,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
  ): Promise<Article[]> {
    return loadHop(ctx, "articlesQuotingPerson", Article, person.id, capped(first ?? undefined));
  }
}
