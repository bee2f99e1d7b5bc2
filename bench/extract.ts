/**
 * Extraction speed on one core: parse + extract over a generated folder, streamed file by
 * file (never all in memory). Reports MB/s, articles/s and peak memory.
 *
 *   npx tsx bench/extract.ts [count=10000]
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { defaultGazetteer, extractArticle } from "../src/extract/index.js";
import { listInputs, parseText } from "../src/parse/index.js";
import { writeCorpus } from "./corpus.js";

const count = Number(process.argv[2] ?? 10_000);
const folder = `bench/out/corpus-${count}`;
if (!existsSync(folder)) await writeCorpus(count, folder);

const gazetteer = defaultGazetteer();
let peakRss = 0;
const sample = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);

let bytes = 0;
let articles = 0;
let deals = 0;
const started = performance.now();
const files: string[] = [];
for await (const file of listInputs([folder])) files.push(file);
// The next files are read while this one is processed, as the loader does (READ_AHEAD in flight).
const READ_AHEAD = 8;
const reads = files.slice(0, READ_AHEAD).map((file) => readFile(file, "utf8"));
for (const [index, file] of files.entries()) {
  const text = await (reads[index] as Promise<string>);
  delete reads[index];
  if (files[index + READ_AHEAD])
    reads[index + READ_AHEAD] = readFile(files[index + READ_AHEAD] as string, "utf8");
  bytes += Buffer.byteLength(text);
  for (const item of parseText(file, text)) {
    if (!item.ok) continue;
    articles += 1;
    deals += extractArticle(item.article, gazetteer).deals.length;
  }
}
const seconds = (performance.now() - started) / 1000;
clearInterval(sample);
peakRss = Math.max(peakRss, process.memoryUsage().rss);

const result = {
  benchmark: "extract",
  articles,
  megabytes: +(bytes / 1024 / 1024).toFixed(2),
  seconds: +seconds.toFixed(2),
  mbPerSecond: +(bytes / 1024 / 1024 / seconds).toFixed(2),
  articlesPerSecond: Math.round(articles / seconds),
  dealsFound: deals,
  peakRssMb: Math.round(peakRss / 1024 / 1024),
  node: process.version,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
