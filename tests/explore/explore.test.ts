/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The explore page in a real headless Chromium (Debian's package, driven by playwright-core as
 * tests/graph/browser.test.ts does), against the real API on a real Neo4j loaded with the seeds:
 * search in Arabic with the keyboard, a country's page (network drawn, timeline dots), a deal's
 * evidence marked inside its article's text, shared links, the back button, axe-core's audit,
 * nothing but the server's own files loaded, no console error — in development and in production
 * (no introspection). Screenshots go to EXPLORE_SHOTS (default: a folder under the OS temp dir).
 */
import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildExplore } from "../../explore/build.js";
import { EXPLORE_PATH, type RunningApi, startApi } from "../../src/api/index.js";
import { postGraphQL } from "../support/api.js";
import { clearGraph, loadSeedGraph, TEST_DATABASE, testDriver } from "../support/graph.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SHOTS = process.env.EXPLORE_SHOTS ?? join(tmpdir(), "explore-shots");
const _root = new URL("../../", import.meta.url).pathname;
const axeSource = readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface Deal {
  id: string;
  parties: { country: { code: string } }[];
  systems: { id: string }[];
  reports: { evidence: string; start: number; end: number; publishedAt: string | null }[];
}

/** What the API says about Morocco: the page must show the same. */
async function morocco(url: string): Promise<{ deals: Deal[]; dated: number }> {
  const { body } = await postGraphQL<{
    country: { deals: Deal[] };
    timeline: { publishedAt: string | null }[];
  }>(
    url,
    `{ country(code: "MA") { deals { id parties { country { code } } systems { id } reports { evidence start end publishedAt } } }
       timeline(country: "MA") { publishedAt } }`,
  );
  expect(body.errors).toBeUndefined();
  expect(body.data?.country, JSON.stringify(body)).toBeTruthy();
  const data = body.data as NonNullable<typeof body.data>;
  return { deals: data.country.deals, dated: data.timeline.filter((report) => report.publishedAt).length };
}

/** Nodes the network must draw for these deals: the deals, their parties and their systems. */
function networkNodes(deals: Deal[]): number {
  const countries = new Set(deals.flatMap((deal) => deal.parties.map((party) => party.country.code)));
  const systems = new Set(deals.flatMap((deal) => deal.systems.map((system) => system.id)));
  return deals.length + countries.size + systems.size;
}

interface Watched {
  page: Page;
  problems: string[];
  foreign: string[];
}

