/**
 * The kit names why its server died from the server's console.log: the JVM's own line for an
 * OutOfMemoryError (the kit runs it with -XX:+ExitOnOutOfMemoryError), nothing after a clean stop.
 * (A real crash by SIGKILL, with /health and the restart: tests/reliability/neo4j-faults.slow.test.ts.)
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { crashReason, type LocalInstance } from "../../src/graph/index.js";
import { KIT_DIR } from "../../src/graph/local-neo4j.js";

const instance: LocalInstance = {
  name: `crash-reason-${process.pid}`,
  boltPort: 1,
  httpPort: 1,
  password: "not-used-here",
  heap: "1g",
  pageCache: "1g",
};
const home = join(KIT_DIR, "instances", instance.name);
const started = [
  "2026-12-01 20:59:23.680+0000 INFO  Starting...",
  "2026-12-01 20:59:43.741+0000 INFO  Started.",
];
const writeLog = async (lines: string[]) => {
  await mkdir(join(home, "logs"), { recursive: true });
  await writeFile(join(home, "logs", "console.log"), `${lines.join("\n")}\n`);
};

describe("crashReason", () => {
  afterAll(() => rm(home, { recursive: true, force: true }));

  it("names the OutOfMemoryError that ended the server", async () => {
    await writeLog([...started, "Terminating due to java.lang.OutOfMemoryError: Java heap space"]);
    expect(crashReason(instance)).toBe(
      `The local Neo4j stopped: Terminating due to java.lang.OutOfMemoryError: Java heap space (see ${join(home, "logs", "console.log")}).`,
    );
  });

  it("says nothing after a clean stop, and reads only the last run", async () => {
    await writeLog([
      ...started,
      "Terminating due to java.lang.OutOfMemoryError: Java heap space",
      ...started,
      "2026-12-01 21:05:21.073+0000 INFO  Stopping...",
      "2026-12-01 21:05:30.287+0000 INFO  Stopped.",
    ]);
    expect(crashReason(instance)).toBeUndefined();
  });

  it("says a server that vanished without a word did not shut down cleanly", async () => {
    await writeLog(started);
    expect(crashReason(instance)).toMatch(/^The local Neo4j stopped: it exited without a clean shutdown/);
  });
});
