/** The local kit's guarantees: one server per instance, and never someone else's server taken for ours. */
import { describe, expect, inject, it } from "vitest";
import { LocalNeo4jError, startLocalNeo4j, statusOfLocalNeo4j } from "../../src/graph/index.js";
import { TEST_INSTANCE } from "../support/neo4j-global-setup.js";

describe.skipIf(!inject("neo4jBrowserUrl"))("the local Neo4j kit", () => {
  it("does not start a second server for a running instance", async () => {
    const before = await statusOfLocalNeo4j(TEST_INSTANCE);
    const again = await startLocalNeo4j(TEST_INSTANCE);
    expect(again).toMatchObject({ started: false, pid: before.pid, boltUri: inject("neo4jUri") });
    expect(before.boltAnswers).toBe(true);
  });

  it("refuses a port held by another kit's server, naming it", async () => {
    const intruder = { ...TEST_INSTANCE, name: "intruder" };
    await expect(startLocalNeo4j(intruder)).rejects.toThrow(LocalNeo4jError);
    await expect(startLocalNeo4j(intruder)).rejects.toThrow(
      /Another Neo4j \(.*instances\/test\) already serves Bolt/,
    );
    expect((await statusOfLocalNeo4j(intruder)).boltAnswers).toBe(false);
  });

  it("says when the password does not match the one the server was created with", async () => {
    const status = await statusOfLocalNeo4j({ ...TEST_INSTANCE, password: "not-the-password" });
    expect(status.boltAnswers).toBe(false);
  });
});