describe.skipIf(!existsSync(CHROMIUM))("the explore page in a browser", () => {
  let driver: Driver;
  let dev: RunningApi;
  let production: RunningApi;
  let browser: Browser;
  const pages: Watched[] = [];

  beforeAll(async () => {
    await buildExplore();
    await mkdir(SHOTS, { recursive: true });
    driver = testDriver();
    await loadSeedGraph(driver);
    // The default cost and size bounds; a longer read timeout only because this machine's cores
    // are shared (a cold Neo4j under a load of 20 took over 15 s for a first small read).
    const start = (isProduction: boolean) =>
      startApi(
        { driver, database: TEST_DATABASE, production: isProduction, limits: { queryTimeoutMs: 120_000 } },
        0,
        "127.0.0.1",
      );
    dev = await start(false);
    production = await start(true);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-sync",
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await dev?.stop();
    await production?.stop();
    await clearGraph(driver);
    await driver?.close();
  });

  /** A fresh page that records console errors, failed requests and any request off the server. */
  async function openPage(api: RunningApi): Promise<Watched> {
    const origin = new URL(api.url).origin;
    const context = await browser.newContext({ viewport: { width: 1440, height: 1100 } });
    const page = await context.newPage();
    const watched: Watched = { page, problems: [], foreign: [] };
    page.on("console", (message) => {
      if (message.type() === "error") watched.problems.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => watched.problems.push(`page: ${error.message}`));
    page.on("requestfailed", (request) => watched.problems.push(`failed: ${request.url()}`));
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith("data:")) return route.continue();
      watched.foreign.push(url);
      return route.abort();
    });
    pages.push(watched);
    return watched;
  }

  /** Presses Tab until the focused element matches `selector`; fails if it never does. */
  async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
    for (let presses = 0; presses < limit; presses += 1) {
      if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
      await page.keyboard.press("Tab");
    }
    throw new Error(`${selector} is not reachable with the Tab key`);
  }

  /** Non-transparent pixels the network's canvases hold, and the nodes it says it drew. */
  const networkDrawn = (page: Page) =>
    page.evaluate(() => {
      const holder = document.querySelector<HTMLElement>(".network");
      let inked = 0;
      for (const canvas of holder?.querySelectorAll("canvas") ?? []) {
        const context = canvas.getContext("2d");
        if (!context || canvas.width === 0) continue;
        const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
        for (let index = 3; index < pixels.length; index += 4) if ((pixels[index] ?? 0) > 0) inked += 1;
      }
      return { inked, nodes: Number(holder?.dataset.nodes ?? 0) };
    });

  async function seriousViolations(page: Page): Promise<string[]> {
    await page.evaluate(await axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document) => Promise<unknown> } }).axe;
      const result = (await axe.run(document)) as {
        violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
      };
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        targets: violation.nodes.map((node) => node.target.join(" ")),
      }));
    });
    return violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id} (${violation.impact}): ${violation.targets.join(", ")}`);
  }

  it("searches in Arabic with the keyboard, opens the country page and a deal's evidence in its article", async () => {
    const expected = await morocco(dev.url);
    const s400 = expected.deals.find((deal) => deal.id === "MA-RU:acquisition:s-400");
    expect(s400?.reports.length).toBeGreaterThanOrEqual(2);
    const { page, problems, foreign } = await openPage(dev);
    const base = new URL(EXPLORE_PATH, dev.url).href;
    await page.goto(base);

    // Search: the box is reachable by Tab, Enter submits.
    await tabTo(page, "#search-text");
    await page.keyboard.type("المغرب");
    await page.keyboard.press("Enter");
    await page.locator("#results-title").waitFor();
    expect(new URL(page.url()).searchParams.get("q")).toBe("المغرب");
    await page.screenshot({ path: join(SHOTS, "1-search.png") });

    // The country result, by keyboard.
    await tabTo(page, '#results a[href="/explore?country=MA"]');
    await page.keyboard.press("Enter");
    await page.locator("#entity-title").waitFor();
    expect(page.url()).toBe(`${base}?country=MA`);
    await expect(page.locator("#entity-title").textContent()).resolves.toMatch(/Morocco.*المغرب/);
    await expect(page.locator('#entity-title bdi[lang="ar"]').getAttribute("dir")).resolves.toBe("rtl");
    await expect(page.locator('a[href="/register.csv?country=MA"]').count()).resolves.toBe(1);

    // The network: every deal, party and system a node, and ink on the canvas.
    await expect.poll(async () => (await networkDrawn(page)).nodes).toBe(networkNodes(expected.deals));
    expect((await networkDrawn(page)).inked).toBeGreaterThan(500);
    // The timeline: one dot per dated report, each a link to its deal.
    await expect(page.locator(".timeline svg circle").count()).resolves.toBe(expected.dated);
    await expect(page.locator(".timeline svg a circle").count()).resolves.toBe(expected.dated);
    await expect(page.locator(".deals li").count()).resolves.toBe(expected.deals.length);
    await page.screenshot({ path: join(SHOTS, "2-country.png"), fullPage: true });

    // A deal from the list, by keyboard: the panel beside, the first report's evidence marked.
    const dealLink = `.deals a[href="/explore?country=MA&deal=${encodeURIComponent(s400?.id ?? "")}"]`;
    await tabTo(page, dealLink);
    await page.keyboard.press("Enter");
    await page.locator("#deal-title").waitFor();
    expect(new URL(page.url()).searchParams.get("deal")).toBe(s400?.id);
    const marks = page.locator(".deal .article-text mark");
    await marks.first().waitFor();
    const first = s400?.reports[0];
    await expect(marks.first().textContent()).resolves.toBe(first?.evidence);
    const text = page.locator(".deal .article-text").first();
    await expect(text.getAttribute("dir")).resolves.toBe("rtl");
    await expect(text.evaluate((element) => getComputedStyle(element).direction)).resolves.toBe("rtl");
    // The mark sits inside the article's text, with text around it.
    await expect(text.evaluate((element) => (element.textContent ?? "").length)).resolves.toBeGreaterThan(
      first?.evidence.length ?? 0,
    );
    await expect(page.locator(".deal .history li").count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, "3-deal.png"), fullPage: true });

    // The second report opens by keyboard too, with its own evidence marked.
    await tabTo(page, ".deal .report:nth-child(2) summary");
    await page.keyboard.press("Enter");
    await expect.poll(() => marks.count()).toBe(2);
    await expect(marks.nth(1).textContent()).resolves.toBe(s400?.reports[1]?.evidence);

    expect(await seriousViolations(page)).toEqual([]);

    // The back button walks the addresses back, and forward again.
    await page.goBack();
    await page.locator("#deal-title").waitFor({ state: "detached" });
    expect(page.url()).toBe(`${base}?country=MA`);
    await page.goBack();
    await page.locator("#results-title").waitFor();
    await expect(page.locator("#entity-title").count()).resolves.toBe(0);
    await expect(page.locator("#search-text").inputValue()).resolves.toBe("المغرب");
    await page.goForward();
    await page.locator("#entity-title").waitFor();
    await expect.poll(async () => (await networkDrawn(page)).nodes).toBe(networkNodes(expected.deals));

    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
  }, 120_000);

  it("opens a shared deal link directly, and a system's page from it", async () => {
    const expected = await morocco(dev.url);
    const deal = expected.deals.find((candidate) => candidate.id === "MA-RU:acquisition:s-400") as Deal;
    const { page, problems, foreign } = await openPage(dev);
    await page.goto(new URL(`${EXPLORE_PATH}?deal=${encodeURIComponent(deal.id)}`, dev.url).href);
    await page.locator("#deal-title").waitFor();
    await expect(page.locator("#entity-title").count()).resolves.toBe(0);
    const mark = page.locator(".deal .article-text mark").first();
    await mark.waitFor();
    await expect(mark.textContent()).resolves.toBe(deal.reports[0]?.evidence);
    await page.screenshot({ path: join(SHOTS, "4-deal-link.png"), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    // The system's link opens its page: the same network and timeline machinery.
    await page.locator('.deal a[href="/explore?system=s-400"]').click();
    await page.locator("#entity-title").waitFor();
    await expect.poll(async () => (await networkDrawn(page)).nodes).toBeGreaterThan(1);
    await expect(page.locator(".timeline svg circle").count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, "5-system.png"), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.goBack();
    await page.locator("#entity-title").waitFor({ state: "detached" });
    await page.locator("#deal-title").waitFor();

    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
  }, 120_000);

  it("works against a production server (no introspection): country page, deal, evidence", async () => {
    const introspection = await postGraphQL(production.url, "{ __schema { queryType { name } } }");
    expect(introspection.body.errors?.length).toBeGreaterThan(0);
    const expected = await morocco(production.url);
    const { page, problems, foreign } = await openPage(production);
    await page.goto(new URL(`${EXPLORE_PATH}?country=MA`, production.url).href);
    await page.locator("#entity-title").waitFor();
    await expect.poll(async () => (await networkDrawn(page)).nodes).toBe(networkNodes(expected.deals));
    await expect(page.locator(".timeline svg circle").count()).resolves.toBe(expected.dated);
    // A dot of the timeline opens its deal.
    await page.locator(".timeline svg a").first().click();
    const mark = page.locator(".deal .article-text mark").first();
    await mark.waitFor();
    const shown = new URL(page.url()).searchParams.get("deal");
    const deal = expected.deals.find((candidate) => candidate.id === shown);
    expect(deal).toBeDefined();
    await expect(mark.textContent()).resolves.toBe(deal?.reports[0]?.evidence);
    await page.screenshot({ path: join(SHOTS, "6-production.png"), fullPage: true });
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
  }, 120_000);

  it("serves the page and its assets itself, under a content security policy", async () => {
    const page = await fetch(new URL(`${EXPLORE_PATH}?country=MA`, production.url));
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(page.headers.get("content-security-policy")).toMatch(/script-src 'self'/);
    const html = await page.text();
    for (const asset of html.matchAll(/(?:src|href)="(\/explore\/[^"]+)"/g)) {
      const response = await fetch(new URL(asset[1] ?? "", production.url));
      expect(response.status, asset[1]).toBe(200);
    }
    expect(html).not.toMatch(/https?:\/\//);
  });
});
