/**
 * graphql-http's audit suite (the GraphQL-over-HTTP spec's checks) against our endpoint.
 * Development: every MUST audit passes. Production: introspection is off, and only audits that
 * need it may fail — which those are is pinned here, so a new failure shows up.
 */
import { serverAudits } from "graphql-http";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApi } from "../../src/api/index.js";
import { startTestApi } from "../support/api.js";
import { testDriver } from "../support/graph.js";

async function mustFailures(api: RunningApi): Promise<string[]> {
  const failures: string[] = [];
  for (const audit of serverAudits({ url: api.url, fetchFn: fetch })) {
    if (!audit.name.startsWith("MUST")) continue;
    const result = await audit.fn();
    if (result.status !== "ok") failures.push(`${audit.id} ${audit.name}: ${result.reason}`);
  }
  return failures;
}

describe("graphql-http audits", () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(() => driver.close());

  it("passes every MUST audit in development", async () => {
    const api = await startTestApi(driver, false);
    try {
      expect(await mustFailures(api)).toEqual([]);
    } finally {
      await api.stop();
    }
  }, 60_000);

  it("fails in production only MUST audits that need introspection", async () => {
    const api = await startTestApi(driver, true);
    try {
      const failures = await mustFailures(api);
      // Both audits query `__type(...)`, which production refuses with introspection off.
      expect(failures.map((failure) => failure.split(" ")[0])).toEqual(["BF61", "28B9"]);
    } finally {
      await api.stop();
    }
  }, 60_000);
});
