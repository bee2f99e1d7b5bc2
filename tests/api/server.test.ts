import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApi } from "../../src/api/index.js";
import { openDriver } from "../../src/graph/index.js";
import { postGraphQL, startTestApi } from "../support/api.js";
import { testDriver } from "../support/graph.js";

const HEALTH = "{ health { ok neo4jVersion neo4jEdition } }";

describe("the API in development", () => {
  let driver: Driver;
  let api: RunningApi;
  beforeAll(async () => {
    driver = testDriver();
    api = await startTestApi(driver);
  });
  afterAll(async () => {
    await api.stop();
    await driver.close();
  });

  it("answers the health query with the Neo4j version read over Bolt", async () => {
    const { status, body } = await postGraphQL<{ health: { neo4jVersion: string } }>(api.url, HEALTH);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.health).toMatchObject({ ok: true, neo4jEdition: "community" });
    expect(body.data?.health.neo4jVersion).toMatch(/^5\.26\.\d+$/);
  });

  it("serves a health endpoint for load balancers", async () => {
    const response = await fetch(api.url.replace("/graphql", "/health"));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", neo4j: { edition: "community" } });
  });

  it("shows Apollo Sandbox to a browser", async () => {
    const page = await (await fetch(api.url, { headers: { accept: "text/html" } })).text();
    expect(page).toContain('id="embeddableSandbox"');
  });

  it("allows introspection", async () => {
    const { body } = await postGraphQL(api.url, "{ __schema { queryType { name } } }");
    expect(body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });

  it("refuses a simple GET that could be a cross-site request (CSRF prevention)", async () => {
    const response = await fetch(`${api.url}?query=${encodeURIComponent(HEALTH)}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
    const allowed = await fetch(`${api.url}?query=${encodeURIComponent(HEALTH)}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(allowed.status).toBe(200);
  });
});

describe("the API in production", () => {
  let driver: Driver;
  let api: RunningApi;
  beforeAll(async () => {
    driver = testDriver();
    api = await startTestApi(driver, true);
  });
  afterAll(async () => {
    await api.stop();
    await driver.close();
  });

  it("shows the production landing page, not Sandbox", async () => {
    const page = await (await fetch(api.url, { headers: { accept: "text/html" } })).text();
    expect(page).not.toContain('id="embeddableSandbox"');
    expect(page).toContain("isProd%22%3Atrue");
  });

  it("refuses introspection", async () => {
    const { body } = await postGraphQL(api.url, "{ __schema { queryType { name } } }");
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
  });
});

describe("the API with Neo4j unreachable", () => {
  // Port 1 on loopback: nothing listens, so every Bolt call fails at once.
  const deadDriver = openDriver("bolt://127.0.0.1:1", "neo4j", "irrelevant");
  let api: RunningApi;
  beforeAll(async () => {
    api = await startTestApi(deadDriver, true);
  });
  afterAll(async () => {
    await api.stop();
    await deadDriver.close();
  });

  it("says so on the health endpoint with 503", async () => {
    const response = await fetch(api.url.replace("/graphql", "/health"));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: "unavailable",
      neo4j: null,
      reason: "Neo4j does not answer over Bolt (stopped, crashed, or unreachable).",
    });
  });

  it("answers a clean SERVICE_UNAVAILABLE error without the driver's details", async () => {
    const { body } = await postGraphQL(api.url, HEALTH);
    expect(body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    expect(body.errors?.[0]?.message).toMatch(/graph database is unavailable/);
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/i);
  });
});
