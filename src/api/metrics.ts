/**
 * `/metrics` in Prometheus' text format (prom-client): GraphQL requests by operation and outcome,
 * their latency, the Neo4j queries' time, requests refused by each limit, articles ingested by
 * outcome, and Node's process metrics. The operation label is the operation type and its first
 * root field (`query deals`, `mutation ingestArticle`): bounded by the schema, whatever names
 * clients give their operations. The CLI loader exposes none (it is a batch command; its summary
 * line has the counts).
 *
 * With WEB_CONCURRENCY workers each worker counts its own; a worker asked for /metrics gets the
 * sum over all workers from the primary (prom-client's AggregatorRegistry, over cluster IPC).
 */
import cluster from "node:cluster";
import type { RequestHandler } from "express";
import { AggregatorRegistry, Counter, collectDefaultMetrics, Histogram, register } from "prom-client";
import type { LimitName } from "./limits/clients.js";

collectDefaultMetrics();
// prom-client answers the primary's aggregation requests only once an AggregatorRegistry exists.
if (cluster.isWorker) new AggregatorRegistry();

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const metrics = {
  requests: new Counter({
    name: "graphql_requests_total",
    help: "GraphQL requests answered, by operation (type and first root field) and outcome (ok or the error code).",
    labelNames: ["operation", "outcome"] as const,
  }),
  requestSeconds: new Histogram({
    name: "graphql_request_duration_seconds",
    help: "Time from receiving a GraphQL request to sending its answer, by operation.",
    labelNames: ["operation"] as const,
    buckets: SECONDS,
  }),
  neo4jSeconds: new Histogram({
    name: "neo4j_query_duration_seconds",
    help: "Time of each Cypher read of the API, from sending it to its last record, by outcome (ok, error).",
    labelNames: ["outcome"] as const,
    buckets: SECONDS,
  }),
  refused: new Counter({
    name: "api_requests_refused_total",
    help: "Requests refused or stopped by a limit: cost, size (answer), timeout, memory (Neo4j's), tokens, body, rate, concurrency.",
    labelNames: ["limit"] as const,
  }),
  ingested: new Counter({
    name: "articles_ingested_total",
    help: "Articles received by ingestArticle, by outcome: new, updated, unchanged, failed.",
    labelNames: ["outcome"] as const,
  }),
};

export type RefusalLimit = LimitName | "cost" | "size" | "timeout" | "memory" | "tokens" | "body";

export const countRefusal = (limit: RefusalLimit) => metrics.refused.inc({ limit });

const ASK = "defence-graph:metrics?";
const ANSWER = "defence-graph:metrics!";

interface MetricsMessage {
  type: string;
  id: number;
  text?: string;
}

/** GET /metrics: this process's registry, or the cluster's sum when it runs as a worker. */
export function metricsHandler(): RequestHandler {
  return async (_request, response) => {
    const text = cluster.isWorker ? await askPrimary() : await register.metrics();
    response.type(register.contentType).send(text);
  };
}

let asked = 0;
function askPrimary(): Promise<string> {
  const id = ++asked;
  return new Promise((answered) => {
    const listener = (message: MetricsMessage) => {
      if (message?.type !== ANSWER || message.id !== id) return;
      process.off("message", listener);
      answered(message.text ?? "");
    };
    process.on("message", listener);
    process.send?.({ type: ASK, id });
  });
}

/** In the cluster's primary: answers workers' /metrics with every worker's metrics summed. */
export function serveClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on("message", async (worker, message: MetricsMessage) => {
    if (message?.type !== ASK) return;
    const text = await aggregator.clusterMetrics().catch((error: Error) => `# ${error.message}\n`);
    worker.send({ type: ANSWER, id: message.id, text });
  });
}
