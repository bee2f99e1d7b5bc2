/**
 * Bytes to text, or a clear reason why not: empty, binary, over the size limit, invalid UTF-8.
 * UTF-8 (with or without BOM) and UTF-16 with a BOM are read; nothing else is guessed.
 */
import { ParseError } from "./article.js";

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export function sizeLimitError(size: number, maxBytes: number): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `file is ${mb(size)}, over the ${mb(maxBytes)} limit (MAX_ARTICLE_BYTES)`;
}

export function decodeText(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): string {
  if (bytes.length > maxBytes) throw new ParseError(sizeLimitError(bytes.length, maxBytes));
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  else {
    if (bytes.subarray(0, 8192).includes(0))
      throw new ParseError("binary file (contains NUL bytes), not text");
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new ParseError("not valid UTF-8 text (save it as UTF-8, or UTF-16 with a byte-order mark)");
    }
  }
  if (text.trim() === "") throw new ParseError("empty file (no text)");
  return text;
}
