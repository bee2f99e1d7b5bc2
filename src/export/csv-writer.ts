/**
 * The register as CSV, written by csv-stringify (the csv project's RFC 4180 writer, streaming):
 * a byte order mark first so spreadsheets read the file as UTF-8 (Arabic names stay Arabic),
 * SIPRI's headings, CRLF line ends (RFC 4180's), quotes where a value holds a comma, quote or
 * line break, and lists joined by "; " as SIPRI writes delivery years. A text cell beginning
 * with =, +, -, @ or a tab gets a leading ' (csv-stringify's escape_formulas): outlet names and
 * designations come from articles, and a spreadsheet must not run one as a formula.
 */
import { stringify } from "csv-stringify";
import { REGISTER_COLUMNS } from "./register-columns.js";

export const LIST_SEPARATOR = "; ";

/** A Transform from RegisterRow objects to CSV text. */
export function csvWriter() {
  return stringify({
    bom: true,
    header: true,
    columns: REGISTER_COLUMNS.map(({ key, header }) => ({ key, header })),
    record_delimiter: "windows",
    escape_formulas: true,
    cast: { object: (value) => (Array.isArray(value) ? value.join(LIST_SEPARATOR) : JSON.stringify(value)) },
  });
}
