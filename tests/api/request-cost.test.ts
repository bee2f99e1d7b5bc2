/**
 * The request cost (src/api/limits/cost.ts) counts what the projection really returns: a nested
 * list without `first` costs its cap times its children. Issue #13's shapes — and the same
 * through fragments, aliases, and the worst nesting of every list field of the schema — are
 * refused in milliseconds with the cost in the message and no Cypher sent; the README's queries
 * and the benchmark's requests cost at most a third of the limit.
 */
import { readFile } from "node:fs/promises";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BENCH_SUBJECTS, benchRequests } from "../../bench/queries/requests.js";
import { buildApiSchema, type RunningApi, startApi } from "../../src/api/index.js";
import { LIMITS, REQUEST_LIMITS } from "../../src/api/server.js";
import { postGraphQL } from "../support/api.js";
import { TEST_DATABASE, testDriver } from "../support/graph.js";
import { costOf, nestedSystems, worstQueries } from "../support/worst-queries.js";

const root = new URL("../../", import.meta.url).pathname;
const readme = await readFile(`${root}README.md`, "utf8");
const README_QUERIES = [...readme.matchAll(/^### (\d+)\. (.+)\n\n```graphql\n([\s\S]+?)```/gm)].map(
  (match) => ({
    name: `README ${match[1]}: ${match[2]}`,
    query: match[3] ?? "",
    variables: {},
  }),
);
const BENCH_QUERIES = benchRequests(BENCH_SUBJECTS).map((request) => ({
  name: `bench: ${request.name}`,
  ...request.api,
}));

describe("the request cost", () => {
  let schema: GraphQLSchema;
  let driver: Driver;
  let api: RunningApi;
  const sent: string[] = [];
  beforeAll(async () => {
    schema = await buildApiSchema();
    driver = testDriver();
    api = await startApi(
      { driver, database: TEST_DATABASE, production: true, onQuery: (cypher) => sent.push(cypher) },
      0,
      "127.0.0.1",
    );
  });
  afterAll(async () => {
    await api.stop();
    await driver.close();
  });

  it("multiplies a nested list without first by its cap", () => {
    expect(costOf(schema, "{ systems(first: 100) { id } }")).toBe(100 * 2);
    expect(costOf(schema, "{ systems(first: 100) { deals { id } } }")).toBe(100 * (1 + 100 * 2));
    expect(costOf(schema, "{ systems(first: 3) { deals { id } } }")).toBe(3 * (1 + 100 * 2));
    expect(costOf(schema, '{ country(code: "MA") { deals(first: 5) { id } } }')).toBe(1 + 5 * 2);
    // A connection reads its page and bounds its edges; a variable counts with its value.
    expect(costOf(schema, "query($n: Int!) { deals(first: $n) { edges { node { id } } } }", { n: 7 })).toBe(
      1 + 7 + 7 * (1 + 1 + 1),
    );
    expect(costOf(schema, "{ deals(first: 1000000000) { totalCount } }")).toBe(1 + 1e9 + 1);
    // An absurd first counts as asked (the resolvers would answer 100): refused by its cost.
    expect(costOf(schema, "{ systems(first: 100000000) { id } }")).toBe(2e8);
  });

  it.each([1, 2, 3])("refuses issue #13's shape nested %i level(s) in ms, no Cypher sent", async (levels) => {
    sent.length = 0;
    const started = performance.now();
    const { status, body } = await postGraphQL(api.url, nestedSystems(levels));
    const elapsed = performance.now() - started;
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_EXPENSIVE");
    const cost = costOf(schema, nestedSystems(levels));
    expect(cost).toBeGreaterThan(100 ** (2 * levels + 1));
    expect(body.errors?.[0]?.message).toContain(`Query cost ${cost.toLocaleString("en")} is over the limit`);
    expect(body.errors?.[0]?.message).not.toMatch(/MATCH|COLLECT/);
    expect(elapsed).toBeLessThan(500);
    expect(sent).toEqual([]);
  });

  it("counts the same shape through fragments and inline fragments", async () => {
    const query = `{ systems(first: 100) { ...S } }
      fragment S on System { deals { ... on Deal { systems { ...D } } } }
      fragment D on System { deals { id } }`;
    expect(costOf(schema, query)).toBe(costOf(schema, nestedSystems(1)));
    expect(costOf(schema, query)).toBeGreaterThan(REQUEST_LIMITS.maxCost);
    const { status, body } = await postGraphQL(api.url, query);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_EXPENSIVE");
  });

  it("counts every alias: fifteen cheap lists add up", async () => {
    const one = "systems(first: 100) { deals { systems { id name category } } }";
    const aliased = `{ ${Array.from({ length: 15 }, (_, index) => `a${index}: ${one}`).join(" ")} }`;
    expect(costOf(schema, aliased)).toBe(15 * costOf(schema, `{ ${one} }`));
    expect(costOf(schema, `{ ${one} }`)).toBeLessThan(REQUEST_LIMITS.maxCost);
    const { status, body } = await postGraphQL(api.url, aliased);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_EXPENSIVE");
  });

  it("refuses the worst nesting of every list field of the schema before any Cypher runs", async () => {
    const worst = worstQueries(schema, LIMITS.maxDepth);
    // Every list field of the schema is attacked (a new one is picked up by the walk).
    expect(worst.map((entry) => entry.field)).toEqual(
      expect.arrayContaining([
        "System.deals",
        "Deal.systems",
        "Deal.reports",
        "Country.deals",
        "Article.mentions",
      ]),
    );
    const admitted: string[] = [];
    for (const { field, query } of worst) {
      sent.length = 0;
      const { status, body } = await postGraphQL(api.url, query);
      if (status === 200) admitted.push(field);
      else {
        expect(status, field).toBe(400);
        expect(body.errors?.[0]?.extensions?.code, `${field}: ${body.errors?.[0]?.message}`).toBe(
          "QUERY_TOO_EXPENSIVE",
        );
        expect(sent, field).toEqual([]);
      }
    }
    // Only lists that cannot nest inside themselves get through, with a bounded cost.
    for (const field of admitted) {
      const entry = worst.find((candidate) => candidate.field === field);
      expect(costOf(schema, entry?.query ?? ""), field).toBeLessThanOrEqual(REQUEST_LIMITS.maxCost);
    }
  });

  it.each([...README_QUERIES, ...BENCH_QUERIES])(
    "allows $name with room to spare",
    ({ query, variables }) => {
      expect(costOf(schema, query, variables)).toBeLessThan(REQUEST_LIMITS.maxCost / 3);
    },
  );
});
