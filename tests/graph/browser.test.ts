/**
 * Neo4j Browser, served by the local kit at /browser/, loads in a real headless Chromium
 * (Debian's package; .ci/run installs it) and shows its connect form.
 */
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { describe, expect, inject, it } from "vitest";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const browserUrl = inject("neo4jBrowserUrl");
const boltUri = inject("neo4jUri");
const password = inject("neo4jPassword");

describe.skipIf(!browserUrl || !existsSync(CHROMIUM))("Neo4j Browser from the local kit", () => {
  it("serves the Browser app, which connects over Bolt and runs a query", async () => {
    const response = await fetch(browserUrl);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/<title>Neo4j Browser<\/title>/);

    const browser = await chromium.launch({
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
    try {
      const page = await browser.newPage();
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
      await page.locator("#monaco-main-editor, .monaco-editor").first().click();
      await page.keyboard.type("RETURN 40 + 2 AS answer");
      await page.keyboard.press("Enter");
      await page.getByText("answer", { exact: true }).first().waitFor({ timeout: 30_000 });
      await page.getByText("42", { exact: true }).first().waitFor({ timeout: 10_000 });
      await page.screenshot({ path: join(tmpdir(), "neo4j-browser.png") });
    } finally {
      await browser.close();
    }
  }, 90_000);
});
