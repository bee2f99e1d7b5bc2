/**
 * A write transaction's statements, pipelined: a write whose result only counts is sent
 * without waiting for the ones before it. The server runs a transaction's statements in the
 * order they were sent, so nothing changes but time: while the server works through the
 * batch's node and mention writes, this process packs the next statements and resolves the
 * batch's deals. A read waits for every write sent before it, so a failed write is reported
 * as itself, not as the rolled-back transaction the read would find.
 */
import type { ManagedTransaction, QueryResult } from "neo4j-driver";

export interface Pipeline {
  /** Sends a write; its counters reach `onResult` once the server has run it. */
  send(statement: string, params?: Record<string, unknown>): void;
  /** Waits for the writes sent so far, then runs a statement whose records are needed. */
  read(statement: string, params?: Record<string, unknown>): Promise<QueryResult>;
  /** Waits for every write sent so far; rejects with the first that failed. */
  drain(): Promise<void>;
}

export function pipeline(
  tx: Pick<ManagedTransaction, "run">,
  onResult: (result: QueryResult) => void,
): Pipeline {
  let pending: Promise<void>[] = [];
  const drain = async () => {
    const sent = pending;
    pending = [];
    await Promise.all(sent);
  };
  return {
    send(statement, params = {}) {
      const counted = tx.run(statement, params).then(onResult);
      // Observed by drain(); until then a failure must not count as an unhandled rejection.
      counted.catch(() => {});
      pending.push(counted);
    },
    async read(statement, params = {}) {
      await drain();
      const result = await tx.run(statement, params);
      onResult(result);
      return result;
    },
    drain,
  };
}
