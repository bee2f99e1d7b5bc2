/**
 * Gives the suite a real, disposable Neo4j: NEO4J_TEST_URI when set (it will be cleared!), else
 * the local kit's "test" instance on its own ports and data folder, so a developer's own graph
 * (the "dev" instance, or whatever NEO4J_URI names) is never touched. The instance is stopped
 * afterwards only if this run started it.
 */
import type { TestProject } from "vitest/node";
import { DEV_NEO4J_PASSWORD } from "../../src/config.js";
import { type LocalInstance, startLocalNeo4j, stopLocalNeo4j } from "../../src/graph/index.js";

export const TEST_INSTANCE: LocalInstance = {
  name: "test",
  boltPort: Number(process.env.NEO4J_TEST_BOLT_PORT ?? 17687),
  httpPort: Number(process.env.NEO4J_TEST_HTTP_PORT ?? 17474),
  password: process.env.NEO4J_TEST_PASSWORD ?? DEV_NEO4J_PASSWORD,
  heap: "1g",
  pageCache: "256m",
};

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jPassword: string;
    /** Neo4j Browser of the local test instance; empty when NEO4J_TEST_URI names another server. */
    neo4jBrowserUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.NEO4J_TEST_URI;
  if (external) {
    project.provide("neo4jUri", external);
    project.provide("neo4jPassword", TEST_INSTANCE.password);
    project.provide("neo4jBrowserUrl", "");
    return async () => {};
  }
  const server = await startLocalNeo4j(TEST_INSTANCE, (line) => process.stderr.write(`${line}\n`));
  project.provide("neo4jUri", server.boltUri);
  project.provide("neo4jPassword", TEST_INSTANCE.password);
  project.provide("neo4jBrowserUrl", server.browserUrl);
  return async () => {
    if (server.started && !process.env.NEO4J_TEST_KEEP) await stopLocalNeo4j(TEST_INSTANCE);
  };
}
