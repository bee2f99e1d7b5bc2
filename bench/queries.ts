/**
 * Query throughput and latency under load (autocannon: fixed connections and duration) for five
 * representative requests, served three ways against the same Neo4j in one run (bench/queries/):
 * our API, the hand-written Cypher through the driver (the floor), and @neo4j/graphql (the peer).
 * Before any timing, the three answers to each request are checked to agree.
 *
 *   npx tsx bench/queries.ts [counts=1000,10000] [seconds=10] [runs=3] [connections=10] [requests]
 *
 * `requests` (optional) keeps only the requests whose names start with one of its comma-separated
 * words ("country,timeline"), for a quicker look at one of them.
 *
 * For each corpus size the real loader fills the kit's "bench" instance; each target runs in a
 * process of its own; targets take turns in a rotated order each run. Prints one JSON line per
 * measurement, then a Markdown table of medians (requests/s, p50, p99 in ms) and the ratios.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { defaultGazetteer } from "../src/extract/index.js";
import { applySchema, collectFiles, loadFiles } from "../src/graph/index.js";
import { fire, type LoadFigures, median, rssMb } from "./autocannon.js";
import { writeCorpus } from "./corpus.js";
import { BENCH_DATABASE, BENCH_INSTANCE, clearGraph, openBenchGraph } from "./neo4j.js";
import { BENCH_SUBJECTS, type BenchRequest, benchRequests, type Target } from "./queries/requests.js";

const [countsArg = "1000,10000", secondsArg = "10", runsArg = "3", connectionsArg = "10", only] =
  process.argv.slice(2);
const counts = countsArg.split(",").map(Number);
const seconds = Number(secondsArg);
const runs = Number(runsArg);
const connections = Number(connectionsArg);
const TARGETS: Target[] = ["api", "cypher", "peer"];
const REQUESTS = benchRequests(BENCH_SUBJECTS).filter(
  (request) => !only || only.split(",").some((word) => request.name.startsWith(word)),
);

interface Served {
  target: Target;
  url: string;
  process: ChildProcess;
}

async function serve(target: Target, uri: string): Promise<Served> {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/queries/serve.ts", target, "0"], {
    // Production, as deployed: graphql-js and Express skip their development-time checks (for all three).
    env: {
      ...process.env,
      NODE_ENV: "production",
      BENCH_NEO4J_URI: uri,
      BENCH_NEO4J_PASSWORD: BENCH_INSTANCE.password,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  for await (const line of createInterface({ input: child.stdout as NodeJS.ReadableStream })) {
    if (line.startsWith("ready ")) return { target, url: line.slice("ready ".length), process: child };
  }
  throw new Error(`the ${target} server exited before it was ready`);
}

const bodyOf = (target: Target, index: number) =>
  target === "cypher"
    ? { request: (REQUESTS[index] as BenchRequest).name, subjects: BENCH_SUBJECTS }
    : (REQUESTS[index] as BenchRequest)[target];

async function answer(served: Served, index: number): Promise<Record<string, unknown>> {
  const response = await fetch(served.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(bodyOf(served.target, index)),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (!response.ok || body.errors) {
    throw new Error(`${served.target} answered ${response.status}: ${JSON.stringify(body).slice(0, 500)}`);
  }
  return served.target === "cypher" ? body : (body.data ?? {});
}

/** Refuses to time targets that do not give the same answer. */
async function checkAnswersAgree(servers: Served[]): Promise<void> {
  for (const [index, request] of REQUESTS.entries()) {
    const prints = await Promise.all(
      servers.map(
        async (served) =>
          `${served.target}: ${request.fingerprint(served.target, await answer(served, index))}`,
      ),
    );
    const distinct = new Set(prints.map((print) => print.slice(print.indexOf(":"))));
    if (distinct.size !== 1) throw new Error(`answers differ for "${request.name}":\n${prints.join("\n")}`);
    process.stderr.write(`${request.name}: all agree (${prints[0]?.slice(0, 100)})\n`);
  }
}

interface Measurement extends LoadFigures {
  articles: number;
  request: string;
  target: Target;
  run: number;
}

async function measure(articles: number, servers: Served[]): Promise<Measurement[]> {
  const results: Measurement[] = [];
  for (const served of servers) {
    for (const index of REQUESTS.keys()) {
      await fire({ url: served.url, bodies: [bodyOf(served.target, index)], connections, seconds: 2 });
    }
  }
  for (let run = 1; run <= runs; run += 1) {
    const order = [...servers.slice(run % servers.length), ...servers.slice(0, run % servers.length)];
    for (const [index, request] of REQUESTS.entries()) {
      for (const served of order) {
        const figures = await fire({
          url: served.url,
          bodies: [bodyOf(served.target, index)],
          connections,
          seconds,
        });
        const measurement = { articles, request: request.name, target: served.target, run, ...figures };
        process.stdout.write(`${JSON.stringify(measurement)}\n`);
        results.push(measurement);
      }
    }
  }
  for (const served of servers)
    process.stderr.write(
      `${served.target} server RSS ${Math.round(rssMb(served.process.pid as number))} MB\n`,
    );
  return results;
}

function table(results: Measurement[]): string {
  const lines = [
    "| articles | request | api req/s | cypher req/s | peer req/s | api/cypher | api/peer | api p50 / p99 ms | cypher p50 / p99 | peer p50 / p99 |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const articles of counts) {
    for (const request of REQUESTS) {
      const of = (target: Target, key: keyof LoadFigures) =>
        median(
          results
            .filter((m) => m.articles === articles && m.request === request.name && m.target === target)
            .map((m) => m[key]),
        );
      const rps = (target: Target) => of(target, "requestsPerSecond");
      lines.push(
        `| ${articles} | ${request.name} | ${rps("api")} | ${rps("cypher")} | ${rps("peer")} | ` +
          `${(rps("api") / rps("cypher")).toFixed(2)} | ${(rps("api") / rps("peer")).toFixed(2)} | ` +
          TARGETS.map((target) => `${of(target, "p50")} / ${of(target, "p99")}`).join(" | ") +
          " |",
      );
    }
  }
  return lines.join("\n");
}

const { driver, uri } = await openBenchGraph();
const servers: Served[] = [];
const all: Measurement[] = [];
try {
  for (const target of TARGETS) servers.push(await serve(target, uri));
  for (const count of counts) {
    const folder = `bench/out/corpus-${count}`;
    if (!existsSync(folder)) await writeCorpus(count, folder);
    await clearGraph(driver);
    await applySchema(driver, BENCH_DATABASE);
    await loadFiles(driver, BENCH_DATABASE, await collectFiles([folder]), defaultGazetteer(), {
      batchSize: 1000,
      dryRun: false,
      maxBytes: 1024 * 1024,
    });
    await checkAnswersAgree(servers);
    all.push(...(await measure(count, servers)));
  }
  process.stdout.write(`\n${table(all)}\n`);
} finally {
  for (const served of servers) served.process.kill();
  await driver.close();
}
