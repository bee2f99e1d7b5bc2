/**
 * Which version of an article the graph keeps, decided the same way whatever order files
 * arrive in and whichever loader gets there first:
 *
 * - Copies (one content hash in several files) are one Article, named after the copy whose
 *   file sorts first.
 * - Versions (one key — URL, else file — with different content) keep the latest: the later
 *   modified (the file's mtime; for the API, the time of ingestion), then the later published,
 *   then the larger content hash, so two versions never tie.
 */
import type { ArticleToWrite } from "./rows.js";
import { articleKey } from "./rows.js";

export interface VersionStamp {
  id: string;
  modifiedAt: string | null;
  publishedAt: string | null;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Positive when `a` is the later version of the two. */
export function compareVersions(a: VersionStamp, b: VersionStamp): number {
  return (
    compareText(a.modifiedAt ?? "", b.modifiedAt ?? "") ||
    compareText(a.publishedAt ?? "", b.publishedAt ?? "") ||
    compareText(a.id, b.id)
  );
}

export const stampOf = (item: ArticleToWrite): VersionStamp => ({
  id: item.extraction.article.id,
  modifiedAt: item.modifiedAt ?? null,
  publishedAt: item.extraction.article.publishedAt,
});

/** True when `a`'s file names the article rather than `b`'s. */
export const namesArticle = (a: string, b: string) => compareText(a, b) < 0;

export interface BatchVersions {
  /** One item per content hash and per key. */
  kept: ArticleToWrite[];
  /** Further copies of a kept item's content. */
  copies: ArticleToWrite[];
  /** Earlier versions of a kept item's key. */
  superseded: ArticleToWrite[];
}

/** Within one batch: the naming copy of each content hash, then the latest version of each key. */
export function latestInBatch(items: ArticleToWrite[]): BatchVersions {
  const byId = new Map<string, ArticleToWrite>();
  const copies: ArticleToWrite[] = [];
  for (const item of items) {
    const seen = byId.get(item.extraction.article.id);
    if (seen && !namesArticle(item.file, seen.file)) copies.push(item);
    else {
      if (seen) copies.push(seen);
      byId.set(item.extraction.article.id, item);
    }
  }
  const byKey = new Map<string, ArticleToWrite>();
  const superseded: ArticleToWrite[] = [];
  for (const item of byId.values()) {
    const seen = byKey.get(articleKey(item));
    if (seen && compareVersions(stampOf(item), stampOf(seen)) < 0) superseded.push(item);
    else {
      if (seen) superseded.push(seen);
      byKey.set(articleKey(item), item);
    }
  }
  return { kept: [...byKey.values()], copies, superseded };
}
