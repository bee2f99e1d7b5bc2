/**
 * One round of `watch`: read the feed list (again each round, so edits take effect), read
 * every feed, keep the item links the graph does not hold yet, load their pages. A feed or
 * page that fails is reported and, never having reached the graph, is tried again next round.
 * Links loaded in this run are also remembered in memory: a page whose text the graph already
 * has under another address is left unchanged by the writer, so the graph alone would have it
 * fetched again every round.
 */

import type { Driver } from "neo4j-driver";
import type { Gazetteer } from "../extract/index.js";
import { type LoadFailure, type LoadInput, type LoadOptions, loadFiles } from "../graph/index.js";
import { readFeed } from "./feed.js";
import { FetchError, type FetchLimits } from "./http.js";
import { InputListError, pageInput, readAddressList } from "./inputs.js";
import { knownAddresses } from "./known.js";

export interface RoundSummary {
  feeds: number;
  feedsFailed: number;
  items: number;
  new: number;
  loaded: number;
  failed: number;
  failures: LoadFailure[];
  /** Set when writing stopped (Neo4j went away): nothing of this round's unwritten part is lost, it is fetched again. */
  aborted: string | null;
  durationMs: number;
}

export interface Watcher {
  driver: Driver;
  database: string;
  gazetteer: Gazetteer;
  feedList: string;
  limits: FetchLimits;
  load: LoadOptions;
  /** Links loaded during this run (see the top of this module). */
  loadedThisRun: Set<string>;
}

export async function pollRound(watcher: Watcher): Promise<RoundSummary> {
  const started = performance.now();
  const failures: LoadFailure[] = [];
  let feeds: string[] = [];
  try {
    feeds = await readAddressList(watcher.feedList);
  } catch (error) {
    if (!(error instanceof InputListError)) throw error;
    failures.push({ file: watcher.feedList, error: error.message });
  }
  const links: string[] = [];
  let feedsFailed = 0;
  for (const feed of feeds) {
    if (watcher.limits.signal?.aborted) break;
    try {
      for (const item of await readFeed(feed, watcher.limits)) if (item.link) links.push(item.link);
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      feedsFailed += 1;
      failures.push({ file: feed, error: `feed: ${error.reason}` });
    }
  }
  const items = [...new Set(links)];
  const known = await knownAddresses(watcher.driver, watcher.database, items);
  const fresh = items.filter((link) => !known.has(link) && !watcher.loadedThisRun.has(link));
  const inputs: LoadInput[] = fresh.map((link) => pageInput(link, watcher.limits));
  const summary = await loadFiles(watcher.driver, watcher.database, inputs, watcher.gazetteer, watcher.load);
  const notLoaded = new Set([
    ...summary.failures.map((failure) => failure.file),
    ...(summary.aborted?.filesNotWritten ?? []),
  ]);
  const loaded = fresh.filter((link) => !notLoaded.has(link));
  for (const link of loaded) watcher.loadedThisRun.add(link);
  return {
    feeds: feeds.length,
    feedsFailed,
    items: items.length,
    new: fresh.length,
    loaded: loaded.length,
    failed: summary.failed,
    failures: [...failures, ...summary.failures],
    aborted: summary.aborted?.error ?? null,
    durationMs: performance.now() - started,
  };
}

export function formatRound(round: number, summary: RoundSummary): string {
  const feeds = `${summary.feeds} feeds polled (${summary.feedsFailed} failed)`;
  const seconds = (summary.durationMs / 1000).toFixed(1);
  const counts = `${summary.items} items, ${summary.new} new, ${summary.loaded} loaded, ${summary.failed} failed`;
  return `round ${round}: ${feeds}, ${counts}, ${seconds} s${summary.aborted ? ` (write stopped: ${summary.aborted})` : ""}`;
}
