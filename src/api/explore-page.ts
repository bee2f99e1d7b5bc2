/**
 * The explore page for journalists (explore/: search, a country's or system's deals as a network
 * and a timeline, a deal's evidence in its article), served at /explore from the files
 * `npm run build:explore` writes into dist/explore/ — the page, its style and one bundled script,
 * so nothing comes from a CDN. The page talks only to /graphql with plain query documents, so it
 * works in production (no introspection). A content security policy keeps it that way: scripts,
 * styles and requests from this server only (Observable Plot writes a <style> into its charts).
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import express from "express";

export const EXPLORE_PATH = "/explore";
/** dist/explore/ from src/api (tsx) and from dist/api (compiled) alike. */
const BUILT = fileURLToPath(new URL("../../dist/explore/", import.meta.url));

const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** GET /explore (any query string) answers the page; /explore/<file> its built assets. */
export function exploreHandler(): express.Router {
  const router = express.Router();
  router.use((_request, response, next) => {
    response.set({ "Content-Security-Policy": POLICY, "X-Content-Type-Options": "nosniff" });
    next();
  });
  router.get("/", (_request, response) => {
    if (!existsSync(`${BUILT}index.html`)) {
      response
        .status(503)
        .type("text")
        .send("The explore page is not built: run `npm run build:explore` (npm start and npm run build do).");
      return;
    }
    response.set("Cache-Control", "no-cache").sendFile(`${BUILT}index.html`);
  });
  router.use(express.static(BUILT, { index: false, cacheControl: true, maxAge: 0 }));
  return router;
}
