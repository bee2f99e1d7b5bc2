/**
 * The explore page's GraphQL documents (explore/src/queries.ts) are plain strings the browser
 * sends: here they are checked against the emitted schema (a misspelt field would only show in
 * the browser), and against the API's default request limits — cost, tokens and depth —
 * with their costs printed.
 */
import { MaxTokensParserWLexer } from "@escape.tech/graphql-armor-max-tokens";
import { type GraphQLSchema, Kind, parse, type SelectionSetNode, validate } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { DOCUMENTS } from "../../explore/src/queries.js";
import { buildApiSchema } from "../../src/api/index.js";
import { LIMITS, REQUEST_LIMITS } from "../../src/api/server.js";
import { costOf } from "../support/worst-queries.js";

/** Variables as the page passes them: one id, code or text each. */
const VARIABLES: Record<keyof typeof DOCUMENTS, Record<string, unknown>> = {
  search: { text: "المغرب" },
  country: { code: "MA" },
  system: { id: "s-400" },
  deal: { id: "MA-RU:acquisition:s-400" },
  article: { id: "any" },
};

/** The deepest selection, counting fragment spreads as their fragment's fields (as graphql-armor does). */
function depthOf(query: string): number {
  const document = parse(query);
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  );
  const walk = (set: SelectionSetNode | undefined): number =>
    Math.max(
      0,
      ...(set?.selections ?? []).map((selection) => {
        if (selection.kind === Kind.FIELD)
          return selection.selectionSet ? 1 + walk(selection.selectionSet) : 1;
        if (selection.kind === Kind.INLINE_FRAGMENT) return walk(selection.selectionSet);
        return walk(fragments.get(selection.name.value)?.selectionSet);
      }),
    );
  return Math.max(
    ...document.definitions.map((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION ? walk(definition.selectionSet) : 0,
    ),
  );
}

describe("the explore page's documents", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildApiSchema();
  });

  for (const [name, query] of Object.entries(DOCUMENTS) as [keyof typeof DOCUMENTS, string][]) {
    it(`${name}: valid against the schema and inside the default request limits`, () => {
      expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
      const cost = costOf(schema, query, VARIABLES[name]);
      console.log(`explore ${name} document: cost ${cost.toLocaleString("en")}`);
      expect(cost).toBeLessThan(REQUEST_LIMITS.maxCost / 100);
      expect(() => new MaxTokensParserWLexer(query, { n: LIMITS.maxTokens }).parseDocument()).not.toThrow();
      expect(depthOf(query)).toBeLessThanOrEqual(LIMITS.maxDepth);
    });
  }

  it("would notice a misspelt field (the check itself can fail)", () => {
    const broken = DOCUMENTS.deal.replace("evidence", "evidense");
    expect(validate(schema, parse(broken)).length).toBeGreaterThan(0);
  });
});
