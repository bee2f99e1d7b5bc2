/**
 * `npm run watch` as a child process against a local site: round after round only the links
 * the graph lacks are fetched, a broken feed does not stop it, SIGINT ends it with exit 0 —
 * between rounds, and in the middle of one (what was read is written, the rest abandoned).
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { applySchema } from "../../src/graph/index.js";
import { clearGraph, TEST_DATABASE, testDriver } from "../support/graph.js";
import { CLI_TEST_TIMEOUT_MS, finished, lineMatching, startCli } from "./cli.js";
import { type FeedEntry, rss, type Site, startSite } from "./site.js";

let site: Site;
let driver: Driver;

const FIRST: FeedEntry = { path: "/en/watch-first.html", title: "Ghana" };
const SECOND: FeedEntry = { path: "/en/watch-second.html", title: "Kenya" };
const THIRD: FeedEntry = { path: "/en/watch-third.html", title: "Tanzania" };

async function feedList(paths: string[]): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), "watch-")), "feeds.txt");
  await writeFile(file, `# the outlets followed\n${paths.map((path) => `${site.base}${path}`).join("\n")}\n`);
  return file;
}

async function loadedFiles(): Promise<string[]> {
  const { records } = await driver.executeQuery(
    "MATCH (a:Article) RETURN a.file AS file ORDER BY file",
    {},
    { database: TEST_DATABASE },
  );
  return records.map((record) => record.get("file"));
}

beforeAll(async () => {
  driver = testDriver();
  await applySchema(driver, TEST_DATABASE);
  site = await startSite();
});
beforeEach(async () => {
  await clearGraph(driver);
  site.hits.clear();
  site.onRequest = () => {};
});
afterAll(async () => {
  await site.close();
  await clearGraph(driver);
  await driver.close();
});

describe("npm run watch", () => {
  it(
    "loads only the item a feed gained between two rounds, survives a broken feed, stops on SIGINT with 0",
    async () => {
      // The feed gains THIRD from its second request on.
      site.feeds.set("/feeds/watch.xml", (hit) =>
        rss(site.base, hit === 1 ? [FIRST, SECOND] : [FIRST, SECOND, THIRD]),
      );
      const list = await feedList(["/feeds/watch.xml", "/feeds/broken.xml"]);
      const child = startCli(["watch", list, "--every", "1s"]);
      const done = finished(child);

      expect(await lineMatching(child, /^round 1:/)).toMatch(
        /^round 1: 2 feeds polled \(1 failed\), 2 items, 2 new, 2 loaded, 0 failed, [\d.]+ s$/,
      );
      expect(await lineMatching(child, /^round 2:/)).toMatch(
        /^round 2: 2 feeds polled \(1 failed\), 3 items, 1 new, 1 loaded, 0 failed, [\d.]+ s$/,
      );
      // Round 2 fetched the new page only; the broken feed was asked again.
      expect([FIRST, SECOND, THIRD].map((entry) => site.hits.get(entry.path))).toEqual([1, 1, 1]);
      expect(site.hits.get("/feeds/broken.xml")).toBeGreaterThanOrEqual(2);
      expect(await loadedFiles()).toEqual([FIRST, SECOND, THIRD].map((entry) => `${site.base}${entry.path}`));

      child.kill("SIGINT");
      const { code, stderr } = await done;
      expect(code).toBe(0);
      expect(stderr).toContain(
        `  FAILED ${site.base}/feeds/broken.xml: feed: not a readable RSS or Atom feed (The XML document is not well-formed)`,
      );
      expect(stderr.trimEnd().split("\n").at(-1)).toBe("stopped");
    },
    CLI_TEST_TIMEOUT_MS,
  );

  it(
    "stopped in the middle of a round, writes what it read, abandons the fetch under way, exits 0",
    async () => {
      site.feeds.set("/feeds/stuck.xml", () =>
        rss(site.base, [FIRST, { path: "/slow", title: "never answers" }]),
      );
      const list = await feedList(["/feeds/stuck.xml"]);
      // A timeout far longer than the test: only the stop can end the slow fetch.
      const child = startCli(["watch", list, "--every", "1h"], { FETCH_TIMEOUT_MS: "3600000" });
      const done = finished(child);
      site.onRequest = (path) => {
        if (path === "/slow") child.kill("SIGINT");
      };
      const { code, stderr } = await done;
      expect(code).toBe(0);
      expect(stderr).toContain(`  FAILED ${site.base}/slow: abandoned: stopping`);
      expect(stderr).toMatch(/^round 1: 1 feeds polled \(0 failed\), 2 items, 2 new, 1 loaded, 1 failed, /m);
      expect(await loadedFiles()).toEqual([`${site.base}${FIRST.path}`]);
    },
    CLI_TEST_TIMEOUT_MS,
  );

  it(
    "refuses an interval without a unit, naming it, with exit 2",
    async () => {
      const { code, stderr } = await finished(startCli(["watch", "feeds.txt", "--every", "15"]));
      expect(code).toBe(2);
      expect(stderr).toContain('--every "15": not an interval');
    },
    CLI_TEST_TIMEOUT_MS,
  );
});
