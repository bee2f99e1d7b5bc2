/** `npm start`'s command (or the built one) in a process of its own, on the suite's Neo4j. */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { inject } from "vitest";

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address() as { port: number };
  await new Promise((closed) => server.close(closed));
  return port;
}

export interface ApiProcess {
  child: ChildProcess;
  url: string;
  /** Everything it wrote to stderr so far. */
  log(): string;
}

/** Starts `node <args>` with the suite's Neo4j; resolves with the URL once it serves. */
export async function startApiProcess(args: string[], env: Record<string, string> = {}): Promise<ApiProcess> {
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEO4J_URI: inject("neo4jUri"),
      NEO4J_PASSWORD: inject("neo4jPassword"),
      PORT: String(await freePort()),
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  // Keep reading stderr: a pipe nobody drains blocks the server's (synchronous) log writes.
  let log = "";
  const url = await new Promise<string>((served, failed) => {
    child.stderr?.on("data", (chunk: Buffer) => {
      log += chunk.toString("utf8");
      const found = /GraphQL API: (\S+)/.exec(log)?.[1];
      if (found) served(found);
    });
    child.once("exit", (code) => failed(new Error(`the API exited (${code}):\n${log}`)));
  });
  return { child, url, log: () => log };
}
