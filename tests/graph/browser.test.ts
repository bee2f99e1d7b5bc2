/**
 * Neo4j Browser, served by the local kit at /browser/, in a real headless Chromium (Debian's
 * package; .ci/run installs it), used as the README tells a new user to: connect, apply
 * schema/browser-style.grass by pasting it after `:style` (a deal's caption then reads
 * "kind · status"), and `:play` the project's guide from the API, click a ready query and run it.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { BROWSER_GUIDE_PATH, type RunningApi, startApi } from "../../src/api/index.js";
import { clearGraph, loadSeedGraph, TEST_DATABASE, testDriver } from "../support/graph.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const browserUrl = inject("neo4jBrowserUrl");
const boltUri = inject("neo4jUri");
const password = inject("neo4jPassword");
const root = new URL("../../", import.meta.url).pathname;

describe.skipIf(!browserUrl || !existsSync(CHROMIUM))("Neo4j Browser from the local kit", () => {
  let driver: Driver;
  let api: RunningApi;
  let browser: Browser;
  let page: Page;

  /** Runs what the editor holds (Ctrl+Enter runs multi-line input too). */
  const run = () => page.keyboard.press("Control+Enter");
  const editor = () => page.locator("#monaco-main-editor, .monaco-editor").first();

  beforeAll(async () => {
    driver = testDriver();
    await loadSeedGraph(driver);
    api = await startApi({ driver, database: TEST_DATABASE, production: false }, 0, "127.0.0.1");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    page = await context.newPage();
  });
  afterAll(async () => {
    await page?.screenshot({ path: join(tmpdir(), "neo4j-browser.png") }).catch(() => undefined);
    await browser?.close();
    await api?.stop();
    await clearGraph(driver);
    await driver?.close();
  });

  it("serves the Browser app, which connects over Bolt and runs a query", async () => {
    const response = await fetch(browserUrl);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/<title>Neo4j Browser<\/title>/);

    await page.goto(browserUrl, { waitUntil: "domcontentloaded" });
    await expect(page.title()).resolves.toBe("Neo4j Browser");
    // The app itself (not just the HTML shell) renders: it asks for a connect URL.
    await page
      .getByText(/Connect to Neo4j/i)
      .first()
      .waitFor({ timeout: 30_000 });
    await page.locator("select").first().selectOption("bolt://");
    await page.locator('input[data-testid="boltaddress"]').fill(boltUri.replace(/^bolt:\/\//, ""));
    await page.locator('input[data-testid="username"]').fill("neo4j");
    await page.locator('input[data-testid="password"]').fill(password);
    await page.getByRole("button", { name: "Connect", exact: true }).click();
    await page
      .getByText(/You are connected/i)
      .first()
      .waitFor({ timeout: 30_000 });
    await editor().click();
    await page.keyboard.type("RETURN 40 + 2 AS answer");
    await page.keyboard.press("Enter");
    await page.getByText("answer", { exact: true }).first().waitFor({ timeout: 30_000 });
    await page.getByText("42", { exact: true }).first().waitFor({ timeout: 10_000 });
  }, 90_000);

  it("applies the style file pasted after :style: a deal's caption reads kind · status", async () => {
    const style = await readFile(`${root}schema/browser-style.grass`, "utf8");
    await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(`:style ${style}`)})`);
    await editor().click();
    await page.keyboard.press("Control+V");
    await run();
    // The deal with the shortest caption, so the node's circle shows it whole.
    const { records } = await driver.executeQuery(
      "MATCH (d:Deal) RETURN d.id AS id, d.kind + ' · ' + d.status AS caption ORDER BY size(caption), id LIMIT 1",
      {},
      { database: TEST_DATABASE },
    );
    const deal = records[0]?.toObject() as { id: string; caption: string };
    await editor().click();
    await page.keyboard.type(`MATCH (d:Deal {id: '${deal.id}'}) RETURN d`);
    await run();
    const caption = page
      .locator("g.node")
      .filter({ hasText: deal.caption.split(" ")[0] ?? "" })
      .first();
    await caption.waitFor({ timeout: 30_000 });
    const words = await caption.locator("text").allTextContents();
    expect(words.join(" ").replace(/\s+/g, " ").trim()).toBe(deal.caption);
  }, 90_000);

  it("plays the guide from the API, and a click puts a ready query in the editor that runs", async () => {
    const guideUrl = new URL(BROWSER_GUIDE_PATH, api.url).href;
    await editor().click();
    await page.keyboard.type(`:play ${guideUrl}`);
    await run();
    await page.getByText("Who negotiates S-400 with Russia?").first().waitFor({ timeout: 30_000 });
    await page.locator("pre.runnable").first().click();
    await expect
      // Monaco renders spaces as no-break spaces.
      .poll(async () => ((await editor().textContent()) ?? "").replace(/\u00a0/g, " "), { timeout: 10_000 })
      .toMatch(/MATCH \(:Country \{code: 'RU'\}\)/);
    await editor().click();
    await run();
    // The result table shows strings quoted, Arabic names as stored.
    await page.getByText('"Egypt"', { exact: true }).first().waitFor({ timeout: 30_000 });
    await page.getByText('"مصر"', { exact: true }).first().waitFor({ timeout: 10_000 });
  }, 90_000);
});
