/**
 * The API end to end over HTTP, against a real Neo4j loaded with the seeds and two fixture
 * articles, driven by a real GraphQL client (graphql-request).
 */
import { GraphQLClient, gql } from "graphql-request";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApi } from "../../src/api/index.js";
import { startApi } from "../../src/api/index.js";
import { clearGraph, loadSeedGraph, TEST_DATABASE, testDriver } from "../support/graph.js";

const _root = new URL("../../", import.meta.url).pathname;

describe("the GraphQL API over HTTP", () => {
  let driver: Driver;
  let api: RunningApi;
  let client: GraphQLClient;
  let cypherQueries = 0;

  beforeAll(async () => {
    driver = testDriver();
    await loadSeedGraph(driver);
    api = await startApi(
      {
        driver,
        database: TEST_DATABASE,
        production: false,
        onQuery: () => {
          cypherQueries += 1;
        },
      },
      0,
      "127.0.0.1",
    );
    client = new GraphQLClient(api.url);
  });
  afterAll(async () => {
    await api.stop();
    await clearGraph(driver);
    await driver.close();
  });

  it("answers in one query: who Morocco has deals with, about which systems, reported by whom, with what evidence", async () => {
    const data = await client.request<{
      country: {
        deals: {
          id: string;
          status: string;
          parties: { role: string; country: { code: string } }[];
          systems: { name: string }[];
          reports: { evidence: string; source: { name: string } | null }[];
        }[];
      };
    }>(gql`
      {
        country(code: "MA") {
          deals {
            id status
            parties { role country { code nameAr } }
            systems { name category origin { code } }
            reports { status evidence publishedAt source { name } article { title } }
          }
        }
      }
    `);
    const deals = data.country.deals;
    expect(deals.map((deal) => deal.id).sort()).toEqual([
      "MA-PK:cooperation-agreement",
      "MA-RU:acquisition:s-400",
    ]);
    const s400 = deals.find((deal) => deal.id === "MA-RU:acquisition:s-400");
    expect(s400?.parties).toEqual([
      { role: "RECIPIENT", country: { code: "MA", nameAr: "المغرب" } },
      { role: "SUPPLIER", country: { code: "RU", nameAr: "روسيا" } },
    ]);
    expect(s400?.systems.map((system) => system.name)).toEqual(["S-400"]);
    expect(s400?.reports.map((report) => report.source?.name)).toEqual(["Hespress", "Alayam24"]);
    expect(s400?.reports[1]?.evidence).toContain("تناقش المملكة المغربية مع روسيا");
  });

  it.each([
    ["code", "MA"],
    ["name", "المغرب"],
    ["name", "Morocco"],
    ["name", "Maroc"],
    ["name", "بالمغرب"],
    ["name", "الرباط"],
  ])("finds Morocco by %s %s", async (argument, value) => {
    const data = await client.request<{ country: { code: string } | null }>(
      `query ($value: String) { country(${argument}: $value) { code } }`,
      { value },
    );
    expect(data.country?.code).toBe("MA");
  });

  it.each(["S-400", "إس-400", "اس 400", "s400"])("finds S-400 by the name %s", async (name) => {
    const data = await client.request<{ system: { id: string; origin: { code: string } } | null }>(
      `query ($name: String) { system(name: $name) { id origin { code } } }`,
      { name },
    );
    expect(data.system).toEqual({ id: "s-400", origin: { code: "RU" } });
  });

  it("finds a path from Pakistan to S-400", async () => {
    const data = await client.request<{
      path: { length: number; nodes: { __typename: string; code?: string; id?: string }[] } | null;
    }>(gql`
      { path(from: "Pakistan", to: "S-400") { length nodes { __typename ... on Country { code } ... on System { id } } } }
    `);
    expect(data.path?.length).toBeLessThanOrEqual(4);
    expect(data.path?.nodes[0]).toEqual({ __typename: "Country", code: "PK" });
    expect(data.path?.nodes.at(-1)).toEqual({ __typename: "System", id: "s-400" });
  });

  it("pages through deals with stable cursors, no deal seen twice or skipped", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 10; page += 1) {
      const data: {
        deals: {
          totalCount: number;
          edges: { node: { id: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } = await client.request(
        `query ($after: String) { deals(first: 2, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      total = data.deals.totalCount;
      seen.push(...data.deals.edges.map((edge) => edge.node.id));
      if (!data.deals.pageInfo.hasNextPage) break;
      after = data.deals.pageInfo.endCursor;
    }
    expect(total).toBe(7);
    expect(new Set(seen).size).toBe(7);
    const all: { deals: { edges: { node: { id: string } }[] } } = await client.request(
      `{ deals(first: 100) { edges { node { id } } } }`,
    );
    expect(seen).toEqual(all.deals.edges.map((edge) => edge.node.id));
  });

  it("pages backwards with last and before (Relay), and says where each page sits", async () => {
    type Page = {
      deals: {
        edges: { cursor: string; node: { id: string } }[];
        pageInfo: {
          hasNextPage: boolean;
          hasPreviousPage: boolean;
          startCursor: string | null;
          endCursor: string | null;
        };
      };
    };
    const pageOf = (size: string, variables: Record<string, unknown> = {}) =>
      client.request<Page>(
        `query ($after: String, $before: String) { deals(${size}, after: $after, before: $before) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
        variables,
      );
    const all = (await pageOf("first: 100")).deals.edges.map((edge) => edge.node.id);
    expect(all.length).toBe(7);
    const seen: string[][] = [];
    let before: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const { deals } = await pageOf("last: 3", { before });
      seen.unshift(deals.edges.map((edge) => edge.node.id));
      expect(deals.pageInfo.startCursor).toBe(deals.edges[0]?.cursor);
      expect(deals.pageInfo.endCursor).toBe(deals.edges.at(-1)?.cursor);
      expect(deals.pageInfo.hasNextPage).toBe(before !== null);
      if (!deals.pageInfo.hasPreviousPage) break;
      before = deals.pageInfo.startCursor;
    }
    expect(seen.map((page) => page.length)).toEqual([1, 3, 3]);
    expect(seen.flat()).toEqual(all);

    const first = await pageOf("first: 3");
    expect(first.deals.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    const middle = await pageOf("first: 2", { after: first.deals.pageInfo.endCursor });
    expect(middle.deals.edges.map((edge) => edge.node.id)).toEqual(all.slice(3, 5));
    expect(middle.deals.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const between = await pageOf("first: 10", {
      after: first.deals.edges[0]?.cursor,
      before: middle.deals.pageInfo.endCursor,
    });
    expect(between.deals.edges.map((edge) => edge.node.id)).toEqual(all.slice(1, 4));
    await expect(pageOf("first: 2, last: 2")).rejects.toThrow(/give one of them/);
  });

  it("filters deals by supplier name, system, kind and status", async () => {
    const data = await client.request<{ deals: { edges: { node: { id: string } }[] } }>(
      `{ deals(filter: { supplier: "روسيا", system: "إس-400", kind: ACQUISITION, status: UNDER_NEGOTIATION }, orderBy: ID_ASC) { edges { node { id } } } }`,
    );
    expect(data.deals.edges.map((edge) => edge.node.id)).toEqual([
      "EG-RU:acquisition:s-400",
      "IQ-RU:acquisition:s-400",
      "MA-RU:acquisition:s-400",
      "QA-RU:acquisition:s-400",
    ]);
  });

  it("caps the page size, refuses an absurd one by its cost, and refuses a cursor it did not give out", async () => {
    const capped = await client.request<{ deals: { edges: unknown[] } }>(
      `{ deals(first: 1000) { edges { cursor } } }`,
    );
    expect(capped.deals.edges.length).toBe(7);
    await expect(client.request(`{ deals(first: 1000000000) { edges { cursor } } }`)).rejects.toThrow(
      /Query cost [\d,]+ is over the limit/,
    );
    await expect(client.request(`{ deals(after: "not-a-cursor") { totalCount } }`)).rejects.toThrow(
      /not a cursor this API gave out/,
    );
  });

  it("searches Arabic and English, and treats Lucene syntax as text", async () => {
    const arabic = await client.request<{ search: { entity: { __typename: string; code?: string } }[] }>(
      `{ search(text: "الباكستانية") { entity { __typename ... on Country { code } } } }`,
    );
    expect(arabic.search[0]?.entity).toEqual({ __typename: "Country", code: "PK" });
    const english = await client.request<{ search: { entity: { __typename: string; id?: string } }[] }>(
      `{ search(text: "Thunder") { entity { __typename ... on System { id } } } }`,
    );
    expect(english.search.map((hit) => hit.entity)).toContainEqual({ __typename: "System", id: "jf-17" });
    const hostile = await client.request<{ search: unknown[] }>(
      `query ($text: String!) { search(text: $text) { score } }`,
      { text: 'S-400") OR 1=1 // (*:* AND ~ ^ [a TO z]' },
    );
    expect(Array.isArray(hostile.search)).toBe(true);
  });

  it("lists systems by category and origin name, and countries by continent", async () => {
    const systems = await client.request<{ systems: { id: string }[] }>(
      `{ systems(category: TANK, origin: "باكستان") { id } }`,
    );
    expect(systems.systems.map((system) => system.id)).toEqual(["al-khalid", "al-zarrar"]);
    const african = await client.request<{ countries: { code: string }[] }>(
      `{ countries(continent: "Africa") { code } }`,
    );
    expect(african.countries.map((country) => country.code)).toEqual(["EG", "MA", "NG"]);
  });

  it("lists every country and system when no filter argument is given", async () => {
    const all = await client.request<{ countries: { code: string }[]; systems: { id: string }[] }>(
      "{ countries { code } systems(first: 100) { id } }",
    );
    expect(all.countries.map((country) => country.code)).toEqual(
      expect.arrayContaining(["EG", "MA", "NG", "PK", "RU"]),
    );
    expect(all.countries.length).toBeGreaterThan(3);
    expect(all.systems.map((system) => system.id)).toEqual(expect.arrayContaining(["al-khalid", "s-400"]));
  });

  it("serves dates as LocalDate (YYYY-MM-DD)", async () => {
    const data = await client.request<{ deal: { firstReported: string; lastReported: string } }>(
      `{ deal(id: "MA-RU:acquisition:s-400") { firstReported lastReported } }`,
    );
    expect(data.deal).toEqual({ firstReported: "2024-11-20", lastReported: "2024-12-02" });
  });

  it("gives a country's timeline in date order", async () => {
    const data = await client.request<{ timeline: { publishedAt: string; deal: { id: string } }[] }>(
      `{ timeline(country: "Morocco") { publishedAt deal { id } } }`,
    );
    const dates = data.timeline.map((report) => report.publishedAt);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe("2024-11-20");
  });

  it("sends a number of Cypher queries that does not grow with the lists (no N+1)", async () => {
    const nested = `{ deals(first: 100) { edges { node { parties { country { code nameEn } } systems { origin { code } manufacturers { name } } reports { source { name } article { title } } } } } }`;
    const count = async (first: number) => {
      cypherQueries = 0;
      await client.request(nested.replace("first: 100", `first: ${first}`));
      return cypherQueries;
    };
    expect(await count(1)).toBe(1);
    expect(await count(100)).toBe(1);
  });

  /** One country, selected through aliases, a fragment and arguments on nested lists. */
  const COUNTRY_SELECTION = `
    code nameEn
    latest: deals(first: 1) { id }
    ...Bought
    systemsAcquired { id origin { code } }
    mentionedIn(first: 2) { id source { name } }`;
  const FRAGMENT = `
    fragment Bought on Country {
      bought: deals(role: RECIPIENT) { id status supplier { code } recipient { code }
        parties { role country { code nameAr } }
        systems { id aliases origin { code } manufacturers { name country { code } } }
        reports { status evidence start end source { name } article { id title aggregator { name } } deal { id } } } }`;

  it("answers a nested selection with aliases, fragments and arguments in one Cypher statement", async () => {
    cypherQueries = 0;
    const data = await client.request<{
      country: { latest: { id: string }[]; bought: { id: string; recipient: { code: string } }[] };
    }>(`{ country(code: "MA") { ${COUNTRY_SELECTION} } } ${FRAGMENT}`);
    expect(cypherQueries).toBe(1);
    expect(data.country.latest).toHaveLength(1);
    expect(data.country.bought.length).toBeGreaterThan(0);
    expect(data.country.bought.every((deal) => deal.recipient.code === "MA")).toBe(true);
  });

  it("gives the same answer for a node reached without the compiled selection, in queries that do not grow with the nodes", async () => {
    const direct = await client.request<{ country: unknown }>(
      `{ country(code: "MA") { ${COUNTRY_SELECTION} } } ${FRAGMENT}`,
    );
    const viaPath = await client.request<{ path: { nodes: unknown[] } }>(
      `{ path(from: "MA", to: "PK") { nodes { ... on Country { ${COUNTRY_SELECTION} } } } } ${FRAGMENT}`,
    );
    expect(viaPath.path.nodes[0]).toEqual(direct.country);
    // Mentioned entities are read whole, not projected: their deals are read for all of them at once.
    const count = async (first: number) => {
      cypherQueries = 0;
      const data = await client.request<{ countries: { mentionedIn: { mentions: unknown[] }[] }[] }>(
        `{ countries(first: ${first}) { mentionedIn(first: 2) { mentions { entity { ... on Country { deals { id reports { source { name } } } } } } } } }`,
      );
      const mentions = data.countries.flatMap((country) =>
        country.mentionedIn.flatMap((article) => article.mentions),
      );
      return { mentions: mentions.length, queries: cypherQueries };
    };
    const few = await count(1);
    const many = await count(10);
    expect(many.mentions).toBeGreaterThan(few.mentions);
    // The list, an article's four kinds of mention, and the mentioned countries' deals below them.
    expect(many.queries).toBeLessThanOrEqual(6);
    expect(many.queries).toBe(few.queries);
  });

  it("searches with one statement, the exact name first and once, and its entities' lists included", async () => {
    cypherQueries = 0;
    const data = await client.request<{
      search: { score: number; entity: { __typename: string; id?: string; deals?: { id: string }[] } }[];
    }>(`{ search(text: "S-400") { score entity { __typename ... on System { id deals { id } } } } }`);
    expect(cypherQueries).toBe(1);
    expect(data.search[0]).toMatchObject({ score: 1000, entity: { __typename: "System", id: "s-400" } });
    expect(data.search.filter((hit) => hit.entity.id === "s-400")).toHaveLength(1);
    expect(data.search[0]?.entity.deals?.map((deal) => deal.id)).toContain("MA-RU:acquisition:s-400");
  });
});
