/**
 * What each request carries to Neo4j and back: over a routing `neo4j://` URI (Community answers
 * routing with itself), two API instances on one Neo4j — an article ingested through one is read
 * through the other with the bookmark the first returned; a bookmark Neo4j never gave is refused
 * by Neo4j (so the header reaches the read session). The request id comes back in X-Request-Id
 * and is visible in SHOW TRANSACTIONS as the transaction's metadata while the request's Cypher
 * runs. /metrics counts requests, Neo4j time, refusals and ingested articles.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type RunningApi, startApi } from "../../src/api/index.js";
import { applySchema, openDriver, read } from "../../src/graph/index.js";
import { postGraphQL } from "../support/api.js";
import { clearGraph, TEST_DATABASE, testDriver } from "../support/graph.js";

const TOKEN = "scope-test-token-0123456789";
const auth = { authorization: `Bearer ${TOKEN}` };
const INGEST = "mutation ($input: ArticleInput!) { ingestArticle(input: $input) { outcome article { id } } }";
const input = {
  title: "Morocco receives Apache helicopters",
  text: "Morocco took delivery of AH-64E Apache helicopters ordered from the United States.",
  publishedAt: "2025-03-04",
};

const routingUri = () => inject("neo4jUri").replace(/^bolt:/, "neo4j:");

async function metricValue(url: string, line: RegExp): Promise<number> {
  const text = await (await fetch(new URL("/metrics", url))).text();
  const found = text.split("\n").find((candidate) => line.test(candidate));
  return found ? Number(found.split(" ").at(-1)) : 0;
}

describe("request scope: bookmarks, request ids, metrics", () => {
  let driver: Driver;
  const drivers: Driver[] = [];
  const apis: RunningApi[] = [];
  beforeAll(async () => {
    driver = testDriver();
    await clearGraph(driver);
    await applySchema(driver, TEST_DATABASE);
    for (let index = 0; index < 2; index += 1) {
      const routed = openDriver(routingUri(), "neo4j", inject("neo4jPassword"));
      drivers.push(routed);
      apis.push(
        await startApi(
          { driver: routed, database: TEST_DATABASE, production: false, apiToken: TOKEN },
          0,
          "127.0.0.1",
        ),
      );
    }
  });
  afterAll(async () => {
    for (const api of apis) await api.stop();
    for (const routed of drivers) await routed.close();
    await clearGraph(driver);
    await driver.close();
  });

  it("reads through a second instance what the first ingested, from the bookmark it returned", async () => {
    const [writer, reader] = apis as [RunningApi, RunningApi];
    const ingested = await fetch(writer.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...auth },
      body: JSON.stringify({ query: INGEST, variables: { input } }),
    });
    const body = (await ingested.json()) as {
      data: { ingestArticle: { outcome: string; article: { id: string } } };
    };
    expect(body).toMatchObject({ data: { ingestArticle: { outcome: "new" } } });
    const bookmark = ingested.headers.get("x-neo4j-bookmark");
    expect(bookmark).toMatch(/^\S+$/);
    const { status, body: seen } = await postGraphQL<{ article: { id: string; title: string } | null }>(
      reader.url,
      "query ($id: String!) { article(id: $id) { id title } }",
      { id: body.data.ingestArticle.article.id },
      { "x-neo4j-bookmark": bookmark as string },
    );
    expect(status).toBe(200);
    expect(seen.data?.article?.title).toBe(input.title);
  });

  it("sends the bookmark header to Neo4j: one it never gave is refused, a malformed one answered 400", async () => {
    const [api] = apis as [RunningApi];
    const unknown = await postGraphQL(
      api.url,
      "{ countries(first: 1) { code } }",
      {},
      {
        "x-neo4j-bookmark": "FB:not-a-bookmark-neo4j-gave",
      },
    );
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
    expect(unknown.body.errors?.[0]?.message).toMatch(/does not know this bookmark/);
    const malformed = await postGraphQL(
      api.url,
      "{ countries(first: 1) { code } }",
      {},
      {
        "x-neo4j-bookmark": "<script>",
      },
    );
    expect(malformed.status).toBe(400);
  });

  it("returns the client's request id, or a fresh one", async () => {
    const [api] = apis as [RunningApi];
    const given = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "trace-0042" },
      body: JSON.stringify({ query: "{ health { ok } }" }),
    });
    expect(given.headers.get("x-request-id")).toBe("trace-0042");
    const fresh = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "bad id with spaces" },
      body: JSON.stringify({ query: "{ health { ok } }" }),
    });
    expect(fresh.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("shows a request's id as its transaction's metadata in SHOW TRANSACTIONS", async () => {
    const [api] = apis as [RunningApi];
    const { body } = await postGraphQL<{ ingestArticle: { article: { id: string } } }>(
      api.url,
      INGEST,
      { input: { ...input, text: `${input.text} A second shipment followed.` } },
      auth,
    );
    const id = body.data?.ingestArticle.article.id as string;
    // A transaction of ours holds the article's write lock: the API's delete waits behind it.
    const session = driver.session({ database: TEST_DATABASE });
    const holder = await session.beginTransaction();
    await holder.run("MATCH (a:Article {id: $id}) SET a.locked = true", { id });
    const deleting = postGraphQL(
      api.url,
      "mutation ($id: String!) { deleteArticle(id: $id) }",
      { id },
      {
        ...auth,
        "x-request-id": "trace-delete-7",
      },
    );
    let seen: { metaData: Record<string, unknown>; currentQuery: string } | undefined;
    for (let attempt = 0; attempt < 100 && !seen; attempt += 1) {
      const { records } = await driver.executeQuery(
        "SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE metaData.requestId = $requestId RETURN metaData, currentQuery",
        { requestId: "trace-delete-7" },
        { database: TEST_DATABASE },
      );
      seen = records[0]?.toObject() as typeof seen;
      if (!seen) await new Promise((wait) => setTimeout(wait, 50));
    }
    await holder.rollback();
    await session.close();
    expect(seen?.metaData).toEqual({ requestId: "trace-delete-7" });
    expect(seen?.currentQuery).toMatch(/Article/);
    expect((await deleting).body.data).toEqual({ deleteArticle: true });
  });

  it("passes a reader's metadata to its read transaction", async () => {
    const reading = read(
      { driver, database: TEST_DATABASE, metadata: { requestId: "trace-read-9" } },
      "UNWIND range(1, 30000000) AS x RETURN count(x) AS n",
      {},
    );
    let found = 0;
    for (let attempt = 0; attempt < 100 && found === 0; attempt += 1) {
      const { records } = await driver.executeQuery(
        "SHOW TRANSACTIONS YIELD metaData WHERE metaData.requestId = 'trace-read-9' RETURN count(*) AS n",
        {},
        { database: TEST_DATABASE },
      );
      found = records[0]?.get("n") ?? 0;
    }
    expect(found).toBe(1);
    expect(await reading).toEqual([{ n: 30000000 }]);
  });

  it("counts requests, Neo4j time, refusals and ingested articles in /metrics", async () => {
    const [api] = apis as [RunningApi];
    const ok = /^graphql_requests_total\{operation="query countries",outcome="ok"\}/;
    const cost = /^api_requests_refused_total\{limit="cost"\}/;
    const neo4jCount = /^neo4j_query_duration_seconds_count\{outcome="ok"\}/;
    const before = await Promise.all([ok, cost, neo4jCount].map((line) => metricValue(api.url, line)));
    await postGraphQL(api.url, "{ countries(first: 2) { code } }");
    await postGraphQL(api.url, "{ deals(first: 1000000000) { totalCount } }");
    const after = await Promise.all([ok, cost, neo4jCount].map((line) => metricValue(api.url, line)));
    expect(after[0]).toBe((before[0] ?? 0) + 1);
    expect(after[1]).toBe((before[1] ?? 0) + 1);
    expect(after[2]).toBeGreaterThan(before[2] ?? 0);
    expect(await metricValue(api.url, /^articles_ingested_total\{outcome="new"\}/)).toBeGreaterThanOrEqual(2);
    const text = await (await fetch(new URL("/metrics", api.url))).text();
    expect(text).toMatch(
      /^graphql_request_duration_seconds_bucket\{le="0\.1",operation="query countries"\} \d+/m,
    );
    expect(text).toMatch(/^process_cpu_seconds_total \d/m);
  });
});
