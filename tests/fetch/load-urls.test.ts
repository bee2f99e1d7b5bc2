/**
 * `npm run load` pointed at pages, a list of addresses and feeds on a local site: the good
 * pages reach Neo4j with their URLs, each bad one is reported by name and reason, exit 1.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySchema } from "../../src/graph/index.js";
import { clearGraph, TEST_DATABASE, testDriver } from "../support/graph.js";
import { CLI_TEST_TIMEOUT_MS, FETCH_TIMEOUT_MS, finished, startCli } from "./cli.js";
import { atom, rss, type Site, startSite } from "./site.js";

let site: Site;
let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await applySchema(driver, TEST_DATABASE);
  await clearGraph(driver);
  site = await startSite();
  site.feeds.set("/feeds/rss.xml", () =>
    rss(site.base, [
      { path: "/en/caesar-delivery.html", title: "Caesar delivery" },
      { path: "/ar/safqa-radar.html", title: "رادارات" },
    ]),
  );
  site.feeds.set("/feeds/atom.xml", () =>
    atom([
      { path: "/fr/accord-patrouilleurs.html", title: "Patrouilleurs" },
      { path: "/missing", title: "Gone" },
    ]),
  );
});
afterAll(async () => {
  await site.close();
  await clearGraph(driver);
  await driver.close();
});

describe("npm run load with URLs, --urls and --feed", () => {
  it(
    "loads the good pages with their URL, reports each bad one by name, exits 1",
    async () => {
      const dir = await mkdtemp(join(tmpdir(), "load-urls-"));
      const list = join(dir, "urls.txt");
      await writeFile(list, `# pages to try\n${site.base}/photo.png\n\n${site.base}/loop-a  # loops\n`);
      const at = (path: string) => `${site.base}${path}`;
      const { code, stderr } = await finished(
        startCli([
          "load",
          "--quiet",
          at("/en/caesar-delivery.html"),
          "ftp://files.example/report.html",
          at("/slow"),
          at("/huge"),
          "--urls",
          list,
          "--feed",
          at("/feeds/rss.xml"),
          "--feed",
          at("/feeds/atom.xml"),
          "--feed",
          at("/feeds/broken.xml"),
        ]),
      );
      expect(code).toBe(1);
      const failures = stderr
        .split("\n")
        .filter((line) => line.startsWith("  FAILED "))
        .sort();
      expect(failures).toEqual(
        [
          "  FAILED ftp://files.example/report.html: unsupported scheme ftp: (only http and https are fetched)",
          `  FAILED ${at("/slow")}: timed out after ${FETCH_TIMEOUT_MS} ms`,
          `  FAILED ${at("/huge")}: too large: over the 0.06 MB limit (MAX_ARTICLE_BYTES)`,
          `  FAILED ${at("/photo.png")}: content type image/png is not one this reads`,
          `  FAILED ${at("/loop-a")}: redirect loop (${at("/loop-a")} → ${at("/loop-b")} → ${at("/loop-a")})`,
          `  FAILED ${at("/missing")}: HTTP 404 Not Found`,
          `  FAILED ${at("/feeds/broken.xml")}: feed: not a readable RSS or Atom feed (The XML document is not well-formed)`,
        ].sort(),
      );
      expect(stderr).toMatch(/articles new {8}3\n/);
      expect(stderr).toMatch(/articles failed {5}7\n/);

      const { records } = await driver.executeQuery(
        "MATCH (a:Article) RETURN a.file AS file, a.url AS url, a.language AS language ORDER BY file",
        {},
        { database: TEST_DATABASE },
      );
      expect(records.map((record) => record.toObject())).toEqual([
        { file: at("/ar/safqa-radar.html"), url: at("/ar/safqa-radar.html"), language: "ar" },
        { file: at("/en/caesar-delivery.html"), url: at("/en/caesar-delivery"), language: "en" },
        {
          file: at("/fr/accord-patrouilleurs.html"),
          url: at("/fr/accord-patrouilleurs.html"),
          language: "fr",
        },
      ]);
      // The page named directly and by the feed was fetched once.
      expect(site.hits.get("/en/caesar-delivery.html")).toBe(1);
    },
    CLI_TEST_TIMEOUT_MS,
  );
});
