/**
 * `npm run -s extract -- <files or folders...>`: JSON Lines on stdout, one object per article
 * in input order (a JSON array or JSON Lines file yields one per record, with "record"), and
 * `{"file", "ok": false, "error"}` for input that cannot be read. Nothing else goes to stdout.
 *
 * `--uncatalogued <paths...>`: instead, one JSON line per designation the catalogue lacks (what
 * to add to seeds/gazetteer/systems/), most mentioned first, with the files naming it.
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

interface UncataloguedLine {
  id: string;
  name: string;
  category: string;
  origin: string | null;
  mentions: number;
  files: string[];
}

/** Adds the uncatalogued systems of one extraction to the running tally. */
function tally(found: Map<string, UncataloguedLine>, file: string, extraction: Extraction): void {
  for (const system of extraction.systems) {
    if (system.catalogued) continue;
    const line = found.get(system.id) ?? { ...system, mentions: 0, files: [] };
    line.mentions += system.mentions;
    line.origin ??= system.origin;
    if (!line.files.includes(file)) line.files.push(file);
    found.set(system.id, {
      id: line.id,
      name: line.name,
      category: line.category,
      origin: line.origin,
      mentions: line.mentions,
      files: line.files,
    });
  }
}

export async function extractCommand(args: string[], maxBytes: number): Promise<number> {
  const uncatalogued = args[0] === "--uncatalogued";
  const paths = uncatalogued ? args.slice(1) : args;
  if (paths.length === 0) {
    say("usage: npm run -s extract -- [--uncatalogued] <files or folders...>");
    return 2;
  }
  const gazetteer = defaultGazetteer();
  const found = new Map<string, UncataloguedLine>();
  let failed = 0;
  for await (const file of listInputs(paths)) {
    for (const item of await parseFile(file, maxBytes)) {
      // Deal ids as resolution gives them: reports of one contract in other articles share them.
      const line = toLine(item, (article) => resolveArticle(extractArticle(article, gazetteer), gazetteer));
      if (!line.ok) failed += 1;
      if (!uncatalogued) process.stdout.write(`${JSON.stringify(line)}\n`);
      else if (line.ok) tally(found, file, line);
    }
  }
  for (const line of [...found.values()].sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id)))
    process.stdout.write(`${JSON.stringify(line)}\n`);
  if (failed > 0) say(`${failed} input(s) could not be read; see the "ok": false lines.`);
  return 0;
}
