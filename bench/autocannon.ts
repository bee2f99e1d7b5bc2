/**
 * One autocannon run (fixed connections and duration) over a list of JSON POST bodies, which
 * each connection sends in turn, reduced to the figures we report. Bodies whose answer carries
 * GraphQL `errors` count apart: autocannon sees those as successes (HTTP 200). Also the
 * server's resident memory, read the same way by the benchmark and the sustained-load test.
 * `clients` spreads the connections over that many client addresses (X-Forwarded-For, for a
 * server that trusts the loopback proxy), so per-client limits see many users, not one. And the
 * median the benchmarks report of several runs.
 */
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

export interface LoadRun {
  url: string;
  bodies: unknown[];
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  /** Seconds after which a request counts as an error (autocannon's default: 10). */
  timeout?: number;
  /** Connections go round-robin to this many addresses `${addressPrefix}.<n>`. */
  clients?: { count: number; addressPrefix: string };
  /** Requests per second across all connections (a paced client); unset: as fast as answered. */
  overallRate?: number;
}

export interface LoadFigures {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  graphqlErrors: number;
}

export async function fire(run: LoadRun): Promise<LoadFigures> {
  let graphqlErrors = 0;
  // Each connection its own request objects: autocannon keeps each request's built buffer on it.
  const requests = (headers: Record<string, string>) =>
    run.bodies.map((body) => ({
      method: "POST" as const,
      headers: { "content-type": "application/json", ...run.headers, ...headers },
      body: JSON.stringify(body),
      onResponse: (status: number, answer: string) => {
        if (status === 200 && answer.includes('"errors":')) graphqlErrors += 1;
      },
    }));
  let connection = 0;
  const clients = run.clients;
  const result = await autocannon({
    url: run.url,
    connections: run.connections,
    duration: run.seconds,
    timeout: run.timeout ?? 10,
    ...(run.overallRate === undefined ? {} : { overallRate: run.overallRate }),
    requests: requests({}),
    setupClient: clients
      ? (client) => {
          const address = `${clients.addressPrefix}.${(connection++ % clients.count) + 1}`;
          client.setRequests(requests({ "x-forwarded-for": address }));
        }
      : undefined,
  });
  return {
    requests: result.requests.total,
    requestsPerSecond: +(result.requests.total / result.duration).toFixed(1),
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors,
    non2xx: result.non2xx,
    graphqlErrors,
  };
}

/** The resident memory of the server process under load, in MB (Linux /proc). */
export function rssMb(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
}

/** The median of several runs' figures. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
