/**
 * `npm run watch -- feeds.txt [--every 15m] [--batch-size N]`: polls the RSS/Atom feeds listed
 * in feeds.txt (one address a line, `#` comments) and loads the items the graph does not hold
 * yet, one round per interval, a summary line per round. A failing feed, page or round is
 * logged and tried again next round. SIGINT/SIGTERM stop it: fetches under way are abandoned,
 * a write under way finishes (a batch is one transaction), the driver closes, exit 0; a second
 * signal exits at once (130).
 */
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import parseDuration from "parse-duration";
import { loadConfig } from "../config.js";
import { defaultGazetteer } from "../extract/index.js";
import { fetchLimits } from "../fetch/index.js";
import { formatRound, pollRound, type Watcher } from "../fetch/watch.js";
import { applySchema, assertCurrentFormat, connectGraph } from "../graph/index.js";
import { DEFAULT_BATCH_SIZE } from "./load-command.js";
import { say } from "./output.js";

const USAGE = "usage: npm run watch -- <feeds.txt> [--every 15m] [--batch-size N]";
const MIN_INTERVAL_MS = 1_000;
const LOAD_RETRY_MS = 30_000;

/** `15m`, `1h30m`, `90s`: a number with a unit, at least a second; null when it is not one. */
export function parseInterval(text: string): number | null {
  if (!/^\s*(\d+(\.\d+)?\s*[a-zµ]+\s*)+$/i.test(text)) return null;
  const ms = parseDuration(text);
  return ms !== null && ms !== undefined && ms >= MIN_INTERVAL_MS ? ms : null;
}

function stopSignal(): AbortSignal {
  const controller = new AbortController();
  const stop = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(130);
    say(`${signal}: stopping after the current step (again to quit at once)`);
    controller.abort();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  return controller.signal;
}

export async function watchCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      every: { type: "string", default: "15m" },
      "batch-size": { type: "string", default: String(DEFAULT_BATCH_SIZE) },
    },
  });
  const every = parseInterval(values.every ?? "");
  const batchSize = Number(values["batch-size"]);
  const [feedList] = positionals;
  if (every === null) {
    say(
      `--every ${JSON.stringify(values.every)}: not an interval (a number and a unit, at least 1s: 90s, 15m, 1h)`,
    );
    return 2;
  }
  if (!feedList || positionals.length > 1 || !Number.isInteger(batchSize) || batchSize < 1) {
    say(USAGE);
    return 2;
  }
  const config = loadConfig();
  const stopped = stopSignal();
  const graph = await connectGraph(config, say, LOAD_RETRY_MS);
  try {
    await applySchema(graph.driver, graph.database);
    await assertCurrentFormat(graph.driver, graph.database, graph.uri);
    const watcher: Watcher = {
      driver: graph.driver,
      database: graph.database,
      gazetteer: defaultGazetteer(),
      feedList,
      limits: fetchLimits(config, stopped),
      load: { batchSize, dryRun: false, maxBytes: config.MAX_ARTICLE_BYTES },
      loadedThisRun: new Set(),
    };
    say(`watching the feeds in ${feedList} every ${values.every} (Ctrl-C stops)`);
    for (let round = 1; !stopped.aborted; round += 1) {
      const started = performance.now();
      try {
        const summary = await pollRound(watcher);
        for (const failure of summary.failures) say(`  FAILED ${failure.file}: ${failure.error}`);
        say(formatRound(round, summary));
      } catch (error) {
        say(`round ${round} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      const wait = Math.max(0, every - (performance.now() - started));
      await sleep(wait, undefined, { signal: stopped }).catch(() => {});
    }
    say("stopped");
    return 0;
  } finally {
    await graph.close();
  }
}
