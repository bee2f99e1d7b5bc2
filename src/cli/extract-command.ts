/**
 * `npm run -s extract -- <files or folders...>`: JSON Lines on stdout, one object per article
 * in input order (a JSON array or JSON Lines file yields one per record, with "record"), and
 * `{"file", "ok": false, "error"}` for input that cannot be read. Nothing else goes to stdout.
 */
import { defaultGazetteer, type Extraction, extractArticle } from "../extract/index.js";
import { listInputs, type ParsedItem, parseFile } from "../parse/index.js";
import { resolveArticle } from "../resolve/index.js";
import { say } from "./output.js";

export type ExtractLine =
  | ({ file: string; record?: number; ok: true } & Extraction)
  | { file: string; record?: number; ok: false; error: string };

export function toLine(item: ParsedItem, extract: typeof extractArticle = extractArticle): ExtractLine {
  const where = item.record === undefined ? {} : { record: item.record };
  if (!item.ok) return { file: item.file, ...where, ok: false, error: item.error };
  return { file: item.file, ...where, ok: true, ...extract(item.article) };
}

export async function extractCommand(paths: string[], maxBytes: number): Promise<number> {
  if (paths.length === 0) {
    say("usage: npm run -s extract -- <files or folders...>");
    return 2;
  }
  const gazetteer = defaultGazetteer();
  let failed = 0;
  for await (const file of listInputs(paths)) {
    for (const item of await parseFile(file, maxBytes)) {
      // Deal ids as resolution gives them: reports of one contract in other articles share them.
      const line = toLine(item, (article) => resolveArticle(extractArticle(article, gazetteer), gazetteer));
      if (!line.ok) failed += 1;
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
  }
  if (failed > 0) say(`${failed} input(s) could not be read; see the "ok": false lines.`);
  return 0;
}
