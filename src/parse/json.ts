/**
 * JSON and JSON Lines: an object, an array of objects, or one object per line, each
 * `{title, text | body | content, outlet | source, publishedAt | date, url, language, byline | author}`.
 * Each record is validated on its own: a bad record is reported with its number and field,
 * and the good ones around it are kept.
 */
import { z } from "zod";
import type { ParsedItem } from "./article.js";
import { composeArticle } from "./composed.js";

const optionalText = z.string().nullish();
const recordSchema = z
  .object({
    title: optionalText,
    text: optionalText,
    body: optionalText,
    content: optionalText,
    outlet: optionalText,
    source: optionalText,
    publishedAt: optionalText,
    date: optionalText,
    url: optionalText,
    language: z.enum(["ar", "en", "fr"]).nullish(),
    byline: optionalText,
    author: optionalText,
  })
  .passthrough()
  .refine((record) => Boolean((record.text ?? record.body ?? record.content ?? "").trim()), {
    message: 'needs a non-empty "text" (or "body" / "content") string',
    path: ["text"],
  });

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.join(".") || "record";
      return `"${field}": ${issue.message}`;
    })
    .join("; ");
}

function toItem(file: string, record: number | undefined, value: unknown): ParsedItem {
  const where = record === undefined ? "" : `record ${record}: `;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { file, record, ok: false, error: `${where}expected a JSON object with "title" and "text"` };
  }
  const parsed = recordSchema.safeParse(value);
  if (!parsed.success) return { file, record, ok: false, error: `${where}${describeIssues(parsed.error)}` };
  const data = parsed.data;
  const article = composeArticle("json", {
    title: data.title ?? null,
    body: data.text ?? data.body ?? data.content ?? "",
    outlet: data.outlet ?? data.source,
    publishedAt: data.publishedAt ?? data.date,
    byline: data.byline ?? data.author,
    language: data.language ?? undefined,
    url: data.url,
  });
  return { file, record, ok: true, article };
}

export function parseJson(file: string, text: string): ParsedItem[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [{ file, ok: false, error: `invalid JSON: ${(error as Error).message}` }];
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return [{ file, ok: false, error: "JSON array holds no articles" }];
    return value.map((item, index) => toItem(file, index + 1, item));
  }
  return [toItem(file, undefined, value)];
}

export function parseJsonLines(file: string, text: string): ParsedItem[] {
  const items: ParsedItem[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === "") continue;
    try {
      items.push(toItem(file, index + 1, JSON.parse(line)));
    } catch (error) {
      items.push({
        file,
        record: index + 1,
        ok: false,
        error: `record ${index + 1}: invalid JSON: ${(error as Error).message}`,
      });
    }
  }
  return items.length > 0 ? items : [{ file, ok: false, error: "empty file (no JSON lines)" }];
}
