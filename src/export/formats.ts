/** The register's file formats (each one's writer, media type and file extension), and writing rows in one. */
import { Readable, type Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { csvWriter } from "./csv-writer.js";
import { jsonlWriter } from "./jsonl-writer.js";
import type { RegisterRow } from "./register-columns.js";

export interface RegisterFormat {
  extension: string;
  contentType: string;
  writer: () => Transform;
}

export const REGISTER_FORMATS = {
  csv: { extension: "csv", contentType: "text/csv; charset=utf-8; header=present", writer: csvWriter },
  jsonl: { extension: "jsonl", contentType: "application/jsonl; charset=utf-8", writer: jsonlWriter },
} satisfies Record<string, RegisterFormat>;

export type RegisterFormatName = keyof typeof REGISTER_FORMATS;

export const isRegisterFormat = (name: string): name is RegisterFormatName =>
  Object.hasOwn(REGISTER_FORMATS, name);

/** Streams `rows` through the format's writer into `out`, as fast as `out` takes them. */
export function writeRegister(
  rows: AsyncIterable<RegisterRow>,
  format: RegisterFormatName,
  out: NodeJS.WritableStream,
): Promise<void> {
  return pipeline(Readable.from(rows), REGISTER_FORMATS[format].writer(), out);
}
