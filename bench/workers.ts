/**
 * `load --workers N` speed: the whole loader (parse + extract + write, batches of 1,000) over a
 * generated folder, with 1 and with 2 worker threads, alternated (1, 2, 1, 2, …) in one run so
 * both share the machine's noise; then the store size of the last loaded graph on disk, from the
 * kit's data folder after a clean shutdown (Community has no checkpoint procedure): the bench
 * instance is left stopped, holding that graph.
 *
 *   npx tsx bench/workers.ts [count=2000] [rounds=2] [workers=1,2]
 */
import { existsSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { loadavg } from "node:os";
import { join } from "node:path";
import { defaultGazetteer } from "../src/extract/index.js";
import { applySchema, collectFiles, loadFiles } from "../src/graph/index.js";
import { KIT_DIR, stopLocalNeo4j } from "../src/graph/local-neo4j.js";
import { writeCorpus } from "./corpus.js";
import {
  BENCH_INSTANCE,
  clearGraph,
  BENCH_DATABASE as DATABASE,
  graphSize,
  openBenchGraph,
} from "./neo4j.js";

const [countArg = "2000", roundsArg = "2", workersArg = "1,2"] = process.argv.slice(2);
const count = Number(countArg);
const workerCounts = workersArg.split(",").map(Number);
const folder = `bench/out/corpus-${count}`;
if (!existsSync(folder)) await writeCorpus(count, folder);
const files = await collectFiles([folder]);

async function folderBytes(path: string): Promise<number> {
  if (!existsSync(path)) return 0;
  let total = 0;
  for (const entry of await readdir(path, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  return total;
}

const { driver } = await openBenchGraph();
try {
  const seconds = new Map<number, number[]>(workerCounts.map((workers) => [workers, []]));
  let articles = 0;
  for (let round = 0; round < Number(roundsArg); round += 1) {
    for (const workers of workerCounts) {
      await clearGraph(driver);
      await applySchema(driver, DATABASE);
      const started = performance.now();
      const summary = await loadFiles(driver, DATABASE, files, defaultGazetteer(), {
        batchSize: 1000,
        dryRun: false,
        maxBytes: 16 * 1024 * 1024,
        workers,
      });
      seconds.get(workers)?.push((performance.now() - started) / 1000);
      articles = summary.new;
    }
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] as number;
  const perSecond = Object.fromEntries(
    [...seconds].map(([workers, list]) => [workers, list.map((s) => Math.round(articles / s))]),
  );
  const [first, second] = workerCounts as [number, number];
  const result = {
    benchmark: "workers",
    articles,
    files: files.length,
    articlesPerSecond: perSecond,
    ratio: second ? +(median(seconds.get(first) ?? []) / median(seconds.get(second) ?? [])).toFixed(2) : null,
    nodesAndRelationships: await graphSize(driver),
    loadAverage: loadavg().map((x) => +x.toFixed(1)),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await driver.close();
}
await stopLocalNeo4j(BENCH_INSTANCE);
const data = join(KIT_DIR, "instances", BENCH_INSTANCE.name, "data");
const megabytes = async (path: string) => +((await folderBytes(path)) / 1024 / 1024).toFixed(1);
const store = {
  benchmark: "store",
  storeMb: await megabytes(join(data, "databases", DATABASE)),
  transactionLogMb: await megabytes(join(data, "transactions", DATABASE)),
};
process.stdout.write(`${JSON.stringify(store)}\n`);
