/**
 * What the connected Neo4j says about itself, read over Bolt: version and edition.
 * Used by the API's health query and health endpoint.
 */
import type { Driver } from "neo4j-driver";

export interface ServerInfo {
  version: string;
  edition: string;
}

/** One auto-commit query, never retried: health must report the state of now. */
export async function readServerInfo(driver: Driver, database: string): Promise<ServerInfo> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  const result = await session
    .run(
      "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition",
    )
    .finally(() => session.close());
  const record = result.records[0];
  if (!record) throw new Error("dbms.components() returned no Neo4j Kernel row");
  return { version: record.get("version"), edition: record.get("edition") };
}
