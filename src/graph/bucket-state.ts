/**
 * The resolution state of deal buckets (party set + kind): every signature reported in a
 * bucket, how many reports carry it, and the deal it resolves to — one `DealSignature` node per
 * signature, so a batch writes only the signatures it adds, counts or moves, never a bucket's
 * whole list again.
 *
 * Reading a bucket's state costs as much as the bucket is large, so each process keeps the
 * state it last committed, valid while the graph's write stamp (on the WriteLock node, renewed
 * by every transaction that changes bucket state) is the one that transaction set. A single
 * loader therefore never reads bucket state back; with several writers a stamp another one set
 * makes the next batch read the buckets it touches from the graph. A transaction works on
 * copies, and the cache adopts them only once the transaction has committed, so a retried
 * transaction starts again from what the graph holds.
 */
import { randomUUID } from "node:crypto";
import type { Pipeline } from "./pipeline.js";

/** One bucket's signatures: how many reports carry each, and the deal they are on (null: new). */
export type BucketState = Map<string, { count: number; deal: string | null }>;

/** What a committed transaction leaves: the new stamp and the state of the buckets it touched. */
export interface StateChange {
  readBy: string | null;
  stamp: string;
  buckets: Map<string, BucketState>;
}

/**
 * Taken for every bucket a batch touches, in one order: two loaders writing reports of one
 * bucket take turns, and the second resolves against what the first committed. (Setting and
 * removing a property takes the node's write lock until commit and leaves no trace.)
 */
const LOCK_BUCKETS = `
UNWIND $buckets AS key
MERGE (b:DealBucket {key: key})
SET b.locked = true
REMOVE b.locked`;

const READ_SIGNATURES = `
UNWIND $buckets AS key
MATCH (s:DealSignature {bucket: key})
RETURN key AS bucket, s.signature AS signature, s.reports AS reports, s.deal AS deal`;

const SAVE_SIGNATURES = `
UNWIND $rows AS row
MERGE (s:DealSignature {signature: row.signature})
SET s.bucket = row.bucket, s.reports = row.reports, s.deal = row.deal`;

const REMOVE_SIGNATURES = `
UNWIND $signatures AS signature
MATCH (s:DealSignature {signature: signature})
DELETE s`;

const RENEW_STAMP = "MATCH (l:WriteLock {id: 'graph'}) SET l.stamp = $stamp";

/** The bucket state this process last committed, and the stamp it is valid under. */
const cache = { stamp: null as string | null, buckets: new Map<string, BucketState>(), entries: 0 };
/** Beyond this many cached signatures the cache starts afresh (a bound on the loader's memory). */
const CACHE_MAX_ENTRIES = 2_000_000;

const copyOf = (state: BucketState): BucketState =>
  new Map([...state].map(([signature, entry]) => [signature, { ...entry }]));

/** The touched buckets' state as the transaction found it, and the copy it changes. */
export interface OpenBuckets {
  before: Map<string, BucketState>;
  states: Map<string, BucketState>;
}

/**
 * Locks the buckets and reads their state: from the cache when the graph's stamp (read under
 * the graph's write lock) is the one it holds, else from the graph.
 */
export async function openBuckets(
  statements: Pipeline,
  buckets: string[],
  stamp: string | null,
): Promise<OpenBuckets> {
  statements.send(LOCK_BUCKETS, { buckets });
  const cached = stamp !== null && stamp === cache.stamp;
  const before = new Map<string, BucketState>();
  const unread: string[] = [];
  for (const bucket of buckets) {
    const state = cached ? cache.buckets.get(bucket) : undefined;
    if (state) before.set(bucket, state);
    else {
      before.set(bucket, new Map());
      unread.push(bucket);
    }
  }
  if (unread.length > 0) {
    const result = await statements.read(READ_SIGNATURES, { buckets: unread });
    for (const record of result.records)
      (before.get(record.get("bucket") as string) as BucketState).set(record.get("signature") as string, {
        count: Number(record.get("reports")),
        deal: record.get("deal") as string,
      });
  }
  return { before, states: new Map([...before].map(([bucket, state]) => [bucket, copyOf(state)])) };
}

/**
 * Writes what changed between the buckets' state before and after the batch (`after` holds
 * each signature's deal) and renews the graph's stamp; the returned change is for `adopt`.
 */
export function saveBuckets(
  statements: Pipeline,
  before: Map<string, BucketState>,
  after: Map<string, BucketState>,
  readBy: string | null,
): StateChange {
  const rows: { signature: string; bucket: string; reports: number; deal: string | null }[] = [];
  const gone: string[] = [];
  for (const [bucket, state] of after) {
    const old = before.get(bucket) ?? new Map();
    for (const [signature, entry] of state) {
      const was = old.get(signature);
      if (!was || was.count !== entry.count || was.deal !== entry.deal)
        rows.push({ signature, bucket, reports: entry.count, deal: entry.deal });
    }
    for (const signature of old.keys()) if (!state.has(signature)) gone.push(signature);
  }
  if (rows.length > 0) statements.send(SAVE_SIGNATURES, { rows });
  if (gone.length > 0) statements.send(REMOVE_SIGNATURES, { signatures: gone });
  const stamp = randomUUID();
  statements.send(RENEW_STAMP, { stamp });
  return { readBy, stamp, buckets: after };
}

/**
 * After the transaction that made `change` committed: the cache holds its buckets under its
 * stamp, and keeps the others only if they were valid under the stamp it read.
 */
export function adopt(change: StateChange): void {
  if (cache.stamp === null || cache.stamp !== change.readBy) {
    cache.buckets.clear();
    cache.entries = 0;
  }
  cache.stamp = change.stamp;
  for (const [bucket, state] of change.buckets) {
    cache.entries += state.size - (cache.buckets.get(bucket)?.size ?? 0);
    cache.buckets.set(bucket, state);
  }
  if (cache.entries > CACHE_MAX_ENTRIES) {
    cache.buckets.clear();
    cache.entries = 0;
    cache.stamp = null;
  }
}
