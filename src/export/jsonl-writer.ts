/**
 * The register as JSON Lines: one JSON object per deal and line, its keys in the columns'
 * order, values typed (numbers as numbers, lists as arrays, unknown as null); UTF-8 without a
 * byte order mark, as JSON Lines wants.
 */
import { Transform } from "node:stream";
import { REGISTER_COLUMNS, type RegisterRow } from "./register-columns.js";

/** A Transform from RegisterRow objects to JSON Lines text. */
export function jsonlWriter(): Transform {
  return new Transform({
    writableObjectMode: true,
    transform(row: RegisterRow, _encoding, done) {
      const ordered = Object.fromEntries(REGISTER_COLUMNS.map(({ key }) => [key, row[key]]));
      done(null, `${JSON.stringify(ordered)}\n`);
    },
  });
}
