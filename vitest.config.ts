import { defineConfig } from "vitest/config";

export default defineConfig({
  // Node resolves graphql to its CommonJS build (type-graphql's too); Vite would pick the ESM
  // "module" build for our imports and load graphql twice, which graphql refuses.
  resolve: { alias: { graphql: "graphql/index.js" } },
  test: {
    include: ["tests/**/*.test.ts"],
    // Minutes-long reliability runs (sustained load) only with `npm run test:reliability`.
    exclude: process.env.RELIABILITY_SLOW ? [] : ["tests/**/*.slow.test.ts"],
    globalSetup: ["tests/support/neo4j-global-setup.ts"],
    // Integration files share one Neo4j and clear it between them: run files one at a time.
    fileParallelism: false,
    // Expected failures (e.g. Neo4j made unreachable on purpose) would log errors; LOG_LEVEL overrides.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "silent" },
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
