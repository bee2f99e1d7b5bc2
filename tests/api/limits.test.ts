/**
 * Hostile query shapes are refused before any resolver runs, with a clear error, in
 * milliseconds: depth bombs (also through fragments and introspection-named fields, the
 * 2025 graphql-armor bypasses), alias floods, token floods. The mutation token is compared
 * in constant time.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearerMatches, LIMITS, type RunningApi } from "../../src/api/server.js";
import { postGraphQL, startTestApi } from "../support/api.js";
import { testDriver } from "../support/graph.js";

const nest = (depth: number) => {
  let selection = "code";
  for (let level = 0; level < depth; level += 1)
    selection =
      level % 2 === 0
        ? `deals { parties { country { ${selection} } } }`
        : `partners { country { ${selection} } }`;
  return `{ country(code: "MA") { ${selection} } }`;
};

describe("query limits", () => {
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

  const refused = async (query: string, pattern: RegExp) => {
    const started = performance.now();
    const { status, body } = await postGraphQL(api.url, query);
    const elapsed = performance.now() - started;
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(pattern);
    expect(body.errors?.[0]?.extensions?.code).toMatch(/^(GRAPHQL_VALIDATION_FAILED|QUERY_TOO_EXPENSIVE)$/);
    expect(elapsed).toBeLessThan(2000);
    return body;
  };

  it("refuses a depth bomb (its cost is refused first, or its depth)", async () => {
    await refused(
      nest(8),
      new RegExp(`Query cost [\\d,]+ is over the limit|depth limit of ${LIMITS.maxDepth}`, "i"),
    );
  });

  it("refuses a narrow query past the depth limit", async () => {
    // One field per level keeps the cost low, so the depth limit itself must catch it.
    let selection = "code";
    for (let level = 0; level < 6; level += 1) selection = `partners { country { ${selection} } }`;
    await refused(
      `{ country(code: "MA") { ${selection} } }`,
      new RegExp(`depth limit of ${LIMITS.maxDepth}`, "i"),
    );
  });

  it("refuses a depth bomb hidden in fragments", async () => {
    const query = `
      { country(code: "MA") { ...A } }
      fragment A on Country { deals { parties { country { ...B } } } }
      fragment B on Country { deals { parties { country { ...C } } } }
      fragment C on Country { deals { parties { country { ...D } } } }
      fragment D on Country { deals { parties { country { code } } } }`;
    await refused(query, /depth limit|cost limit/i);
  });

  it("refuses a depth bomb behind an introspection-named fragment (GHSA-733v / armor #823 shape)", async () => {
    const query = `
      { country(code: "MA") { deals { parties { country { deals { parties { country { ...__schema } } } } } } } }
      fragment __schema on Country { deals { parties { country { deals { parties { country { code } } } } } } }`;
    await refused(query, /depth limit|cost limit/i);
  });

  it("refuses an alias flood", async () => {
    const aliases = Array.from({ length: 50 }, (_, index) => `a${index}: health { ok }`).join(" ");
    await refused(`{ ${aliases} }`, /aliases limit/i);
  });

  it("refuses a token flood", async () => {
    await refused(`{ health { ${"ok ".repeat(3000)} } }`, /token limit/i);
  });

  it("refuses a fragment cycle", async () => {
    await refused(
      '{ country(code: "MA") { ...A } } fragment A on Country { partners { country { ...B } } } fragment B on Country { ...A }',
      /Cannot spread fragment "A" within itself/,
    );
  });

  const timedPost = async (body: string) => {
    const started = performance.now();
    const response = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    return { status: response.status, text: await response.text(), ms: performance.now() - started };
  };

  it("refuses a body over 1 MB (query or variables) with 413, before parsing it", async () => {
    const bigQuery = await timedPost(JSON.stringify({ query: `{ health { ok } }${" ".repeat(1_100_000)}` }));
    const bigVariables = await timedPost(
      JSON.stringify({ query: "{ health { ok } }", variables: { padding: "x".repeat(1_100_000) } }),
    );
    for (const answer of [bigQuery, bigVariables]) {
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.text)).toEqual({
        errors: [{ message: "Request body larger than 1mb", extensions: { code: "BAD_REQUEST" } }],
      });
      expect(answer.ms).toBeLessThan(2000);
    }
  });

  it("refuses a huge variable within the body limit by its own bound", async () => {
    const { status, body } = await postGraphQL(
      api.url,
      "query($text: String!) { search(text: $text) { score } }",
      {
        text: "صاروخ ".repeat(40_000),
      },
    );
    expect(status).toBe(200);
    expect(body.errors?.[0]?.message).toMatch(/text: at most \d+ characters/);
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses batched requests", async () => {
    const batch = await timedPost(
      JSON.stringify([{ query: "{ health { ok } }" }, { query: "{ health { ok } }" }]),
    );
    expect(batch.status).toBe(400);
    expect(batch.text).toMatch(/batch/i);
  });

  it("does not suggest field names to a prober", async () => {
    const { body } = await postGraphQL(api.url, '{ countri(code: "MA") { code } }');
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it("compares bearer tokens exactly", () => {
    expect(bearerMatches("Bearer s3cret-token-long-enough", "s3cret-token-long-enough")).toBe(true);
    expect(bearerMatches("Bearer s3cret-token-long-enougH", "s3cret-token-long-enough")).toBe(false);
    expect(bearerMatches("Bearer s3cret", "s3cret-token-long-enough")).toBe(false);
    expect(bearerMatches("s3cret-token-long-enough", "s3cret-token-long-enough")).toBe(false);
    expect(bearerMatches("Bearer anything", undefined)).toBe(false);
  });
});
