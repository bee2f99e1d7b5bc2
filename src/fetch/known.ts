/**
 * Which page addresses the graph already holds an article for: `watch` asks this instead of
 * keeping a state file, so what it skips is exactly what is in the graph (a graph cleared or
 * restored from a dump is filled again, and two watchers on one graph agree). An address
 * matches an Article's `file` (the address it was fetched from) or its `key` (its URL).
 */
import type { Driver } from "neo4j-driver";

const KNOWN = `
MATCH (a:Article) WHERE a.file IN $addresses OR a.key IN $addresses
RETURN a.file AS file, a.key AS key`;

export async function knownAddresses(
  driver: Driver,
  database: string,
  addresses: string[],
): Promise<Set<string>> {
  if (addresses.length === 0) return new Set();
  const { records } = await driver.executeQuery(KNOWN, { addresses }, { database, routing: "READ" });
  const found = new Set(records.flatMap((record) => [record.get("file"), record.get("key")] as string[]));
  return new Set(addresses.filter((address) => found.has(address)));
}
