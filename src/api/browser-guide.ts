/**
 * The Neo4j Browser guide (schema/browser-guide.html: the ready questions as slides of runnable
 * Cypher), served by the API for `:play http://<api host>/browser-guide.html`. Browser fetches a
 * guide cross-origin from its own page, so the answer allows any origin (the guide is public,
 * read-only text, and Browser's request asks for a preflight); Browser also checks the host against Neo4j's
 * `browser.remote_content_hostname_whitelist` (the local kit's neo4j.conf allows localhost and
 * 127.0.0.1).
 */
import { readFileSync } from "node:fs";
import type express from "express";

export const BROWSER_GUIDE_PATH = "/browser-guide.html";
const GUIDE_FILE = new URL("../../schema/browser-guide.html", import.meta.url);

/** GET answers the guide; OPTIONS answers the preflight Browser's no-cache request headers cause. */
export function browserGuideHandler(): express.RequestHandler {
  const guide = readFileSync(GUIDE_FILE, "utf8");
  return (request, response, next) => {
    response.set("Access-Control-Allow-Origin", "*");
    if (request.method === "OPTIONS") {
      response
        .set({
          "Access-Control-Allow-Methods": "GET",
          "Access-Control-Allow-Headers": request.get("Access-Control-Request-Headers") ?? "",
        })
        .sendStatus(204);
      return;
    }
    if (request.method !== "GET" && request.method !== "HEAD") return next();
    response.set("Cache-Control", "no-cache").type("html").send(guide);
  };
}
