/**
 * A test's own sentences as one article (a JSON file with title, text and a fixed date), and
 * what extraction finds in it: the whole extraction, or the sorted ids of its systems or
 * countries.
 */
import { defaultGazetteer, type Extraction, extractArticle } from "../../src/extract/index.js";
import { parseText } from "../../src/parse/index.js";

export function extractText(title: string, text: string): Extraction {
  const [item] = parseText("own-text.json", JSON.stringify({ title, text, publishedAt: "2025-05-01" }));
  if (!item?.ok) throw new Error("test article did not parse");
  return extractArticle(item.article, defaultGazetteer());
}

export const systemsOf = (title: string, text: string): string[] =>
  extractText(title, text)
    .systems.map((system) => system.id)
    .sort();

export const countriesOf = (title: string, text: string): string[] =>
  extractText(title, text)
    .countries.map((country) => country.code)
    .sort();
