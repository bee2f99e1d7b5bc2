/** ingestArticle and deleteArticle: the CLI's path through the API, behind the bearer token. */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApi, startApi } from "../../src/api/index.js";
import { applySchema } from "../../src/graph/index.js";
import { postGraphQL, startTestApi } from "../support/api.js";
import { clearGraph, countAll, TEST_DATABASE, testDriver } from "../support/graph.js";

const TOKEN = "test-token-0123456789abcdef";
const INGEST = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { outcome article { id title source { name } } deals { id status parties { role country { code } } } } }`;
const input = {
  title: "مصر تتسلم مقاتلات رافال",
  text: "تسلمت مصر الدفعة الأخيرة من مقاتلات رافال الفرنسية في إطار صفقة مع فرنسا.",
  outlet: "هسبريس",
  publishedAt: "2025-02-01",
};

describe("mutations", () => {
  let driver: Driver;
  let api: RunningApi;
  beforeAll(async () => {
    driver = testDriver();
    await clearGraph(driver);
    await applySchema(driver, TEST_DATABASE);
    api = await startApi(
      { driver, database: TEST_DATABASE, production: true, apiToken: TOKEN },
      0,
      "127.0.0.1",
    );
  });
  afterAll(async () => {
    await api.stop();
    await clearGraph(driver);
    await driver.close();
  });

  it("refuses without a token, or with a wrong one, and writes nothing", async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: `Bearer ${TOKEN.slice(0, -1)}x` },
      { authorization: TOKEN },
    ];
    for (const headers of attempts) {
      const { body } = await postGraphQL(api.url, INGEST, { input }, headers);
      expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    expect(await countAll(driver)).toEqual({ nodes: 0, relationships: 0 });
  });

  it("ingests through parse → extract → write, and again finds it unchanged", async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const first = await postGraphQL<{
      ingestArticle: {
        outcome: string;
        article: { title: string; source: { name: string } };
        deals: { id: string; status: string; parties: { role: string; country: { code: string } }[] }[];
      };
    }>(api.url, INGEST, { input }, auth);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.ingestArticle).toMatchObject({
      outcome: "new",
      article: { title: input.title, source: { name: "Hespress" } },
      deals: [
        {
          id: "EG-FR:acquisition:rafale",
          status: "DELIVERED",
          parties: [
            { role: "RECIPIENT", country: { code: "EG" } },
            { role: "SUPPLIER", country: { code: "FR" } },
          ],
        },
      ],
    });
    const again = await postGraphQL<{ ingestArticle: { outcome: string } }>(api.url, INGEST, { input }, auth);
    expect(again.body.data?.ingestArticle.outcome).toBe("unchanged");
  });

  it("rejects bad input with the field named", async () => {
    const { body } = await postGraphQL(
      api.url,
      INGEST,
      { input: { ...input, text: "   " } },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(body.errors?.[0]).toMatchObject({
      extensions: { code: "BAD_USER_INPUT" },
      message: expect.stringMatching(/"text"/),
    });
  });

  it("deletes an article and the deal only it reported", async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const { body } = await postGraphQL<{ ingestArticle: { article: { id: string } } }>(
      api.url,
      INGEST,
      { input },
      auth,
    );
    const id = body.data?.ingestArticle.article.id;
    const deleted = await postGraphQL<{ deleteArticle: boolean }>(
      api.url,
      "mutation ($id: String!) { deleteArticle(id: $id) }",
      { id },
      auth,
    );
    expect(deleted.body.data?.deleteArticle).toBe(true);
    const { records } = await driver.executeQuery(
      "MATCH (n) WHERE n:Article OR n:Deal RETURN count(n) AS n",
      {},
      { database: TEST_DATABASE },
    );
    expect(records[0]?.get("n")).toBe(0);
    const again = await postGraphQL<{ deleteArticle: boolean }>(
      api.url,
      "mutation ($id: String!) { deleteArticle(id: $id) }",
      { id },
      auth,
    );
    expect(again.body.data?.deleteArticle).toBe(false);
  });
});

describe("mutations with no API_TOKEN configured", () => {
  it("are disabled and say so", async () => {
    const driver = testDriver();
    const api = await startTestApi(driver, true);
    try {
      const { body } = await postGraphQL(
        api.url,
        INGEST,
        { input },
        { authorization: "Bearer anything-at-all-123456" },
      );
      expect(body.errors?.[0]).toMatchObject({
        extensions: { code: "FORBIDDEN" },
        message: expect.stringMatching(/disabled.*API_TOKEN/),
      });
    } finally {
      await api.stop();
      await driver.close();
    }
  });
});
