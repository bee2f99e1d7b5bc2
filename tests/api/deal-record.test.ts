/**
 * A deal's record through GraphQL: the figures each report states (two prices for one sale),
 * the fields in conflict, the status history with its outlets, and the deals filter for
 * deals whose reports disagree — on our own articles loaded into a real Neo4j.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApi } from "../../src/api/index.js";
import { defaultGazetteer } from "../../src/extract/index.js";
import { applySchema, collectFiles, loadFiles } from "../../src/graph/index.js";
import { postGraphQL, startTestApi } from "../support/api.js";
import { writeContractArticles } from "../support/contracts.js";
import { clearGraph, TEST_DATABASE, testDriver } from "../support/graph.js";

const ORDER = "DZ-RU:acquisition:su-57:2019";

describe("a deal's figures, conflicts and history through GraphQL", () => {
  let driver: Driver;
  let api: RunningApi;
  beforeAll(async () => {
    driver = testDriver();
    await applySchema(driver, TEST_DATABASE);
    await clearGraph(driver);
    const dir = await mkdtemp(join(tmpdir(), "deal-record-"));
    await writeContractArticles(dir);
    await writeFile(
      join(dir, "variant.json"),
      JSON.stringify({
        title: "Jordan's jets",
        text: "Jordan signed a contract with the United States for 12 F-16 Block 70 fighters.",
        outlet: "Reuters",
        publishedAt: "2025-04-02",
      }),
    );
    await loadFiles(driver, TEST_DATABASE, await collectFiles([dir]), defaultGazetteer(), {
      batchSize: 10,
      dryRun: false,
      maxBytes: 1 << 20,
    });
    api = await startTestApi(driver);
  });
  afterAll(async () => {
    await api.stop();
    await clearGraph(driver);
    await driver.close();
  });

  it("shows both prices with the outlet that states each, and names value as the conflict", async () => {
    const { body } = await postGraphQL<{
      deal: {
        conflicts: string[];
        figures: { field: string; amount: number | null; reports: { source: { name: string } }[] }[];
      };
    }>(
      api.url,
      `query ($id: String!) { deal(id: $id) { conflicts figures { field value amount currency reports { source { name } publishedAt } } } }`,
      { id: ORDER },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.deal.conflicts).toEqual(["value"]);
    const values = body.data?.deal.figures.filter((figure) => figure.field === "value") ?? [];
    expect(values.map((figure) => [figure.amount, figure.reports.map((r) => r.source.name)])).toEqual([
      [2e9, ["Reuters"]],
      [1.8e9, ["TASS"]],
    ]);
    const quantity = body.data?.deal.figures.filter((figure) => figure.field === "quantity") ?? [];
    expect(quantity.map((figure) => figure.reports.length)).toEqual([2]);
  });

  it("gives the status history in date order with its outlets", async () => {
    const { body } = await postGraphQL<{
      deal: {
        status: string;
        history: {
          status: string;
          firstReported: string;
          backwards: boolean;
          reports: { source: { name: string } }[];
        }[];
      };
    }>(
      api.url,
      `query ($id: String!) { deal(id: $id) { status history { status firstReported lastReported backwards reports { source { name } } } } }`,
      { id: ORDER },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.deal.status).toBe("DELIVERED");
    expect(
      body.data?.deal.history.map((stage) => [
        stage.status,
        stage.firstReported,
        stage.backwards,
        stage.reports.length,
      ]),
    ).toEqual([
      ["SIGNED", "2025-01-10", false, 2],
      ["DELIVERED", "2025-11-20", false, 1],
    ]);
  });

  it("filters deals whose reports disagree", async () => {
    const query = `query ($c: Boolean) { deals(filter: { conflicting: $c }) { edges { node { id } } } }`;
    const ids = async (conflicting: boolean) => {
      const { body } = await postGraphQL<{ deals: { edges: { node: { id: string } }[] } }>(api.url, query, {
        c: conflicting,
      });
      expect(body.errors).toBeUndefined();
      return body.data?.deals.edges.map((edge) => edge.node.id);
    };
    expect(await ids(true)).toEqual([ORDER]);
    expect(await ids(false)).toEqual(["JO-US:acquisition:f-16", "DZ-RU:acquisition:su-57:2024"]);
  });

  it("counts a variant's deal among its family's: the system's deals, its variants, the deals filter", async () => {
    const { body } = await postGraphQL<{
      system: { variants: { id: string }[]; deals: { id: string; systems: { id: string }[] }[] };
      variant: { family: { id: string } | null; catalogued: boolean };
      deals: { edges: { node: { id: string } }[] };
    }>(
      api.url,
      `{ system(id: "F-16") { variants { id } deals { id systems { id } } }
         variant: system(id: "f-16-block-70") { family { id } catalogued }
         deals(filter: { system: "F-16" }) { edges { node { id } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.system.variants).toEqual([{ id: "f-16-block-70" }]);
    expect(body.data?.system.deals).toEqual([
      { id: "JO-US:acquisition:f-16", systems: [{ id: "f-16" }, { id: "f-16-block-70" }] },
    ]);
    expect(body.data?.variant).toEqual({ family: { id: "f-16" }, catalogued: true });
    expect(body.data?.deals.edges.map((edge) => edge.node.id)).toEqual(["JO-US:acquisition:f-16"]);
  });
});
