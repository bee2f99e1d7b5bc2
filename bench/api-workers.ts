/**
 * API throughput with 1 and with 2 worker processes (WEB_CONCURRENCY), on the same Neo4j and
 * graph in one run: the built server (`npm run build` first) is started each way in turn
 * (1, 2, 1, 2, …) and autocannon sends the query benchmark's five requests for a fixed time.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 npx tsx bench/api-workers.ts [articles=3000] [seconds=20] [runs=2] [connections=20]
 *
 * The graph named by NEO4J_URI is replaced by `articles` generated ones (bench/corpus.ts): never
 * point it at a graph you want to keep. Prints each run, then the medians and the 2-worker ratio.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../src/config.js";
import { defaultGazetteer } from "../src/extract/index.js";
import { applySchema, collectFiles, loadFiles, openDriver } from "../src/graph/index.js";
import { fire, type LoadFigures, median } from "./autocannon.js";
import { writeCorpus } from "./corpus.js";
import { clearGraph } from "./neo4j.js";
import { BENCH_SUBJECTS, benchRequests } from "./queries/requests.js";

const [articlesArg = "3000", secondsArg = "20", runsArg = "2", connectionsArg = "20"] = process.argv.slice(2);
const config = loadConfig();
if (!config.NEO4J_URI)
  throw new Error("NEO4J_URI: set it to the Neo4j to benchmark against (its graph is replaced)");
const BODIES = benchRequests(BENCH_SUBJECTS).map((request) => request.api);
const PORT = 24_900 + Math.floor(Math.random() * 90);

async function prepareGraph(): Promise<void> {
  const driver = openDriver(config.NEO4J_URI as string, config.NEO4J_USER, config.NEO4J_PASSWORD, 60_000);
  await clearGraph(driver, config.NEO4J_DATABASE);
  await applySchema(driver, config.NEO4J_DATABASE);
  const folder = join(await mkdtemp(join(tmpdir(), "bench-workers-")), "corpus");
  await writeCorpus(Number(articlesArg), folder, 11);
  await loadFiles(driver, config.NEO4J_DATABASE, await collectFiles([folder]), defaultGazetteer(), {
    batchSize: 1000,
    dryRun: false,
    maxBytes: 1024 * 1024,
  });
  await driver.close();
}

async function serve(workers: number): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["dist/cli/main.js", "start"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      PORT: String(PORT),
      WEB_CONCURRENCY: String(workers),
      // One benchmark client: its limits off, so the figures are the server's.
      RATE_LIMIT_PER_MINUTE: "0",
      CONCURRENCY_PER_CLIENT: "0",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  const url = await new Promise<string>((served, failed) => {
    child.stderr?.on("data", (chunk: Buffer) => {
      log += chunk.toString("utf8");
      const found = /GraphQL API: (\S+)/.exec(log)?.[1];
      if (found) served(found);
    });
    child.once("exit", (code) => failed(new Error(`the API exited (${code}):\n${log}`)));
  });
  return { child, url };
}

await prepareGraph();
const figures = new Map<number, LoadFigures[]>([
  [1, []],
  [2, []],
]);
for (let run = 0; run < Number(runsArg); run += 1) {
  for (const workers of [1, 2]) {
    const api = await serve(workers);
    await fire({ url: api.url, bodies: BODIES, connections: Number(connectionsArg), seconds: 5 }); // warm-up
    const result = await fire({
      url: api.url,
      bodies: BODIES,
      connections: Number(connectionsArg),
      seconds: Number(secondsArg),
    });
    console.log(JSON.stringify({ run, workers, ...result }));
    figures.get(workers)?.push(result);
    const exited = new Promise((done) => api.child.once("exit", done));
    api.child.kill("SIGTERM");
    await exited;
  }
}
const [one, two] = [1, 2].map((workers) => figures.get(workers) ?? []);
const rate = (runs: LoadFigures[] | undefined) =>
  median((runs ?? []).map((figure) => figure.requestsPerSecond));
console.log("| workers | requests/s (median) | p50 ms | p99 ms |\n| --- | --- | --- | --- |");
for (const [workers, runs] of [
  [1, one],
  [2, two],
] as const) {
  console.log(
    `| ${workers} | ${rate(runs).toFixed(1)} | ${median((runs ?? []).map((f) => f.p50))} | ${median((runs ?? []).map((f) => f.p99))} |`,
  );
}
console.log(`2 workers / 1 worker: ${(rate(two) / rate(one)).toFixed(2)}×`);
