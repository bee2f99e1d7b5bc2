/**
 * The whole path from files to graph, shared by `npm run load`, `npm start` and the API's
 * ingest mutation: parse → extract → write, in batches. A file that cannot be read is
 * reported and skipped; the good files around it are written all the same. Inputs are file
 * paths or LoadInputs (a fetched page: a name and a way to read it, see src/fetch/inputs.ts).
 * Parsing and extraction run ahead of the writer (files on worker threads with `workers` > 1);
 * batches are made in the order of the input list either way, so the graph does not depend on
 * the worker count.
 */
import type { Driver } from "neo4j-driver";
import type { Gazetteer } from "../extract/index.js";
import { listInputs } from "../parse/index.js";
import {
  type ExtractedFile,
  type FileExtractor,
  type FileFailure,
  fileExtractor,
  type LoadInput,
} from "./extract-files.js";

export type { LoadInput } from "./extract-files.js";

import type { ArticleToWrite } from "./rows.js";
import { addCounts, previewArticles, type WriteCounts, writeArticles, zeroCounts } from "./writer.js";

export interface LoadOptions {
  batchSize: number;
  dryRun: boolean;
  maxBytes: number;
  /** Threads that parse and extract (1: this thread; more: a worker pool, src/graph/extract-files.ts). */
  workers?: number;
}

export type LoadFailure = FileFailure;

export interface LoadSummary extends WriteCounts {
  files: number;
  failed: number;
  failures: LoadFailure[];
  /** Set when writing stopped early (e.g. Neo4j went away): what was not written. */
  aborted: { error: string; filesNotWritten: string[] } | null;
}

export interface LoadProgress {
  files: number;
  totalFiles: number;
  file: string;
}

/** Every input file, walked once up front so progress can show a total. */
export async function collectFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for await (const file of listInputs(paths)) files.push(file);
  return files;
}

const inputName = (input: string | LoadInput) => (typeof input === "string" ? input : input.name);

export async function loadFiles(
  driver: Driver,
  database: string,
  files: (string | LoadInput)[],
  gazetteer: Gazetteer,
  options: LoadOptions,
  onProgress: (progress: LoadProgress) => void = () => {},
): Promise<LoadSummary> {
  const extractor = fileExtractor(gazetteer, options.maxBytes, options.workers ?? 1);
  try {
    return await writeInBatches(
      driver,
      database,
      files,
      inOrder(files, extractor),
      gazetteer,
      options,
      onProgress,
    );
  } finally {
    await extractor.close();
  }
}

/** Starts up to `ahead` files' extraction before the one it yields, and yields them in order. */
async function* inOrder(
  files: (string | LoadInput)[],
  extractor: FileExtractor,
): AsyncGenerator<ExtractedFile> {
  const { ahead } = extractor;
  const started: Promise<ExtractedFile>[] = [];
  const start = (index: number) => {
    if (index >= files.length) return;
    const task = extractor.extract(files[index] as string | LoadInput);
    // Marked handled: after an abort, files started ahead may fail unawaited.
    task.catch(() => {});
    started[index] = task;
  };
  for (let index = 0; index < ahead; index += 1) start(index);
  for (let index = 0; index < files.length; index += 1) {
    const result = await (started[index] as Promise<ExtractedFile>);
    delete started[index];
    start(index + ahead);
    yield result;
  }
}

async function writeInBatches(
  driver: Driver,
  database: string,
  files: (string | LoadInput)[],
  extracted: AsyncGenerator<ExtractedFile>,
  gazetteer: Gazetteer,
  options: LoadOptions,
  onProgress: (progress: LoadProgress) => void,
): Promise<LoadSummary> {
  const summary: LoadSummary = { ...zeroCounts(), files: 0, failed: 0, failures: [], aborted: null };
  let batch: ArticleToWrite[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const counts = options.dryRun
      ? await previewArticles(driver, database, batch)
      : await writeArticles(driver, database, batch, gazetteer);
    addCounts(summary, counts);
    batch = [];
  };
  for await (const { items, failures } of extracted) {
    summary.failed += failures.length;
    summary.failures.push(...failures);
    batch.push(...items);
    summary.files += 1;
    onProgress({
      files: summary.files,
      totalFiles: files.length,
      file: inputName(files[summary.files - 1] as string | LoadInput),
    });
    if (batch.length >= options.batchSize) {
      try {
        await flush();
      } catch (error) {
        return abort(summary, batch, files.slice(summary.files).map(inputName), error);
      }
    }
  }
  try {
    await flush();
  } catch (error) {
    return abort(summary, batch, [], error);
  }
  return summary;
}

function abort(summary: LoadSummary, batch: ArticleToWrite[], unread: string[], error: unknown): LoadSummary {
  const notWritten = [...new Set([...batch.map((item) => item.file), ...unread])];
  const message = error instanceof Error ? error.message : String(error);
  const unreachable = (error as { code?: unknown }).code === "ServiceUnavailable";
  summary.aborted = {
    // The driver has already retried for its whole retry window when this reaches us.
    error: unreachable ? `Neo4j became unreachable and did not come back in time (${message})` : message,
    filesNotWritten: notWritten,
  };
  return summary;
}
