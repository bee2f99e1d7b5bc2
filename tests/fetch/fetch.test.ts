/** Fetching pages and feeds against a local HTTP server: what loads, and why the rest does not. */
import { once } from "node:events";
import { mkdtemp, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  articleUrl,
  collectInputs,
  type FetchLimits,
  fetchPage,
  InputListError,
  isAddress,
  readAddressList,
  readFeed,
} from "../../src/fetch/index.js";
import { atom, HUGE_BYTES, rss, type Site, startSite } from "./site.js";

let site: Site;
// Generous for the pages that answer (the machine may be busy); the slow page gets a short one.
const limits: FetchLimits = { timeoutMs: 20_000, maxBytes: 64 * 1024, maxRedirects: 5 };

beforeAll(async () => {
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
afterAll(() => site.close());

/** A port that was free a moment ago and has nobody listening now. */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function failureOf(path: string, override: Partial<FetchLimits> = {}): Promise<string> {
  const address = path.includes(":") ? path : `${site.base}${path}`;
  const [item, ...rest] = await fetchPage(address, { ...limits, ...override });
  expect(rest).toEqual([]);
  expect(item?.file).toBe(address);
  if (!item || item.ok) throw new Error(`${address} loaded, but should have failed`);
  return item.error;
}

describe("fetchPage", () => {
  it("reads an HTML page with the HTML reader and keeps its address", async () => {
    const address = `${site.base}/fr/accord-patrouilleurs.html`;
    const [item] = await fetchPage(address, limits);
    if (!item?.ok) throw new Error(`failed: ${JSON.stringify(item)}`);
    expect(item.file).toBe(address);
    expect(item.article).toMatchObject({
      format: "html",
      title: "Le Bénin commande deux patrouilleurs à la France",
      language: "fr",
      outlet: "Test Wire",
      publishedAt: "2026-03-05",
      url: address,
    });
    expect(item.article.text).toContain("golfe de Guinée");
    expect(item.article.text).not.toContain("Home");
  });

  it("takes the canonical URL on the same site, and refuses another site's", async () => {
    const [english] = await fetchPage(`${site.base}/en/caesar-delivery.html`, limits);
    const [arabic] = await fetchPage(`${site.base}/ar/safqa-radar.html`, limits);
    expect(english?.ok && english.article.url).toBe(`${site.base}/en/caesar-delivery`);
    expect(arabic?.ok && arabic.article.url).toBe(`${site.base}/ar/safqa-radar.html`);
    expect(arabic?.ok && arabic.article.language).toBe("ar");
  });

  it("decodes the charset a page declares, in its Content-Type or its <meta>", async () => {
    for (const path of ["/fr/latin1-header.html", "/fr/latin1-meta.html"]) {
      const [item] = await fetchPage(`${site.base}${path}`, limits);
      expect(item?.ok && item.article.title).toBe("Le Bénin commande deux patrouilleurs à la France");
    }
  });

  it("follows a redirect; the article's URL is where it landed, its name what was asked", async () => {
    const [item] = await fetchPage(`${site.base}/moved`, limits);
    expect(item?.file).toBe(`${site.base}/moved`);
    expect(item?.ok && item.article.url).toBe(`${site.base}/fr/accord-patrouilleurs.html`);
  });

  it("names the reason of every failure", async () => {
    expect(await failureOf("/missing")).toBe("HTTP 404 Not Found");
    expect(await failureOf("/slow", { timeoutMs: 300 })).toBe("timed out after 300 ms");
    expect(await failureOf("/loop-a")).toBe(
      `redirect loop (${site.base}/loop-a → ${site.base}/loop-b → ${site.base}/loop-a)`,
    );
    expect(await failureOf("/moved", { maxRedirects: 0 })).toBe("more than 0 redirects");
    expect(await failureOf("/bad-location")).toBe("redirected to http://[not-a-host/: not a valid URL");
    expect(await failureOf("/to-ftp")).toBe(
      "redirected to ftp://files.example/a: unsupported scheme ftp: (only http and https are fetched)",
    );
    expect(await failureOf("/huge")).toBe("too large: over the 0.06 MB limit (MAX_ARTICLE_BYTES)");
    expect(await failureOf("/photo.png")).toBe("content type image/png is not one this reads");
    expect(await failureOf("ftp://files.example/report.html")).toBe(
      "unsupported scheme ftp: (only http and https are fetched)",
    );
    expect(await failureOf("http//no-scheme")).toBe("not a valid URL");
    expect(await failureOf(`http://127.0.0.1:${await closedPort()}/x`)).toBe("cannot connect: ECONNREFUSED");
  });

  it("reads a page under the cap that the huge one is over", async () => {
    const [item] = await fetchPage(`${site.base}/huge`, { ...limits, maxBytes: HUGE_BYTES * 2 });
    expect(item?.ok).toBe(true);
  });
});

describe("articleUrl", () => {
  it("resolves a relative canonical, ignores www., and keeps the page's own address otherwise", () => {
    const page = "https://news.example/a/1?utm_source=rss";
    expect(articleUrl(page, "/a/1")).toBe("https://news.example/a/1");
    expect(articleUrl(page, "https://www.news.example/a/1")).toBe("https://www.news.example/a/1");
    expect(articleUrl(page, "https://other.example/a/1")).toBe(page);
    expect(articleUrl(page, "javascript:alert(1)")).toBe(page);
    expect(articleUrl(page, null)).toBe(page);
  });
});

describe("readFeed", () => {
  it("reads the links of an RSS 2.0 feed and of an Atom feed (relative links made absolute)", async () => {
    expect(await readFeed(`${site.base}/feeds/rss.xml`, limits)).toEqual([
      { link: `${site.base}/en/caesar-delivery.html`, title: "Caesar delivery" },
      { link: `${site.base}/ar/safqa-radar.html`, title: "رادارات" },
    ]);
    expect(await readFeed(`${site.base}/feeds/atom.xml`, limits)).toEqual([
      { link: `${site.base}/fr/accord-patrouilleurs.html`, title: "Patrouilleurs" },
      { link: `${site.base}/missing`, title: "Gone" },
    ]);
  });

  it("refuses malformed XML, a page that is no feed, and a missing feed, naming the feed", async () => {
    await expect(readFeed(`${site.base}/feeds/broken.xml`, limits)).rejects.toThrow(
      `${site.base}/feeds/broken.xml: not a readable RSS or Atom feed (The XML document is not well-formed)`,
    );
    await expect(readFeed(`${site.base}/en/caesar-delivery.html`, limits)).rejects.toThrow(
      /not a readable RSS or Atom feed/,
    );
    await expect(readFeed(`${site.base}/feeds/none.xml`, limits)).rejects.toThrow(
      `${site.base}/feeds/none.xml: HTTP 404 Not Found`,
    );
  });
});

describe("inputs", () => {
  it("tells addresses from paths", () => {
    expect(["https://a.example/x", "ftp://a.example/x", "file:///etc/passwd"].every(isAddress)).toBe(true);
    expect(["articles/a.txt", "/tmp/a.txt", "C:\\articles\\a.txt", "notes:2024.txt"].some(isAddress)).toBe(
      false,
    );
  });

  it("reads a list file: comments and blank lines skipped; a missing list is named", async () => {
    const dir = await mkdtemp(join(tmpdir(), "urls-"));
    const list = join(dir, "list.txt");
    await writeFile(
      list,
      "# outlets\n\nhttps://a.example/1\n  https://b.example/2   # evening edition\r\n#x\n",
    );
    expect(await readAddressList(list)).toEqual(["https://a.example/1", "https://b.example/2"]);
    await expect(readAddressList(join(dir, "none.txt"))).rejects.toThrow(
      new InputListError(`${join(dir, "none.txt")}: cannot read: ENOENT`),
    );
  });

  it("turns a feed into its items' pages and a broken feed into one failure named by it", async () => {
    const inputs = await collectInputs(
      {
        targets: [`${site.base}/en/caesar-delivery.html`],
        urlLists: [],
        feeds: [`${site.base}/feeds/rss.xml`, `${site.base}/feeds/broken.xml`],
      },
      limits,
    );
    const names = inputs.map((input) => (typeof input === "string" ? input : input.name));
    // The page named twice (directly and by the feed) is read once.
    expect(names).toEqual([
      `${site.base}/en/caesar-delivery.html`,
      `${site.base}/ar/safqa-radar.html`,
      `${site.base}/feeds/broken.xml`,
    ]);
    const broken = inputs[2];
    if (typeof broken === "string" || !broken) throw new Error("expected a fetched input");
    expect(await broken.read()).toEqual([
      {
        file: `${site.base}/feeds/broken.xml`,
        ok: false,
        error: "feed: not a readable RSS or Atom feed (The XML document is not well-formed)",
      },
    ]);
  });
});
