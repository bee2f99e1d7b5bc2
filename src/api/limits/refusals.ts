/**
 * Errors that mean "this request asks for too much", whichever bound caught it: the answer's
 * size (OutputBudget), or Neo4j's own per-transaction memory limit or timeout. The client gets
 * QUERY_TOO_EXPENSIVE with what to change, never the Cypher or the driver's message.
 */
import { OutputTooLarge } from "../../graph/index.js";

/** Neo4j status codes of a transaction stopped by its memory limit or its timeout. */
const NEO4J_MEMORY = new Set([
  "Neo.ClientError.General.TransactionOutOfMemoryError",
  "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
  "Neo.TransientError.General.OutOfMemoryError",
]);
const NEO4J_TIMEOUT = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
]);

const ADVICE = "ask for fewer items (first: N) or fewer nested lists";

export type Bound = "size" | "memory" | "timeout";

/** Which bound stopped a read, or undefined for any other error. */
export function boundOf(cause: unknown): Bound | undefined {
  if (cause instanceof OutputTooLarge) return "size";
  const code = (cause as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return undefined;
  if (NEO4J_MEMORY.has(code)) return "memory";
  if (NEO4J_TIMEOUT.has(code)) return "timeout";
  return undefined;
}

/** The message for a request stopped by one of the bounds, or undefined for any other error. */
export function tooExpensive(cause: unknown): string | undefined {
  switch (boundOf(cause)) {
    case "size":
      return `The answer would be larger than ${((cause as OutputTooLarge).limitBytes / 1024 / 1024).toFixed(1)} MB (the server's limit); ${ADVICE}.`;
    case "memory":
      return `The request needs more database memory than one request may use; ${ADVICE}.`;
    case "timeout":
      return `The request took longer than one request may take; ${ADVICE}.`;
    default:
      return undefined;
  }
}
