/**
 * Parse + extract, one file at a time, in this thread or on a pool of worker threads
 * (`load --workers N`). The writer stays in the main thread and takes the files' results in
 * the order of the file list, so N workers write exactly what one would.
 *
 * The pool is piscina: it keeps N threads alive across tasks, queues tasks, and rejects a
 * task whose worker died instead of hanging — what a hand-written worker_threads pool would
 * have to redo. Workers use the default gazetteer (seeds/gazetteer), loaded once per thread.
 */
import { stat } from "node:fs/promises";
import { Piscina } from "piscina";
import { extractArticle, type Gazetteer } from "../extract/index.js";
import { type ParsedItem, parseFile } from "../parse/index.js";
import type { ArticleToWrite } from "./rows.js";

export interface FileFailure {
  file: string;
  error: string;
}

export interface ExtractedFile {
  items: ArticleToWrite[];
  failures: FileFailure[];
}

const itemName = (item: ParsedItem) =>
  item.record === undefined ? item.file : `${item.file}#${item.record}`;

/** Its mtime dates the file's articles as versions (src/graph/versions.ts). */
async function modifiedAt(file: string): Promise<string | null> {
  try {
    return (await stat(file)).mtime.toISOString();
  } catch {
    return null;
  }
}

/** An input that is not a file on disk (a fetched page): its name in results, and how to read its items. */
export interface LoadInput {
  name: string;
  read(): Promise<ParsedItem[]>;
}

function extracted(parsed: ParsedItem[], modified: string | null, gazetteer: Gazetteer): ExtractedFile {
  const result: ExtractedFile = { items: [], failures: [] };
  for (const item of parsed) {
    if (!item.ok) result.failures.push({ file: itemName(item), error: item.error });
    else
      result.items.push({
        file: itemName(item),
        modifiedAt: modified,
        extraction: extractArticle(item.article, gazetteer),
        parsed: item.article,
      });
  }
  return result;
}

export async function extractFile(
  file: string,
  maxBytes: number,
  gazetteer: Gazetteer,
): Promise<ExtractedFile> {
  return extracted(await parseFile(file, maxBytes), await modifiedAt(file), gazetteer);
}

/** A fetched input is read and extracted in this thread: it has no file a worker could open. */
export async function extractInput(input: LoadInput, gazetteer: Gazetteer): Promise<ExtractedFile> {
  return extracted(await input.read(), null, gazetteer);
}

export interface FileExtractor {
  /** How many files to have in progress ahead of the one being written. */
  readonly ahead: number;
  extract(input: string | LoadInput): Promise<ExtractedFile>;
  close(): Promise<void>;
}

export interface WorkerTask {
  file: string;
  maxBytes: number;
}

// Run from the TypeScript sources (tsx, vitest) the worker is a .ts file and its thread needs tsx too.
const fromSources = import.meta.url.endsWith(".ts");
const WORKER = new URL(`./extract-worker.${fromSources ? "ts" : "js"}`, import.meta.url);

export function fileExtractor(gazetteer: Gazetteer, maxBytes: number, workers: number): FileExtractor {
  if (workers <= 1)
    return {
      ahead: 1,
      extract: (input) =>
        typeof input === "string" ? extractFile(input, maxBytes, gazetteer) : extractInput(input, gazetteer),
      close: async () => {},
    };
  const pool = new Piscina<WorkerTask, ExtractedFile>({
    filename: WORKER.href,
    minThreads: workers,
    maxThreads: workers,
    execArgv: fromSources ? [...process.execArgv, "--import", "tsx"] : process.execArgv,
  });
  return {
    // Enough queued work that no worker waits while the writer takes a batch.
    ahead: workers * 4,
    extract: (input) =>
      typeof input === "string" ? pool.run({ file: input, maxBytes }) : extractInput(input, gazetteer),
    close: () => pool.destroy(),
  };
}
