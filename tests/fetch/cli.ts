/** The CLI as a child process, pointed at the suite's Neo4j, with short fetch limits. */
import { type ChildProcess, spawn } from "node:child_process";
import { inject } from "vitest";

const root = new URL("../../", import.meta.url).pathname;

/** Short enough for the never-answered page, long enough for the others on a busy machine. */
export const FETCH_TIMEOUT_MS = 3_000;
/** A child's start (tsx, Neo4j connection, schema) takes seconds, and far more on a loaded machine. */
export const CLI_TEST_TIMEOUT_MS = 240_000;

export function startCli(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: root,
    env: {
      ...process.env,
      NEO4J_URI: inject("neo4jUri"),
      NEO4J_PASSWORD: inject("neo4jPassword"),
      NEO4J_DATABASE: "neo4j",
      FETCH_TIMEOUT_MS: String(FETCH_TIMEOUT_MS),
      MAX_ARTICLE_BYTES: String(64 * 1024),
      LOG_LEVEL: "silent",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Waits for the child to end; its exit code and everything it wrote on stderr. */
export function finished(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stderr })));
}

/** Resolves with stderr so far once a line matching `pattern` has been written. */
export function lineMatching(child: ChildProcess, pattern: RegExp): Promise<string> {
  let seen = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      seen += chunk;
      const line = seen.split("\n").find((candidate) => pattern.test(candidate));
      if (line !== undefined) {
        child.stderr?.off("data", onData);
        resolve(line);
      }
    };
    child.stderr?.on("data", onData);
    child.on("close", () => reject(new Error(`exited before a line matching ${pattern}:\n${seen}`)));
  });
}
