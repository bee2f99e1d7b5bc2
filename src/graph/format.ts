/**
 * Whether a graph was written by this version's writer: deal reports carry their resolution
 * bucket and articles their text. A graph an earlier version wrote has neither, so it can be
 * neither extended (its deals would not resolve with new reports) nor re-extracted (the text
 * is missing): the loader stops and says what to do instead of mixing two formats.
 */
import type { Driver } from "neo4j-driver";

export class GraphFormatError extends Error {
  override name = "GraphFormatError";
}

const EARLIER_FORMAT = `
RETURN EXISTS { MATCH ()-[r:REPORTS]->() WHERE r.bucket IS NULL } OR
       EXISTS { MATCH (a:Article) WHERE a.text IS NULL } AS earlier`;

export async function assertCurrentFormat(driver: Driver, database: string, where: string): Promise<void> {
  const { records } = await driver.executeQuery(EARLIER_FORMAT, {}, { database, routing: "READ" });
  if (records[0]?.get("earlier"))
    throw new GraphFormatError(
      `The graph at ${where} was written by an earlier version of defence-graph (deal reports without resolution, articles without their text). Load your files into an empty database instead: for the local kit, stop it (npm run neo4j:stop), remove neo4j/instances/dev, and run the command again.`,
    );
}
