/** The README's ten GraphQL queries, run as written against the seeds: each answers, with data. */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApi } from "../../src/api/index.js";
import { defaultGazetteer } from "../../src/extract/index.js";
import { applySchema, collectFiles, loadFiles } from "../../src/graph/index.js";
import { postGraphQL, startTestApi } from "../support/api.js";
import { clearGraph, TEST_DATABASE, testDriver } from "../support/graph.js";
import { README_QUERIES } from "../support/readme-queries.js";

const root = new URL("../../", import.meta.url).pathname;
const queries = README_QUERIES;

describe("the README's GraphQL queries", () => {
  let driver: Driver;
  let api: RunningApi;
  beforeAll(async () => {
    driver = testDriver();
    await clearGraph(driver);
    await applySchema(driver, TEST_DATABASE);
    await loadFiles(
      driver,
      TEST_DATABASE,
      await collectFiles([`${root}seeds/articles`]),
      defaultGazetteer(),
      { batchSize: 100, dryRun: false, maxBytes: 1e7 },
    );
    api = await startTestApi(driver);
  });
  afterAll(async () => {
    await api.stop();
    await clearGraph(driver);
    await driver.close();
  });

  it("has eleven", () => expect(queries).toHaveLength(11));

  it.each(queries)("$title", async ({ query }) => {
    const { status, body } = await postGraphQL(api.url, query);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    const [value] = Object.values(body.data ?? {});
    expect(value === null || (Array.isArray(value) && value.length === 0)).toBe(false);
  });
});
