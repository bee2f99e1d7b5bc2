/**
 * Applies schema/constraints.cypher (constraints, indexes, fulltext indexes). Each statement is
 * idempotent; schema changes cannot share a transaction with writes, so they run one by one,
 * and then we wait for the indexes to come online.
 */
import { readFile } from "node:fs/promises";
import type { Driver } from "neo4j-driver";

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
}
