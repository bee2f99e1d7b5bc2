/**
 * `npm run load -- <files|folders|urls> [--urls list.txt] [--feed url] [--dry-run] [--quiet]
 * [--batch-size N] [--workers N]`: parse, extract and write into Neo4j (NEO4J_URI, else the
 * local kit), with a progress bar on a terminal and plain lines otherwise, then a summary. Pages
 * and feeds are fetched by src/fetch. Exits 1 when any input failed; the good ones are loaded.
 */
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { type Config, loadConfig } from "../config.js";
import { defaultGazetteer } from "../extract/index.js";
import { collectInputs, fetchLimits, type InputRequest } from "../fetch/index.js";
import {
  applySchema,
  assertCurrentFormat,
  connectGraph,
  type GraphConnection,
  type LoadSummary,
  loadFiles,
} from "../graph/index.js";
import { say } from "./output.js";

// Measured on 10k generated articles: 0.65x the lean-Cypher baseline at 200, 0.92x at 1000 (bench/RESULTS.md).
export const DEFAULT_BATCH_SIZE = 1000;
const LOAD_RETRY_MS = 30_000;
/** Parse + extract threads; see bench/RESULTS.md ("Worker threads") for why one. */
export const DEFAULT_WORKERS = 1;

interface Reporter {
  update(files: number, total: number, file: string): void;
  stop(): void;
}

function reporter(quiet: boolean, total: number): Reporter {
  if (!quiet && process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: "loading [{bar}] {percentage}% | {value}/{total} files | {file}",
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { file: "" });
    return {
      update: (files, _total, file) => bar.update(files, { file: file.slice(-40) }),
      stop: () => bar.stop(),
    };
  }
  const every = Math.max(1, Math.ceil(total / 10));
  return {
    update: (files, all) => {
      if (!quiet && (files % every === 0 || files === all)) say(`loaded ${files}/${all} files`);
    },
    stop: () => {},
  };
}

export function formatSummary(summary: LoadSummary, dryRun: boolean): string {
  const lines = [
    dryRun ? "Dry run: nothing was written. Would be:" : "Load finished:",
    `  files read          ${summary.files}`,
    `  articles new        ${summary.new}`,
    `  articles unchanged  ${summary.unchanged}`,
    `  articles updated    ${summary.updated}`,
    `  articles superseded ${summary.superseded}`,
    `  articles failed     ${summary.failed}`,
  ];
  if (!dryRun) {
    lines.push(`  nodes created       ${summary.nodesCreated} (deleted ${summary.nodesDeleted})`);
    lines.push(
      `  relationships       ${summary.relationshipsCreated} created, ${summary.relationshipsDeleted} deleted`,
    );
  }
  for (const failure of summary.failures) lines.push(`  FAILED ${failure.file}: ${failure.error}`);
  if (summary.aborted) {
    lines.push(`  STOPPED: ${summary.aborted.error}`);
    lines.push(
      `  not written (${summary.aborted.filesNotWritten.length} files; everything before them is in the graph):`,
    );
    for (const file of summary.aborted.filesNotWritten.slice(0, 20)) lines.push(`    ${file}`);
  }
  return lines.join("\n");
}

/** Loads paths (or a whole input request) into an open graph; shared by `load` and `start`. */
export async function loadInto(
  graph: GraphConnection,
  config: Config,
  request: string[] | InputRequest,
  options: { dryRun: boolean; quiet: boolean; batchSize: number; workers?: number },
): Promise<LoadSummary> {
  if (!options.dryRun) {
    await applySchema(graph.driver, graph.database);
    await assertCurrentFormat(graph.driver, graph.database, graph.uri);
  }
  const inputs = Array.isArray(request) ? { targets: request, urlLists: [], feeds: [] } : request;
  const files = await collectInputs(inputs, fetchLimits(config));
  const progress = reporter(options.quiet, files.length);
  try {
    return await loadFiles(
      graph.driver,
      graph.database,
      files,
      defaultGazetteer(),
      {
        batchSize: options.batchSize,
        dryRun: options.dryRun,
        maxBytes: config.MAX_ARTICLE_BYTES,
        workers: options.workers,
      },
      ({ files: done, totalFiles, file }) => progress.update(done, totalFiles, file),
    );
  } finally {
    progress.stop();
  }
}

export async function loadCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      "dry-run": { type: "boolean", default: false },
      quiet: { type: "boolean", short: "q", default: false },
      "batch-size": { type: "string", default: String(DEFAULT_BATCH_SIZE) },
      workers: { type: "string", default: String(DEFAULT_WORKERS) },
      urls: { type: "string", multiple: true, default: [] },
      feed: { type: "string", multiple: true, default: [] },
    },
  });
  const batchSize = Number(values["batch-size"]);
  const workers = Number(values.workers);
  const request: InputRequest = {
    targets: positionals,
    urlLists: values.urls ?? [],
    feeds: values.feed ?? [],
  };
  const nothing = request.targets.length + request.urlLists.length + request.feeds.length === 0;
  const counts = [batchSize, workers];
  if (nothing || !counts.every((count) => Number.isInteger(count) && count >= 1)) {
    say(
      "usage: npm run load -- <files|folders|urls...> [--urls list.txt] [--feed url] [--dry-run] [--quiet] [--batch-size N] [--workers N]",
    );
    return 2;
  }
  const config = loadConfig();
  const graph = await connectGraph(config, values.quiet ? () => {} : say, LOAD_RETRY_MS);
  try {
    const summary = await loadInto(graph, config, request, {
      dryRun: values["dry-run"] ?? false,
      quiet: values.quiet ?? false,
      batchSize,
      workers,
    });
    say(formatSummary(summary, values["dry-run"] ?? false));
    return summary.failed > 0 || summary.aborted ? 1 : 0;
  } finally {
    await graph.close();
  }
}
