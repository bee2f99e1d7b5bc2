/**
 * The built server as a deployment runs it: `npm run build`, then the package's bin
 * (`node dist/cli/main.js start`, NODE_ENV=production) with two API workers (WEB_CONCURRENCY=2)
 * on the suite's Neo4j. It answers the README's queries like the dev server, sums its workers'
 * /metrics, replaces a worker that is killed, and `npx defence-graph --help` runs the CLI.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postGraphQL } from "../support/api.js";
import { type ApiProcess, startApiProcess } from "../support/api-process.js";
import { clearGraph, testDriver } from "../support/graph.js";
import { README_QUERIES } from "../support/readme-queries.js";

const run = promisify(execFile);
const root = new URL("../../", import.meta.url).pathname;

/** The primary's child processes (its workers), from /proc. */
function workersOf(pid: number): number[] {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim();
  return children ? children.split(/\s+/).map(Number) : [];
}

async function until<T>(probe: () => T | undefined, seconds: number): Promise<T | undefined> {
  for (let waited = 0; waited < seconds * 10; waited += 1) {
    const value = probe();
    if (value !== undefined) return value;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return undefined;
}

describe("the production build", () => {
  let driver: Driver;
  let api: ApiProcess;
  beforeAll(async () => {
    driver = testDriver();
    await clearGraph(driver);
    await run("npm", ["run", "build"], { cwd: root });
    api = await startApiProcess(["dist/cli/main.js", "start"], { WEB_CONCURRENCY: "2" });
  }, 300_000);
  afterAll(async () => {
    api?.child.kill("SIGTERM");
    await clearGraph(driver);
    await driver.close();
  });

  it("runs the CLI as the package's bin", async () => {
    const { stderr } = await run("npx", ["defence-graph", "--help"], { cwd: root });
    expect(stderr).toMatch(/usage: defence-graph start \| load </);
  });

  it.each(README_QUERIES)("answers README query: $title", async ({ query }) => {
    const { status, body } = await postGraphQL(api.url, query);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    const [value] = Object.values(body.data ?? {});
    expect(value === null || (Array.isArray(value) && value.length === 0)).toBe(false);
  });

  it("serves from two workers, sums their metrics, and replaces one that dies", async () => {
    const primary = api.child.pid as number;
    const workers = workersOf(primary);
    expect(workers).toHaveLength(2);
    const metrics = await (await fetch(new URL("/metrics", api.url))).text();
    const answered = /^graphql_requests_total\{operation="[^"]+",outcome="ok"\} (\d+)/gm;
    const total = [...metrics.matchAll(answered)].reduce((sum, match) => sum + Number(match[1]), 0);
    expect(total).toBeGreaterThanOrEqual(README_QUERIES.length);
    process.kill(workers[0] as number, "SIGKILL");
    const replaced = await until(() => {
      const now = workersOf(primary);
      return now.length === 2 && !now.includes(workers[0] as number) ? now : undefined;
    }, 30);
    expect(replaced).toContain(workers[1]);
    // The new worker can show in the process list before the primary's log line has come through its pipe.
    const exited = /API worker \d+ exited \(SIGKILL\); starting another/;
    await until(() => (exited.test(api.log()) ? true : undefined), 30);
    expect(api.log()).toMatch(exited);
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const { status } = await postGraphQL(api.url, "{ health { ok } }");
      expect(status).toBe(200);
    }
  }, 60_000);
});
