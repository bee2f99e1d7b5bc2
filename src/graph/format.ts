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

/**
 * Graphs of earlier resolving versions kept a bucket's state as lists on its DealBucket node, or
 * kept none: it is rebuilt once from their reports as DealSignature nodes (each signature, how
 * many reports carry it, its deal), so they load on.
 */
const STATE_TO_REBUILD = `
RETURN EXISTS { MATCH (b:DealBucket) WHERE b.signatures IS NOT NULL } OR
       (EXISTS { MATCH ()-[:REPORTS]->() } AND NOT EXISTS { MATCH (:DealSignature) }) AS rebuild`;
// Bucket by bucket, in transactions of their own (an auto-commit CALL … IN TRANSACTIONS), so a
// large graph never needs one transaction's memory for all its reports. The write stamp goes:
// no loader may trust the state it cached from before.
const REBUILD_BUCKET_STATE = `
MATCH (b:DealBucket)
CALL (b) {
  REMOVE b.signatures, b.reportCounts, b.deals
  WITH b
  MATCH ()-[r:REPORTS {bucket: b.key}]->(d:Deal)
  WITH b, r.signature AS signature, d.id AS deal, count(r) AS reports
  MERGE (s:DealSignature {signature: signature})
  SET s.bucket = b.key, s.reports = reports, s.deal = deal
} IN TRANSACTIONS OF 200 ROWS`;
const FORGET_STAMP = "MATCH (l:WriteLock) REMOVE l.stamp";

export async function upgradeGraphFormat(driver: Driver, database: string): Promise<void> {
  const { records } = await driver.executeQuery(STATE_TO_REBUILD, {}, { database, routing: "READ" });
  if (!records[0]?.get("rebuild")) return;
  const session = driver.session({ database });
  try {
    await session.run(REBUILD_BUCKET_STATE);
    await session.run(FORGET_STAMP);
  } finally {
    await session.close();
  }
}

export async function assertCurrentFormat(driver: Driver, database: string, where: string): Promise<void> {
  const { records } = await driver.executeQuery(EARLIER_FORMAT, {}, { database, routing: "READ" });
  if (records[0]?.get("earlier"))
    throw new GraphFormatError(
      `The graph at ${where} was written by an earlier version of defence-graph (deal reports without resolution, articles without their text). Load your files into an empty database instead: for the local kit, stop it (npm run neo4j:stop), remove neo4j/instances/dev, and run the command again.`,
    );
}
