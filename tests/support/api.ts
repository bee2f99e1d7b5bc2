/** Starts the real API over HTTP on a free port for a test, and posts GraphQL to it. */
import type { Driver } from "neo4j-driver";
import { type RunningApi, startApi } from "../../src/api/index.js";
import { TEST_DATABASE } from "./graph.js";

export async function startTestApi(driver: Driver, production = false): Promise<RunningApi> {
  return startApi({ driver, database: TEST_DATABASE, production }, 0, "127.0.0.1");
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T>["body"] };
}
