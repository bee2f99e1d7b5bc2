import type { Driver, QueryResult } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { pipeline } from "../../src/graph/pipeline.js";
import { clearGraph, countAll, TEST_DATABASE, testDriver } from "../support/graph.js";

describe("pipelined statements in one write transaction", () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  beforeEach(async () => {
    await clearGraph(driver);
  });
  afterAll(async () => {
    await clearGraph(driver);
    await driver.close();
  });

  const write = async (work: (send: ReturnType<typeof pipeline>) => Promise<unknown>) => {
    const results: QueryResult[] = [];
    const session = driver.session({ database: TEST_DATABASE });
    try {
      const value = await session.executeWrite((tx) => work(pipeline(tx, (result) => results.push(result))));
      return { value, results };
    } finally {
      await session.close();
    }
  };

  it("runs writes in the order sent, and a read sees every write sent before it", async () => {
    const { value, results } = await write(async (statements) => {
      statements.send("UNWIND range(1, 500) AS n CREATE (:Piped {n: n})");
      statements.send("MATCH (p:Piped) WHERE p.n % 2 = 0 SET p.even = true");
      statements.send("MATCH (p:Piped) WHERE p.even CREATE (p)-[:NEXT]->(:Piped {n: p.n + 1000})");
      const read = await statements.read("MATCH (p:Piped) RETURN count(p) AS nodes, count(p.even) AS even");
      return [Number(read.records[0]?.get("nodes")), Number(read.records[0]?.get("even"))];
    });
    expect(value).toEqual([750, 250]);
    // Every write's counters reach onResult, the read's too.
    expect(results.map((result) => result.summary.counters.updates().nodesCreated)).toEqual([500, 0, 250, 0]);
    expect(await countAll(driver)).toEqual({ nodes: 750, relationships: 250 });
  });

  it("reports a failed write as itself, and the transaction leaves nothing", async () => {
    await expect(
      write(async (statements) => {
        statements.send("CREATE (:Piped {n: 1})");
        statements.send("UNWIND [1, 0] AS d RETURN 10 / d");
        statements.send("CREATE (:Piped {n: 2})");
        await statements.read("MATCH (p:Piped) RETURN count(p) AS n");
      }),
    ).rejects.toThrow(/by zero/i);
    expect(await countAll(driver)).toEqual({ nodes: 0, relationships: 0 });
  });

  it("drain() rejects with the failed write even when no read follows it", async () => {
    await expect(
      write(async (statements) => {
        statements.send("CREATE (:Piped {n: 1})");
        statements.send("RETURN 1 / 0");
        await statements.drain();
      }),
    ).rejects.toThrow(/by zero/i);
    expect(await countAll(driver)).toEqual({ nodes: 0, relationships: 0 });
  });
});
