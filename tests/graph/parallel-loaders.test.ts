/**
 * Loaders at once: four `npm run load` processes on overlapping folders — the same articles
 * in several folders, a later edit of one URL, two versions of another that tie on date —
 * leave the graph one loader leaves, as does another process writing between one loader's
 * batches; and `--workers 2` writes what one thread writes.
 */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { defaultGazetteer } from "../../src/extract/index.js";
import { applySchema, collectFiles, loadFiles } from "../../src/graph/index.js";
import { clearGraph, dumpGraph, TEST_DATABASE, testDriver } from "../support/graph.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const EARLIER = new Date("2026-01-01T00:00:00Z");
const LATER = new Date("2026-01-02T00:00:00Z");

const article = (url: string, title: string, text: string, publishedAt: string) =>
  JSON.stringify({ url: `https://example.test/${url}`, title, text, outlet: "Reuters", publishedAt });

/** Our own sentences. */
const PATROL = (boats: string) =>
  article(
    "tunisia-patrol",
    "Patrol boats for Tunisia",
    `Tunisia signed a contract with Italy for ${boats} patrol boats.`,
    "2025-04-02",
  );
const RAFALE = article(
  "egypt-rafale",
  "Rafale order",
  "Egypt signed a contract with France for 30 Rafale jets worth 4 billion euros.",
  "2025-05-11",
);
const APACHE = article(
  "morocco-apache",
  "Apache delivery",
  "Morocco received the first Apache helicopters from the United States.",
  "2025-06-20",
);
const SU57 = (detail: string) =>
  article(
    "algeria-su57",
    "Su-57 talks",
    `Algeria is negotiating with Russia to buy ${detail}Su-57 fighters.`,
    "2025-07-01",
  );
const UNDATED = "Qatar and Turkey\nQatar signed an agreement with Turkey for armoured vehicles.";

/** Folder → files; every file dated EARLIER but the edited patrol article. */
const FOLDERS: Record<string, Record<string, string>> = {
  a: { "patrol.json": PATROL("four"), "rafale.json": RAFALE, "apache.json": APACHE, "undated.txt": UNDATED },
  b: { "patrol.json": PATROL("four"), "rafale.json": RAFALE, "apache.json": APACHE, "su57.json": SU57("") },
  c: { "patrol-edited.json": PATROL("six"), "su57.json": SU57("14 "), "undated.txt": UNDATED },
  d: { "patrol.json": PATROL("four"), "rafale.json": RAFALE, "su57.json": SU57("") },
};

function runLoad(args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "load", "--quiet", ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEO4J_URI: inject("neo4jUri"),
      NEO4J_USER: "neo4j",
      NEO4J_PASSWORD: inject("neo4jPassword"),
      NEO4J_DATABASE: TEST_DATABASE,
    },
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return new Promise((done) => child.on("close", (code) => done({ code, output })));
}

describe("several loaders and worker threads, on a real Neo4j", () => {
  let driver: Driver;
  let dir: string;
  let folders: Record<string, string>;
  let expected: string[];

  beforeAll(async () => {
    driver = testDriver();
    await applySchema(driver, TEST_DATABASE);
    dir = await mkdtemp(join(tmpdir(), "parallel-loaders-"));
    folders = {};
    for (const [name, files] of Object.entries(FOLDERS)) {
      folders[name] = join(dir, name);
      await mkdir(join(dir, name));
      for (const [file, text] of Object.entries(files)) {
        const path = join(dir, name, file);
        await writeFile(path, text);
        const when = file === "patrol-edited.json" ? LATER : EARLIER;
        await utimes(path, when, when);
      }
    }
    await clearGraph(driver);
    const all = await collectFiles(Object.values(folders));
    await loadFiles(driver, TEST_DATABASE, all, defaultGazetteer(), {
      batchSize: 1000,
      dryRun: false,
      maxBytes: 1024 * 1024,
    });
    expected = await dumpGraph(driver);
  }, 60_000);
  afterAll(async () => {
    await clearGraph(driver);
    await driver.close();
  });

  it("keeps the later edit, one Article per URL, and names a copied file after the one that sorts first", async () => {
    const { records } = await driver.executeQuery(
      "MATCH (a:Article) RETURN a.key AS key, a.file AS file, a.text AS text ORDER BY key",
      {},
      { database: TEST_DATABASE },
    );
    const articles = records.map((record) => record.toObject());
    expect(articles.filter((row) => String(row.key).startsWith("https:")).map((row) => row.key)).toEqual([
      "https://example.test/algeria-su57",
      "https://example.test/egypt-rafale",
      "https://example.test/morocco-apache",
      "https://example.test/tunisia-patrol",
    ]);
    expect(articles.find((row) => row.key === "https://example.test/tunisia-patrol")?.text).toContain(
      "six patrol boats",
    );
    expect(articles.find((row) => String(row.text).includes("armoured vehicles"))?.file).toBe(
      join(dir, "a", "undated.txt"),
    );
  });

  it("gives one loader's graph when the folders come in the reverse order", async () => {
    await clearGraph(driver);
    const reversed = await collectFiles(Object.values(folders).reverse());
    await loadFiles(driver, TEST_DATABASE, reversed, defaultGazetteer(), {
      batchSize: 3,
      dryRun: false,
      maxBytes: 1024 * 1024,
    });
    expect(await dumpGraph(driver)).toEqual(expected);
  });

  // This process caches the bucket state it committed (src/graph/bucket-state.ts); another
  // process's writes in between must make it read the buckets again.
  it("gives one loader's graph when another process writes between this process's batches", {
    timeout: 120_000,
  }, async () => {
    await clearGraph(driver);
    const { a, b, c, d } = folders as Record<"a" | "b" | "c" | "d", string>;
    const here = async (paths: string[]) =>
      loadFiles(driver, TEST_DATABASE, await collectFiles(paths), defaultGazetteer(), {
        batchSize: 2,
        dryRun: false,
        maxBytes: 1024 * 1024,
      });
    await here([a]);
    const other = await runLoad(["--batch-size", "2", c, b]);
    expect(other, other.output).toMatchObject({ code: 0 });
    await here([d, b]);
    expect(await dumpGraph(driver)).toEqual(expected);
  });

  // About 5 s of CPU per process; the timeouts leave room for a machine shared with other work.
  it("gives one loader's graph from four loader processes at once on overlapping folders", {
    timeout: 300_000,
  }, async () => {
    await clearGraph(driver);
    const { a, b, c, d } = folders as Record<"a" | "b" | "c" | "d", string>;
    const runs = await Promise.all(
      [
        [a, b],
        [c, d],
        [d, a],
        [b, c],
      ].map((paths) => runLoad(["--batch-size", "2", ...paths])),
    );
    for (const run of runs) expect(run, run.output).toMatchObject({ code: 0 });
    expect(await dumpGraph(driver)).toEqual(expected);
  });

  it("writes with --workers 2 the graph one thread writes", { timeout: 300_000 }, async () => {
    await clearGraph(driver);
    const run = await runLoad(["--workers", "2", ...Object.values(folders)]);
    expect(run, run.output).toMatchObject({ code: 0 });
    expect(await dumpGraph(driver)).toEqual(expected);
  });
});
