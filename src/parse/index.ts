/**
 * The parse stage's public face: files and folders in, articles (or per-file reasons) out.
 * The format is chosen from the content first (JSON, HTML, a Maghress page) and the extension
 * second; parse knows formats and nothing about defence.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { type Article, type ParsedItem, ParseError } from "./article.js";
import { DEFAULT_MAX_BYTES, decodeText, sizeLimitError } from "./decode.js";
import { looksLikeHtml, parseHtml } from "./html.js";
import { parseJson, parseJsonLines } from "./json.js";
import { looksLikeMaghress, parseMaghress } from "./maghress.js";
import { parsePlainText } from "./plain.js";

export type { Article, Format, Language, ParsedItem, Span } from "./article.js";
export { contentId, ParseError } from "./article.js";
export { parseDate } from "./dates.js";
export { DEFAULT_MAX_BYTES } from "./decode.js";
export { detectLanguage } from "./language.js";

const UNSUPPORTED = new Set([
  ".pdf",
  ".doc",
  ".docx",
  ".odt",
  ".rtf",
  ".xls",
  ".xlsx",
  ".png",
  ".jpg",
  ".jpeg",
  ".gif",
  ".webp",
  ".zip",
  ".gz",
  ".tar",
  ".mp3",
  ".mp4",
  ".exe",
]);

/** Runs a parser; a ParseError becomes the file's failure item, anything else is a bug and rises. */
function caught(file: string, work: () => ParsedItem[]): ParsedItem[] {
  try {
    return work();
  } catch (error) {
    if (error instanceof ParseError) return [{ file, ok: false, error: error.message }];
    throw error;
  }
}

function parseOne(file: string, parse: () => Article): ParsedItem[] {
  return caught(file, () => [{ file, ok: true, article: parse() }]);
}

/** Parses a file's text; `file` names it in results and picks the format with its extension. */
export function parseText(file: string, text: string): ParsedItem[] {
  const extension = extname(file).toLowerCase();
  const start = text.trimStart().slice(0, 1);
  if (extension === ".jsonl" || extension === ".ndjson") return parseJsonLines(file, text);
  if (extension === ".json" || ((start === "{" || start === "[") && extension !== ".txt")) {
    return start === "{" && /}\s*\r?\n\s*{/.test(text) ? parseJsonLines(file, text) : parseJson(file, text);
  }
  if (extension === ".html" || extension === ".htm" || looksLikeHtml(text))
    return parseOne(file, () => parseHtml(text));
  if (looksLikeMaghress(text)) return parseOne(file, () => parseMaghress(text));
  return parseOne(file, () => parsePlainText(text));
}

/** Reads and parses one file; every failure becomes an item naming the file and the reason. */
export async function parseFile(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ParsedItem[]> {
  const extension = extname(file).toLowerCase();
  if (UNSUPPORTED.has(extension))
    return [
      { file, ok: false, error: `unsupported format ${extension} (use text, JSON, JSON Lines or HTML)` },
    ];
  let bytes: Buffer;
  try {
    const info = await stat(file);
    // Refuse before reading: a huge file must not be loaded into memory to be rejected.
    if (info.size > maxBytes) return [{ file, ok: false, error: sizeLimitError(info.size, maxBytes) }];
    bytes = await readFile(file);
  } catch (error) {
    return [
      {
        file,
        ok: false,
        error: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      },
    ];
  }
  return caught(file, () => parseText(file, decodeText(bytes, maxBytes)));
}

/**
 * The files named by `paths`, folders walked recursively in name order (hidden entries
 * skipped). A path that does not exist is yielded as is, so parseFile reports it.
 */
export async function* listInputs(paths: string[]): AsyncGenerator<string> {
  for (const path of paths) {
    let isFolder = false;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch {
      yield path;
      continue;
    }
    if (!isFolder) {
      yield path;
      continue;
    }
    const entries = (await readdir(path, { withFileTypes: true }))
      .filter((entry) => !entry.name.startsWith("."))
      .sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) yield* listInputs([join(path, entry.name)]);
  }
}
