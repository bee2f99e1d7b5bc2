/**
 * The whole path from files to graph, shared by `npm run load`, `npm start` and the API's
 * ingest mutation: parse → extract → write, in batches. A file that cannot be read is
 * reported and skipped; the good files around it are written all the same. Inputs are file
 * paths or LoadInputs (a fetched page: a name and a way to read it, see src/fetch/inputs.ts).
 */
import type { Driver } from "neo4j-driver";
import { extractArticle, type Gazetteer } from "../extract/index.js";
import { listInputs, type ParsedItem, parseFile } from "../parse/index.js";
import type { ArticleToWrite } from "./rows.js";
import { addCounts, previewArticles, type WriteCounts, writeArticles, zeroCounts } from "./writer.js";

export interface LoadOptions {
  batchSize: number;
  dryRun: boolean;
  maxBytes: number;
}

export interface LoadFailure {
  file: string;
  error: string;
}

export interface LoadSummary extends WriteCounts {
  files: number;
  failed: number;
  failures: LoadFailure[];
  /** Set when writing stopped early (e.g. Neo4j went away): what was not written. */
  aborted: { error: string; filesNotWritten: string[] } | null;
}

/** An input that is not a file on disk: its name in results, and how to read its items. */
export interface LoadInput {
  name: string;
  read(): Promise<ParsedItem[]>;
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

const itemName = (item: ParsedItem) =>
  item.record === undefined ? item.file : `${item.file}#${item.record}`;

export async function loadFiles(
  driver: Driver,
  database: string,
  files: (string | LoadInput)[],
  gazetteer: Gazetteer,
  options: LoadOptions,
  onProgress: (progress: LoadProgress) => void = () => {},
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
  for (const file of files) {
    const items = typeof file === "string" ? await parseFile(file, options.maxBytes) : await file.read();
    for (const item of items) {
      if (!item.ok) {
        summary.failed += 1;
        summary.failures.push({ file: itemName(item), error: item.error });
        continue;
      }
      batch.push({
        file: itemName(item),
        extraction: extractArticle(item.article, gazetteer),
        parsed: item.article,
      });
    }
    summary.files += 1;
    onProgress({ files: summary.files, totalFiles: files.length, file: inputName(file) });
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
