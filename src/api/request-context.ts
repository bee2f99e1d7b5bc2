/**
 * Each HTTP request's identity: its id (the client's `X-Request-Id` when it is a sane token, else a
 * fresh UUID; returned in the response's `X-Request-Id`), a pino child logger carrying it, and the
 * Neo4j bookmarks the request starts from (`X-Neo4j-Bookmark`, comma-separated) and ends with.
 * Kept in AsyncLocalStorage so that code with no request at hand (formatError) logs with the id;
 * the same id goes to Neo4j as transaction metadata, so a slow request can be found in
 * `SHOW TRANSACTIONS` and query.log.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { RequestHandler } from "express";
import neo4j, { type BookmarkManager } from "neo4j-driver";
import type { Logger } from "pino";
import { logger } from "../logger.js";

export const REQUEST_ID_HEADER = "X-Request-Id";
export const BOOKMARK_HEADER = "X-Neo4j-Bookmark";

export interface RequestScope {
  id: string;
  log: Logger;
  /** Starts from the client's bookmarks; every session of the request reads and updates it. */
  bookmarks: BookmarkManager;
}

const scopes = new AsyncLocalStorage<RequestScope>();

/** The current request's logger, or the root logger outside a request. */
export function requestLog(): Logger {
  return scopes.getStore()?.log ?? logger;
}

const SANE_ID = /^[\w.:-]{1,128}$/;
/** Neo4j's bookmarks are short base64-like tokens (e.g. `FB:kcwQ…`); anything else is refused. */
const SANE_BOOKMARK = /^[\w:+/=.-]{1,512}$/;
const MAX_BOOKMARKS = 32;

/** The middleware that opens a request's scope (or answers 400 for a malformed bookmark header). */
export function requestScope(): RequestHandler {
  return (request, response, next) => {
    const given = request.get(REQUEST_ID_HEADER);
    const id = given && SANE_ID.test(given) ? given : randomUUID();
    response.set(REQUEST_ID_HEADER, id);
    const log = logger.child({ requestId: id });
    const header = request.get(BOOKMARK_HEADER);
    const initial = header ? header.split(",").map((part) => part.trim()) : [];
    if (initial.length > MAX_BOOKMARKS || initial.some((bookmark) => !SANE_BOOKMARK.test(bookmark))) {
      response.status(400).json({
        errors: [
          {
            message: `${BOOKMARK_HEADER}: not a bookmark list this server gave`,
            extensions: { code: "BAD_REQUEST" },
          },
        ],
      });
      return;
    }
    const bookmarks = neo4j.bookmarkManager({ initialBookmarks: initial });
    scopes.run({ id, log, bookmarks }, next);
  };
}

/** The current request's scope; undefined outside a request (CLI, tests calling reads directly). */
export function currentScope(): RequestScope | undefined {
  return scopes.getStore();
}
