import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readServerInfo } from "../../src/graph/index.js";
import { clearGraph, countAll, TEST_DATABASE, testDriver } from "../support/graph.js";

describe("Cypher over Bolt to a real Neo4j", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await clearGraph(driver);
  });
  afterAll(async () => {
    await clearGraph(driver);
    await driver.close();
  });

  it("is a Neo4j 5.26 Community server", async () => {
    const info = await readServerInfo(driver, TEST_DATABASE);
    expect(info.version).toMatch(/^5\.26\./);
    expect(info.edition).toBe("community");
  });

  it("writes and reads back Arabic text with parameters in managed transactions", async () => {
    const name = "المملكة المغربية";
    await driver.executeQuery(
      "CREATE (:RoundTrip {code: $code, nameAr: $name})",
      { code: "MA", name },
      { database: TEST_DATABASE },
    );
    const { records } = await driver.executeQuery(
      "MATCH (c:RoundTrip {code: $code}) RETURN c.nameAr AS name",
      { code: "MA" },
      { database: TEST_DATABASE, routing: "READ" },
    );
    expect(records.map((record) => record.get("name"))).toEqual([name]);
    expect(await countAll(driver)).toEqual({ nodes: 1, relationships: 0 });
  });

  it("rolls back a failed transaction whole", async () => {
    const session = driver.session({ database: TEST_DATABASE });
    await expect(
      session.executeWrite(async (tx) => {
        await tx.run("CREATE (:RoundTrip {code: 'XX'})");
        await tx.run("RETURN 1/0");
      }),
    ).rejects.toThrow(/by zero/i);
    await session.close();
    const { records } = await driver.executeQuery(
      "MATCH (c:RoundTrip {code: 'XX'}) RETURN count(c) AS n",
      {},
      { database: TEST_DATABASE },
    );
    expect(records[0]?.get("n")).toBe(0);
  });
});
