/**
 * Applies schema/constraints.cypher (constraints, indexes, fulltext indexes). Each statement is
 * idempotent; schema changes cannot share a transaction with writes, so they run one by one,
 * and then we wait for the indexes to come online; a graph of an earlier format that can be
 * upgraded in place is upgraded then (format.ts).
 */
import { readFile } from "node:fs/promises";
import type { Driver } from "neo4j-driver";
import { upgradeGraphFormat } from "./format.js";

const SCHEMA_FILE = new URL("../../schema/constraints.cypher", import.meta.url);

export async function schemaStatements(): Promise<string[]> {
  const text = await readFile(SCHEMA_FILE, "utf8");
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(";")
    .map((statement) => statement.trim())
    .filter(Boolean);
}

export async function applySchema(driver: Driver, database: string): Promise<void> {
  for (const statement of await schemaStatements()) await driver.executeQuery(statement, {}, { database });
  await driver.executeQuery("CALL db.awaitIndexes(120)", {}, { database });
  await upgradeGraphFormat(driver, database);
}
