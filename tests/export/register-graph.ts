/**
 * The graph the register tests read: the seeds, the query fixtures, the contract articles
 * (an order reported with two prices, its delivery in Arabic, a later order) and three articles
 * of our own — an outlet named in Arabic only, an outlet whose name holds a comma, an outlet
 * whose name a spreadsheet would read as a formula, a delivery with its year, a family's variant.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { writeContractArticles } from "../support/contracts.js";
import { loadSeedGraph } from "../support/graph.js";

const _root = new URL("../../", import.meta.url).pathname;

export const ARABIC_OUTLET = "نشرة الدفاع الأسبوعية";
export const COMMA_OUTLET = "Defence Weekly, Cairo";
export const FORMULA_OUTLET = "@Observer";

const OWN_ARTICLES: Record<string, object> = {
  "rafale-order-ar.json": {
    title: "صفقة مقاتلات",
    text: "وقعت مصر عقدا مع فرنسا سنة 2021 لشراء 30 طائرة رافال.",
    outlet: ARABIC_OUTLET,
    publishedAt: "2025-04-02",
  },
  "rafale-delivery-en.json": {
    title: "Rafale delivery",
    text: "Egypt received 6 Rafale fighters from France in 2024.",
    outlet: COMMA_OUTLET,
    publishedAt: "2025-05-10",
  },
  "patriot-variant-en.json": {
    title: "Patriot order",
    text: "Morocco ordered 4 Patriot PAC-3 batteries from the United States.",
    outlet: FORMULA_OUTLET,
    publishedAt: "2025-03-03",
  },
};

/** Clears the test database and loads the register tests' articles into it. */
export async function loadRegisterGraph(driver: Driver): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "register-articles-"));
  try {
    await writeContractArticles(dir);
    for (const [name, article] of Object.entries(OWN_ARTICLES))
      await writeFile(join(dir, name), JSON.stringify(article));
    await loadSeedGraph(driver, [dir]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
